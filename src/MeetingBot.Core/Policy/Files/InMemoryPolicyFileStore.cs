using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MeetingBot.Core.Policy.Files;

/// <summary>Files in memory: for tests, and a host without a data folder (nothing survives a restart).</summary>
public sealed class InMemoryPolicyFileStore : IPolicyFileStore
{
    private readonly ConcurrentDictionary<string, HeldPolicyFile> held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> kept = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Name, byte[] Content)> earlier = [];

    public IReadOnlyDictionary<string, byte[]> Kept => kept;
    public int EarlierVersions => earlier.Count;

    public Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var file = new HeldPolicyFile(Convert.ToHexStringLower(SHA256.HashData(content)), fileName, content);
        return Task.FromResult(held.GetOrAdd(file.Key, file));
    }

    public Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(held.TryGetValue(key, out var file) ? file : null);

    public Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(held.TryRemove(key, out var file) ? file : null);

    public Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken)
    {
        kept.AddOrUpdate(sourceName, content, (_, before) =>
        {
            if (!before.AsSpan().SequenceEqual(content)) earlier.Add((sourceName, before));
            return content;
        });
        return Task.CompletedTask;
    }

    public Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken) =>
        Task.FromResult(kept.TryGetValue(sourceName, out var before) && !before.AsSpan().SequenceEqual(content));
}
