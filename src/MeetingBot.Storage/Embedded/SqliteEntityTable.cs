using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Telemetry;
using System.Text;
using MeetingBot.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Embedded;

/// <summary>
/// The embedded engine: one SQLite file in WAL mode. A batch runs in one <c>BEGIN IMMEDIATE</c> transaction that
/// checks every condition before it writes anything, so it is atomic against other threads and other processes
/// over the same file.
/// </summary>
public sealed class SqliteEntityTable : IEntityTable
{
    private readonly SqliteTableOptions _options;
    private readonly string _connectionString;
    // Microsoft.Data.Sqlite is synchronous underneath: writers of this instance queue here without holding a
    // thread, and only the one inside waits on SQLite's busy handler (for other processes or instances).
    // Never disposed (so the table is not IDisposable): SemaphoreSlim.Dispose forgets queued waiters without
    // completing them, so a write queued while the host shuts down would wait forever. It holds no wait handle.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteEntityTable(SqliteTableOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataFolder);
        if (options.BusyTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "BusyTimeout must be positive.");
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY itself until this many seconds pass (0 = forever).
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
    }

    public string DatabasePath => _options.DatabasePath;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Run(() =>
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_options.DatabasePath)!);
        using var connection = Open();
        Execute(connection, SqliteSchema.JournalMode);
        Execute(connection, SqliteSchema.Create);
        return true;
    });

    public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return Run(() =>
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pk, rk, body, etag FROM entities WHERE pk = $pk AND rk = $rk;";
            command.Parameters.AddWithValue("$pk", partitionKey);
            command.Parameters.AddWithValue("$rk", rowKey);
            return ReadRows(command).SingleOrDefault();
        });
    }

    public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        EntityLimits.CheckPrefixes(rowKeyPrefixes);
        if (rowKeyPrefixes.Count == 0)
            return Task.FromResult<IReadOnlyList<EntityRow>>([]);

        return Run<IReadOnlyList<EntityRow>>(() =>
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT pk, rk, body, etag FROM entities WHERE pk = $pk AND (");
            command.Parameters.AddWithValue("$pk", partitionKey);
            for (var i = 0; i < rowKeyPrefixes.Count; i++)
            {
                if (i > 0)
                    sql.Append(" OR ");
                sql.Append($"(rk >= $from{i}");
                command.Parameters.AddWithValue($"$from{i}", rowKeyPrefixes[i]);
                if (KeyRange.UpperBound(rowKeyPrefixes[i]) is { } upper)
                {
                    sql.Append($" AND rk < $to{i}");
                    command.Parameters.AddWithValue($"$to{i}", upper);
                }
                sql.Append(')');
            }
            command.CommandText = sql.Append(");").ToString();
            return EntityRows.PrefixedInOrder(ReadRows(command), rowKeyPrefixes);
        });
    }

    public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        return Run<IReadOnlyList<EntityRow>>(() =>
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pk, rk, body, etag FROM entities WHERE rk = $rk;";
            command.Parameters.AddWithValue("$rk", rowKey);
            return ReadRows(command).OrderBy(row => row.PartitionKey, StringComparer.Ordinal).ToList();
        });
    }

    public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromInclusive);
        ArgumentNullException.ThrowIfNull(toExclusive);
        return Run(() =>
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pk, rk, body, etag FROM entities WHERE rk >= $from AND rk < $to;";
            command.Parameters.AddWithValue("$from", fromInclusive);
            command.Parameters.AddWithValue("$to", toExclusive);
            return EntityRows.InRangeInOrder(ReadRows(command), fromInclusive, toExclusive);
        });
    }

    public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(fromInclusive);
        ArgumentNullException.ThrowIfNull(toExclusive);
        return Run(() =>
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pk, rk, body, etag FROM entities WHERE pk = $pk AND rk >= $from AND rk < $to;";
            command.Parameters.AddWithValue("$pk", partitionKey);
            command.Parameters.AddWithValue("$from", fromInclusive);
            command.Parameters.AddWithValue("$to", toExclusive);
            return EntityRows.InRangeInOrder(ReadRows(command), fromInclusive, toExclusive);
        });
    }

    public async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default)
    {
        EntityLimits.CheckBatch(partitionKey, writes);
        if (!await _writeGate.WaitAsync(_options.BusyTimeout, cancellationToken))
        {
            MeetingBotTelemetry.StoreError("embedded", "outage");
            throw new StoreUnavailableException($"The embedded store '{DatabasePath}' is busy: a write waited {_options.BusyTimeout.TotalSeconds:0.#} s for the ones before it.");
        }
        try
        {
            return await Run(() => SqliteBatch.Apply(Open(), partitionKey, writes));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Per connection: wait for a lock held elsewhere (instead of failing at once), and sync the WAL at
            // every commit, so that a write acknowledged is a write kept even if the machine loses power.
            Execute(connection, $"PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<EntityRow> ReadRows(SqliteCommand command)
    {
        var rows = new List<EntityRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new EntityRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return rows;
    }

    // Every call goes through here, so that what means "unavailable" is decided in one place.
    private Task<T> Run<T>(Func<T> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (SqliteException e) when (SqliteErrors.IsUnavailable(e))
        {
            throw SqliteErrors.Unavailable(DatabasePath, e);
        }
    }
}
