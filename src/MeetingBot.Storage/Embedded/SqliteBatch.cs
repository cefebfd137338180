using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Telemetry;
using MeetingBot.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Embedded;

/// <summary>One atomic batch: every condition checked under the write lock, then every write applied.</summary>
internal static class SqliteBatch
{
    public static IReadOnlyList<string?> Apply(SqliteConnection connection, string partitionKey, IReadOnlyList<EntityWrite> writes)
    {
        using (connection)
        {
            // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then
            // upgrades would fail at once with SQLITE_BUSY instead of waiting for the busy timeout.
            using var transaction = connection.BeginTransaction(deferred: false);
            CheckConditions(connection, partitionKey, writes);

            var etags = new string?[writes.Count];
            using var command = connection.CreateCommand();
            command.Parameters.AddWithValue("$pk", partitionKey);
            var rk = command.Parameters.Add("$rk", SqliteType.Text);
            var body = command.Parameters.Add("$body", SqliteType.Text);
            var etag = command.Parameters.Add("$etag", SqliteType.Text);
            for (var i = 0; i < writes.Count; i++)
            {
                var write = writes[i];
                command.CommandText = write.Kind switch
                {
                    EntityWriteKind.Insert => "INSERT INTO entities (pk, rk, body, etag) VALUES ($pk, $rk, $body, $etag);",
                    EntityWriteKind.Replace => "UPDATE entities SET body = $body, etag = $etag WHERE pk = $pk AND rk = $rk;",
                    EntityWriteKind.Upsert => "INSERT INTO entities (pk, rk, body, etag) VALUES ($pk, $rk, $body, $etag) " +
                                              "ON CONFLICT (pk, rk) DO UPDATE SET body = excluded.body, etag = excluded.etag;",
                    EntityWriteKind.Delete => "DELETE FROM entities WHERE pk = $pk AND rk = $rk;",
                    _ => throw new ArgumentOutOfRangeException(nameof(writes), write.Kind, "Unknown write kind."),
                };
                // A fresh Guid per write: unique across processes and restarts, so an ETag read before any
                // later write can never match again.
                etags[i] = write.Kind == EntityWriteKind.Delete ? null : Guid.NewGuid().ToString("N");
                rk.Value = write.RowKey;
                body.Value = (object?)write.Body ?? DBNull.Value;
                etag.Value = (object?)etags[i] ?? DBNull.Value;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            return etags;
        }
    }

    private static void CheckConditions(SqliteConnection connection, string partitionKey, IReadOnlyList<EntityWrite> writes)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT etag FROM entities WHERE pk = $pk AND rk = $rk;";
        read.Parameters.AddWithValue("$pk", partitionKey);
        var rk = read.Parameters.Add("$rk", SqliteType.Text);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (write.Kind == EntityWriteKind.Upsert)
                continue;
            rk.Value = write.RowKey;
            var current = read.ExecuteScalar() as string;
            var failure = write.Kind switch
            {
                EntityWriteKind.Insert when current is not null => "already exists",
                EntityWriteKind.Replace or EntityWriteKind.Delete when current is null => "does not exist",
                EntityWriteKind.Replace or EntityWriteKind.Delete when !Matches(write.IfMatch, current) => "was changed since it was read",
                _ => null,
            };
            if (failure is not null)
            {
                MeetingBotTelemetry.StoreError("embedded", "conflict");
                throw new StoreConflictException($"Write {i} ({write.Kind}) of partition '{partitionKey}': row '{write.RowKey}' {failure}.", i);
            }
        }
    }

    // No ETag (a delete without one) or "*" matches any existing row, as in Azure.
    private static bool Matches(string? ifMatch, string? current) =>
        string.IsNullOrEmpty(ifMatch) || ifMatch == "*" || ifMatch == current;
}
