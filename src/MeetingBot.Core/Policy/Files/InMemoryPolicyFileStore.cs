using System.Collections.Concurrent;

namespace MeetingBot.Core.Policy.Files;

/// <summary>Files in memory: for tests, and a host without a store (nothing survives a restart).</summary>
public sealed class InMemoryPolicyFileStore : IPolicyFileStore
{
    private readonly ConcurrentDictionary<string, HeldPolicyFile> held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Content, int Version)> kept = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Name, byte[] Content)> earlier = [];

    public IReadOnlyDictionary<string, byte[]> Kept => kept.ToDictionary(k => k.Key, k => k.Value.Content);
    public int EarlierVersions => earlier.Count;

    public Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, string holder, CancellationToken cancellationToken)
    {
        var file = new HeldPolicyFile(PolicyFileHash.Held(holder, content), fileName, content);
        return Task.FromResult(held.GetOrAdd(file.Key, file));
    }

    public Task RestoreAsync(HeldPolicyFile file, CancellationToken cancellationToken)
    {
        held.TryAdd(file.Key, file);
        return Task.CompletedTask;
    }

    public Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(held.TryGetValue(key, out var file) ? file : null);

    public Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(held.TryRemove(key, out var file) ? file : null);

    public Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken)
    {
        kept.AddOrUpdate(sourceName, (content, 1), (_, before) =>
        {
            if (before.Content.AsSpan().SequenceEqual(content)) return before;
            earlier.Add((sourceName, before.Content));
            return (content, before.Version + 1);
        });
        return Task.CompletedTask;
    }

    public Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken) =>
        Task.FromResult(kept.TryGetValue(sourceName, out var before) && !before.Content.AsSpan().SequenceEqual(content));

    public Task<IReadOnlyList<KeptPolicyFile>> ListKeptAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KeptPolicyFile>>([.. kept.Select(k => new KeptPolicyFile(k.Key, PolicyFileHash.Of(k.Value.Content), k.Value.Version))]);

    public Task<byte[]?> ReadKeptAsync(string sourceName, CancellationToken cancellationToken) =>
        Task.FromResult(kept.TryGetValue(sourceName, out var file) ? file.Content : null);
}
