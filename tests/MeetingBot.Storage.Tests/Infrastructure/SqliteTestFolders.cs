using MeetingBot.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>Embedded engines in throw-away data folders, all closed and deleted at the end of a test class.</summary>
public sealed class SqliteTestFolders : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteEntityTable> tables = [];

    public string NewFolder() => Path.Combine(root, Guid.NewGuid().ToString("N"));

    public async Task<SqliteEntityTable> OpenAsync(string folder, TimeSpan? busyTimeout = null)
    {
        var table = SqliteEntityTableFactory.Create(folder, busyTimeout);
        lock (tables)
            tables.Add(table);
        await table.InitializeAsync();
        return table;
    }

    public void Dispose()
    {
        foreach (var table in tables)
            table.Dispose();
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
