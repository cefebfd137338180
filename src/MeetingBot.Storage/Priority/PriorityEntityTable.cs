using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Priority;

/// <summary>
/// An <see cref="IEntityTable"/> whose background calls (<see cref="BackgroundStoreWork"/>) pass the
/// <see cref="StorePriorityGate"/> and whose people's calls go straight through. Nothing else changes: the engine's
/// answers, ETags, conflicts and exceptions pass through as they are.
/// </summary>
public sealed class PriorityEntityTable(IEntityTable inner, StorePriorityGate gate) : IEntityTable
{
    // Set while this flow holds a background place: a call made from within it (an engine that reads through the
    // gate while it writes) goes straight through instead of waiting for a place its own flow holds.
    private static readonly AsyncLocal<bool> HoldingPlace = new();

    public IEntityTable Inner => inner;

    public StorePriorityGate Gate => gate;

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async () => { await inner.InitializeAsync(cancellationToken); return true; }, cancellationToken);

    public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.GetAsync(partitionKey, rowKey, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.FindByRowKeyAsync(rowKey, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.SubmitAsync(partitionKey, writes, cancellationToken), cancellationToken);

    private async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        if (!BackgroundStoreWork.IsCurrent)
        {
            gate.EnterPerson();
            try { return await call(); }
            finally { gate.ExitPerson(); }
        }
        if (HoldingPlace.Value) return await call();
        await gate.EnterBackgroundAsync(cancellationToken);
        HoldingPlace.Value = true; // this async method's own flow: undone when it returns
        try { return await call(); }
        finally { gate.ExitBackground(); }
    }
}
