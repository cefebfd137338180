namespace MeetingBot.Storage.Embedded;

/// <summary>Builds the embedded engine over a data folder (created on <see cref="SqliteEntityTable.InitializeAsync"/>).</summary>
public static class SqliteEntityTableFactory
{
    public static SqliteEntityTable Create(string dataFolder, TimeSpan? busyTimeout = null) =>
        new(new SqliteTableOptions(dataFolder) { BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5) });
}
