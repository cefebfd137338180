using System.Collections.Concurrent;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Priority;

/// <summary>
/// An engine whose reads are held until the test lets each go: the test sees which calls reached the engine, in
/// what order, and decides when each answers. Writes call <see cref="OnSubmit"/> (a nested read, a failure).
/// </summary>
internal sealed class HeldTable : IEntityTable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EntityRow?>> _answers = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _reached = new();

    public ConcurrentQueue<string> Order { get; } = new();

    public Func<string, Task<IReadOnlyList<string?>>>? OnSubmit { get; set; }

    /// <summary>Completes when the read of this row key has reached the engine.</summary>
    public Task Reached(string rowKey) => Signal(rowKey).Task.WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasReached(string rowKey) => Signal(rowKey).Task.IsCompleted;

    public void Answer(string rowKey) => Answers(rowKey).SetResult(new EntityRow("p", rowKey, "{}", "etag-" + rowKey));

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Order.Enqueue(rowKey);
        Signal(rowKey).TrySetResult();
        return Answers(rowKey).Task;
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
        OnSubmit!(partitionKey);

    public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private TaskCompletionSource Signal(string rowKey) => _reached.GetOrAdd(rowKey, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource<EntityRow?> Answers(string rowKey) => _answers.GetOrAdd(rowKey, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
