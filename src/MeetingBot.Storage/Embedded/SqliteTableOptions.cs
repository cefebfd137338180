using MeetingBot.Core.Domain.Persistence;
namespace MeetingBot.Storage.Embedded;

/// <summary>Where the embedded store keeps its file and how long a write waits for another writer.</summary>
public sealed record SqliteTableOptions(string DataFolder)
{
    public const string DefaultFileName = "meetingbot.db";

    public string FileName { get; init; } = DefaultFileName;

    /// <summary>
    /// How long a write waits while another connection or process holds the file's write lock before it gives
    /// up with <see cref="Entities.StoreUnavailableException"/>.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, FileName));
}
