namespace MeetingBot.Storage.Embedded;

/// <summary>The embedded store's one table, keyed like Azure's: partition key, then row key.</summary>
internal static class SqliteSchema
{
    // BINARY collation (the default) compares UTF-8 bytes, so key ranges answer prefix queries from the
    // primary key. The row-key index serves FindByRowKey across partitions.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS entities (
            pk   TEXT NOT NULL,
            rk   TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            PRIMARY KEY (pk, rk)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entities_by_rk ON entities (rk);
        """;

    // WAL lets readers go on while one writer commits, and it is a property of the file: set once, kept.
    public const string JournalMode = "PRAGMA journal_mode = WAL;";
}
