using MeetingBot.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>Embedded engines in throw-away data folders, their connection pools cleared and folders deleted at the end of a test class.</summary>
public sealed class SqliteTestFolders : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));

    public string NewFolder() => Path.Combine(root, Guid.NewGuid().ToString("N"));

    public async Task<SqliteEntityTable> OpenAsync(string folder, TimeSpan? busyTimeout = null)
    {
        var table = SqliteEntityTableFactory.Create(folder, busyTimeout);
        await table.InitializeAsync();
        return table;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
