using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Embedded;

/// <summary>Which SQLite failures mean "the store is unavailable, try later" rather than a bug.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13, CantOpen = 14;

    public static bool IsUnavailable(SqliteException e) =>
        // Extended result codes carry the primary code in their low byte (SQLITE_BUSY_SNAPSHOT = 5 | 2 << 8).
        (e.SqliteErrorCode & 0xFF) is Busy or Locked or ReadOnly or IoError or Full or CantOpen;

    public static StoreUnavailableException Unavailable(string databasePath, SqliteException e) =>
        new($"The embedded store '{databasePath}' is unavailable (SQLite error {e.SqliteErrorCode}: {e.Message}).", e);
}
