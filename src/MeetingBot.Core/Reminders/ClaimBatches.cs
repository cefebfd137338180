using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// The claims of one sweep's fresh reminders, made in batches: consecutive fresh reminders of the same joint meeting
/// (in the sweep's order) form chunks of at most <c>size</c>, and the first of a chunk to ask for its claim claims the
/// whole chunk in one atomic write (<see cref="IReminderLedger.TryClaimAllAsync"/>) that the others await, instead of
/// one write each. A chunk is no larger than the deliveries running at once, so its claims are made just before its
/// reminders go out, far inside the lease. When another instance claimed any of a chunk first, the batch writes
/// nothing and each reminder is claimed alone, as without batches (null for those the other instance holds).
/// </summary>
internal sealed class ClaimBatches
{
    private readonly IReminderLedger ledger;
    private readonly string owner;
    private readonly TimeProvider clock;
    private readonly Action<ReminderKey> landed;
    private readonly Dictionary<ReminderKey, (Chunk Chunk, int Index)> chunkOf = [];

    /// <param name="ordered">The sweep's reminders in the order they are sent; <c>Fresh</c>: never claimed yet (a waiting claim breaks a chunk).</param>
    /// <param name="landed">Called for every reminder whose claim was written, when it is (before the reminder itself may have started).</param>
    public ClaimBatches(IReminderLedger ledger, string owner, TimeProvider clock, IEnumerable<(ReminderKey Key, bool Fresh)> ordered, int size, Action<ReminderKey> landed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        this.ledger = ledger;
        this.owner = owner;
        this.clock = clock;
        this.landed = landed;
        size = Math.Min(size, IReminderLedger.MaxClaimsAtOnce);
        var run = new List<ReminderKey>();
        foreach (var (key, fresh) in ordered)
        {
            if (run.Count > 0 && (!fresh || run.Count == size || run[0].JointMeetingId != key.JointMeetingId)) Close(run);
            if (fresh) run.Add(key);
        }
        if (run.Count > 0) Close(run);
    }

    /// <summary>Claims a fresh reminder of this sweep: null when another instance claimed it first.</summary>
    public async Task<ReminderRecord?> ClaimAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        if (chunkOf.TryGetValue(key, out var place) && await place.Chunk.ClaimAsync(this, cancellationToken) is { } records)
            return records[place.Index];
        // Alone, or its chunk overlapped another instance's claims: one conditional insert, as without batches.
        var claim = await ledger.TryClaimAsync(key, owner, clock.GetUtcNow(), cancellationToken);
        if (claim is not null) landed(key);
        return claim;
    }

    private void Close(List<ReminderKey> run)
    {
        if (run.Count > 1)
        {
            var chunk = new Chunk([.. run]);
            for (var i = 0; i < run.Count; i++) chunkOf[run[i]] = (chunk, i);
        }
        run.Clear();
    }

    private sealed class Chunk(IReadOnlyList<ReminderKey> keys)
    {
        private readonly Lock gate = new();
        private Task<IReadOnlyList<ReminderRecord>?>? claim;

        // The first caller makes the one batch; everyone of the chunk awaits the same outcome (or the same error).
        public async Task<IReadOnlyList<ReminderRecord>?> ClaimAsync(ClaimBatches batches, CancellationToken cancellationToken)
        {
            TaskCompletionSource<IReadOnlyList<ReminderRecord>?>? first = null;
            Task<IReadOnlyList<ReminderRecord>?> outcome;
            lock (gate)
            {
                if (claim is null)
                {
                    first = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    claim = first.Task;
                }
                outcome = claim;
            }
            if (first is not null)
            {
                try
                {
                    var records = await batches.ledger.TryClaimAllAsync(keys, batches.owner, batches.clock.GetUtcNow(), cancellationToken);
                    if (records is not null)
                        foreach (var key in keys) batches.landed(key);
                    first.SetResult(records);
                }
                catch (OperationCanceledException e) { first.SetCanceled(e.CancellationToken); }
                catch (Exception e) { first.SetException(e); }
            }
            return await outcome;
        }
    }
}
