using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Entities;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>Another connection holding the file's write lock, as a second process in a long write would.</summary>
public sealed class ExclusiveLockOutage(SqliteEntityTable table) : IStoreOutage
{
    private SqliteConnection? holder;

    public IEntityTable Table => table;

    public Task BeginAsync()
    {
        holder = new SqliteConnection($"Data Source={table.DatabasePath};Pooling=False");
        holder.Open();
        using var command = holder.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task EndAsync()
    {
        holder?.Dispose();
        holder = null;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await EndAsync();
}
