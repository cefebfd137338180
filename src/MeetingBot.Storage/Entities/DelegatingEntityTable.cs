namespace MeetingBot.Storage.Entities;

/// <summary>
/// An engine in front of another that passes every call through: a decorator overrides only the calls it watches,
/// holds back or fails (the priority gate, the tests' recorders and fault injectors).
/// </summary>
public abstract class DelegatingEntityTable(IEntityTable inner) : IEntityTable
{
    /// <summary>The engine the calls pass to.</summary>
    protected IEntityTable Inner => inner;

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public virtual Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        inner.GetAsync(partitionKey, rowKey, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) =>
        inner.FindByRowKeyAsync(rowKey, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken);

    public virtual Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
        inner.SubmitAsync(partitionKey, writes, cancellationToken);
}
