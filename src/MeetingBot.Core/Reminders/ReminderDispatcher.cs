using System.Collections.Concurrent;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// Sends each due reminder once: every sweep finds what the joint meetings' state calls for up to now, claims what
/// the ledger does not hold yet (a conditional insert: of several instances, only the winner sends), delivers it
/// and records how it ended. A claim left by a stopped instance is taken over after the lease; failed deliveries
/// wait in their claim and are retried with a growing wait; the secretariat hears of those that finally fail.
/// A sweep looks only at the joint meetings the due index says are due (changed since, or reaching their next
/// reminder, retry or lease), so a quiet sweep costs one query however many joint meetings there are.
/// </summary>
public sealed partial class ReminderDispatcher(
    IJointMeetingStore store,
    IReminderLedger ledger,
    IReminderDueIndex dueIndex,
    PolicyCatalog catalog,
    IReminderPlanner planner,
    Notifier notifier,
    TimeProvider clock,
    ReminderDispatchOptions options,
    ILogger<ReminderDispatcher> logger)
{
    private Task<bool>? migration;

    public ReminderDispatchOptions Options => options;

    public async Task<ReminderSweepSummary> SweepAsync(CancellationToken cancellationToken)
    {
        using var sweep = MeetingBotTelemetry.StartReminderSweep();
        var tally = new SweepTally();
        var now = clock.GetUtcNow();
        // Joint meetings saved before the due index had its present form are marked due once, in the background (on
        // a large store that takes minutes); the index finds what is due without it meanwhile.
        if (migration is null || migration is { IsCompleted: true, Result: false })
            migration = Task.Run(() => MigrateDueIndexAsync(now), CancellationToken.None);
        var jointMeetings = await dueIndex.DueAsync(now, cancellationToken);
        var snapshots = new SweepSnapshots(store, clock, options.FreshFor);
        var work = new ConcurrentBag<ReminderWork>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentDeliveries, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(jointMeetings, parallel, async (jointMeeting, token) =>
        {
            var id = jointMeeting.JointMeetingId;
            try
            {
                // Before its state is loaded: every change that made it due is then in that state, or never will be.
                var seen = await dueIndex.OpenAsync(jointMeeting, token);
                var (found, next) = await FindWorkAsync(id, now, snapshots, token);
                foreach (var item in found) work.Add(item);
                // Before sending: a crash from here on leaves claims that the lease (which bounds next) brings back.
                if (next is { } at) await dueIndex.AdvanceAsync(seen, at, token);
                else await dueIndex.RetireAsync(seen, token);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // One joint meeting's bad state or store error must not keep the others' reminders back.
                tally.Error();
                LogJointMeetingFailed(logger, id, ex);
            }
        });

        MeetingBotTelemetry.RemindersDue(work.Count);
        // Earliest first, so a backlog goes out in the order it fell due.
        var ordered = work.OrderBy(w => w.Due.At).ThenBy(w => w.Due.Key.JointMeetingId, StringComparer.Ordinal)
            .ThenBy(w => w.Due.Key.Id, StringComparer.Ordinal);
        var claimed = new ConcurrentDictionary<ReminderWork, bool>();
        try
        {
            await SendAllAsync(ordered, claimed, snapshots, tally, parallel);
        }
        catch (OperationCanceledException)
        {
            await MarkUnclaimedDueAsync(work.Where(w => !claimed.ContainsKey(w)), now);
            throw;
        }
        MeetingBotTelemetry.ReminderSweepEnded(sweep, tally.Errors == 0 ? "completed" : "completed_with_errors", work.Count);
        return tally.ToSummary();
    }

    private async Task<bool> MigrateDueIndexAsync(DateTimeOffset now)
    {
        try
        {
            await dueIndex.BackfillAsync(now, CancellationToken.None);
            // New holidays, rules or shipped documents: every schedule is read again once, within a day.
            await dueIndex.LookAgainAsync(options.ScheduleInputs, now, options.NewInputsSpread, CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            LogMigrationFailed(logger, ex); // tried again at the next sweep
            return false;
        }
    }

    private async Task SendAllAsync(IEnumerable<ReminderWork> ordered, ConcurrentDictionary<ReminderWork, bool> claimed,
        SweepSnapshots snapshots, SweepTally tally, ParallelOptions parallel)
    {
        var items = ordered.ToList();
        var fresh = items.Where(w => w.Waiting is null).ToDictionary(w => w.Due.Key);
        // A fan-out's fresh reminders are claimed a chunk at a time (one write, not one each), each chunk no larger than
        // the deliveries running at once: its claims land just before its reminders go out. A claim that landed counts
        // as claimed even if its reminder had not started when the sweep was cancelled (the lease then brings it back).
        var claims = new ClaimBatches(ledger, options.Owner, clock, items.Select(w => (w.Due.Key, w.Waiting is null)),
            options.MaxConcurrentDeliveries, key => claimed[fresh[key]] = true);
        await Parallel.ForEachAsync(items, parallel, async (item, token) =>
        {
            using var span = MeetingBotTelemetry.StartReminder(item.Due.Key.JointMeetingId, item.Due.Key.Name);
            try
            {
                await RunAsync(item, claims, snapshots, tally, () => claimed[item] = true, token);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // Its claim stays: after the lease this or another instance takes it over.
                tally.Error();
                LogReminderFailed(logger, item.Due.Key.JointMeetingId, item.Due.Key.Id, ex);
            }
        });
    }

    /// <summary>
    /// On shutdown, the joint meetings whose reminders were planned but not yet claimed are marked due again, so the
    /// next sweep of any instance sends them at once rather than after the lease. (A killed process cannot do this:
    /// then they wait for the lease, as its claims do.)
    /// </summary>
    private async Task MarkUnclaimedDueAsync(IEnumerable<ReminderWork> unclaimed, DateTimeOffset now)
    {
        foreach (var id in unclaimed.Select(w => w.Due.Key.JointMeetingId).Distinct(StringComparer.Ordinal))
        {
            try
            {
                await dueIndex.AdvanceAsync(new DueJointMeeting(id, now, []), now, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogJointMeetingFailed(logger, id, ex);
            }
        }
    }

    /// <summary>
    /// The reminders of one joint meeting to claim now, the claims to try again, and when it is next due: its next
    /// reminder, a waiting claim's next attempt or lease, or a half-hourly re-check while a catch-up waits out the quiet
    /// hours (at the latest, the end of what a look plans ahead); never again (null) when the joint meeting does not exist.
    /// </summary>
    private async Task<(IReadOnlyList<ReminderWork> Work, DateTimeOffset? Next)> FindWorkAsync(string jointMeetingId, DateTimeOffset now, SweepSnapshots snapshots, CancellationToken cancellationToken)
    {
        var horizon = Horizon(jointMeetingId, now);
        var snapshot = await store.LoadAsync(jointMeetingId, cancellationToken);
        if (snapshot is null) return ([], null);
        var jointMeeting = snapshot.JointMeeting.Value;
        // The schedule never places a reminder in quiet hours, but a catch-up after downtime (or a retry) would land
        // anywhere: it waits for the morning instead of waking people (and is still sent if then under a day late).
        // Only then is the joint meeting looked at again during the night: with nothing waiting, its next reminder.
        var quiet = ReminderCalendars.For(jointMeeting.State).IsQuiet(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, jointMeeting.TimeZone).DateTime));
        var lookAgain = now + (quiet ? QuietRecheck : options.Lease);
        var policy = catalog.IndexFor(jointMeeting);
        var upcoming = planner.Between(snapshot, policy, now.AddTicks(1), horizon).FirstOrDefault()?.At ?? horizon;
        // The schedule's window excludes its end: one tick past now takes in what falls due this very instant.
        var due = planner.Between(snapshot, policy, now - options.LookBack, now.AddTicks(1));
        if (due.Count == 0) return ([], upcoming);

        var records = await DueRecords.ReadAsync(ledger, jointMeetingId, due, cancellationToken);
        var work = new List<ReminderWork>();
        var next = upcoming;
        var fresh = due.DistinctBy(d => d.Key.Id).Where(d => !records.ContainsKey(d.Key.Id)).ToList();
        // Of several reminders of one kind to one recipient caught up at once (the bot was down), only the newest
        // goes out; the older ones are claimed and recorded as superseded, so each is still done exactly once.
        var newest = fresh.GroupBy(d => (d.Key.Subject, d.Key.Recipient, Kind: KindOf(d.Key.Name)))
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.At)!.Key.Id);
        foreach (var reminder in due.DistinctBy(d => d.Key.Id))
        {
            if (!records.TryGetValue(reminder.Key.Id, out var record))
            {
                var latest = newest[(reminder.Key.Subject, reminder.Key.Recipient, KindOf(reminder.Key.Name))];
                work.Add(new ReminderWork(reminder, policy, null, latest == reminder.Key.Id ? null : latest));
                next = Earliest(next, lookAgain); // claimed now: looked at again if it fails or its sender stops
            }
            else if (record.State == ReminderState.Claimed)
            {
                var retryAt = record.ClaimedAt + options.WaitAfter(DeliveryProgress.Read(record.Detail).Attempts);
                if (now >= retryAt)
                {
                    work.Add(new ReminderWork(reminder, policy, record));
                    next = Earliest(next, lookAgain);
                }
                else next = Earliest(next, retryAt);
            }
        }
        if (quiet) return ([], next);
        // Kept for composing only when there is something to send: a sweep that looks at every joint meeting (after a
        // restart, or of a new version) holds the states of the few with work, not all of them at once.
        if (work.Count > 0) snapshots.Remember(snapshot);
        return (work, next);
    }

    /// <summary>How often a joint meeting whose catch-up or retry waits out the quiet hours is looked at again meanwhile.</summary>
    private static readonly TimeSpan QuietRecheck = TimeSpan.FromMinutes(30);

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    /// <summary>
    /// How far a look plans: a joint meeting with no reminder before then is looked at again then, each at its own minute
    /// of a day so that joint meetings looked at in one sweep do not all come back in one. There is no routine look
    /// before: a schedule depends only on the joint meeting's state (a change marks it due at once), the time (its next
    /// reminder marks it due) and the inputs of <see cref="ScheduleInputs"/> (the rules, holidays, shipped documents
    /// and time-zone rules: new ones mark every joint meeting due once), so a quiet sweep reads the due index and nothing else.
    /// </summary>
    private DateTimeOffset Horizon(string jointMeetingId, DateTimeOffset now) =>
        now + options.PlanAhead + DueSpread.Offset(jointMeetingId, TimeSpan.FromDays(1));

    private async Task RunAsync(ReminderWork item, ClaimBatches claims, SweepSnapshots snapshots, SweepTally tally, Action onClaimed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var progress = DeliveryProgress.Read(item.Waiting?.Detail);
        var claim = item.Waiting is null
            ? await claims.ClaimAsync(item.Due.Key, cancellationToken)
            : await ledger.TryReclaimAsync(item.Waiting, options.Owner, now, cancellationToken);
        if (claim is null) return; // another instance was first
        onClaimed();
        if (item.Waiting is not null && progress.Attempts == 0)
        {
            tally.Recovered();
            LogRecovered(logger, item.Due.Key.JointMeetingId, item.Due.Key.Id, item.Waiting.ClaimedBy);
        }

        if (item.SupersededBy is { } newer)
        {
            await CompleteAsync(claim, ReminderState.Skipped, now, false, $"superseded by {newer}: a later reminder of the same kind to the same recipient goes out now", cancellationToken);
            tally.Skipped();
            return;
        }

        var missedBy = now - item.Due.At;
        if (missedBy > options.SkipAfter)
        {
            await CompleteAsync(claim, ReminderState.Skipped, now, false, $"missed by {Hours(missedBy)} h (the bot was not running): older than {Hours(options.SkipAfter)} h, not sent", cancellationToken);
            tally.Skipped();
            return;
        }

        var late = missedBy > options.LateAfter;
        var snapshot = await snapshots.CurrentAsync(item.Due.Key.JointMeetingId, cancellationToken);
        // Worded as of now: a catch-up counts the days left or overdue on the day it goes out.
        IReadOnlyList<Notification> messages = snapshot is null ? [] : planner.Compose(item.Due with { At = now }, snapshot, item.Policy, late);
        if (snapshot is null || messages.Count == 0)
        {
            var why = snapshot is null ? "no longer due: the joint meeting is gone"
                : ReminderMessages.Recipients(snapshot.JointMeeting.Value, item.Due.Key.Recipient).Count == 0
                ? $"nobody to send it to: no approved contact for {item.Due.Key.Recipient}"
                : "no longer due (submitted, cancelled or moved)";
            await CompleteAsync(claim, ReminderState.Skipped, now, false, why, cancellationToken);
            tally.Skipped();
            return;
        }

        await DeliverAsync(claim, snapshot, messages, progress, late, tally, cancellationToken);
    }

    private async Task DeliverAsync(ReminderRecord claim, JointMeetingSnapshot snapshot, IReadOnlyList<Notification> messages,
        DeliveryProgress progress, bool late, SweepTally tally, CancellationToken cancellationToken)
    {
        var delivered = progress.Delivered.ToList();
        var unreachable = progress.Unreachable.ToList();
        var failed = new List<MissedRecipient>();
        var pending = messages.Where(m => !progress.IsSettled(m.To)).ToList();
        for (var i = 0; i < pending.Count; i++)
        {
            var message = pending[i];
            var result = await notifier.DeliverAsync(message, cancellationToken);
            var missed = new MissedRecipient(message.To.Key, message.To.DisplayName, result.Detail ?? result.Outcome.ToString());
            switch (result.Outcome)
            {
                case NotificationOutcome.Delivered: delivered.Add(message.To.Key); break;
                case NotificationOutcome.Unreachable: unreachable.Add(missed); break;
                default: failed.Add(missed); break;
            }
            if (result.Outcome == NotificationOutcome.Failed || i == pending.Count - 1) continue;

            // Each recipient settled is recorded before the next is tried, so an instance taking over after a crash
            // repeats at most the one message that was in flight; the record also renews the lease while it runs.
            var sofar = new DeliveryProgress(progress.Attempts, delivered, unreachable, []);
            if (await ledger.TryRecordProgressAsync(claim, clock.GetUtcNow(), sofar.Write(), cancellationToken) is not { } renewed)
            {
                LogLostClaim(logger, claim.Key.JointMeetingId, claim.Key.Id);
                return; // another instance took the claim over: it sends the rest
            }
            claim = renewed;
        }

        var now = clock.GetUtcNow();
        var next = new DeliveryProgress(progress.Attempts + 1, delivered, unreachable, failed);
        if (failed.Count > 0 && next.Attempts < options.MaxAttempts)
        {
            if (await ledger.TryRetryLaterAsync(claim, now, next.Write(), cancellationToken) is null)
                LogLostClaim(logger, claim.Key.JointMeetingId, claim.Key.Id);
            tally.Retrying();
            LogRetrying(logger, claim.Key.JointMeetingId, claim.Key.Id, next.Attempts, failed.Count);
            return;
        }

        var reachedAnyone = delivered.Count > 0;
        if (!await CompleteAsync(claim, reachedAnyone ? ReminderState.Sent : ReminderState.Failed, now, late && reachedAnyone, next.Write(), cancellationToken))
            return;
        if (reachedAnyone) tally.Sent(late);
        else tally.Failed();
        if (unreachable.Count > 0 || failed.Count > 0)
            await UndeliveredReport.SendAsync(ledger, notifier, options.Owner, snapshot.JointMeeting.Value, claim.Key,
                messages[0].Message, [.. unreachable, .. failed], now, logger, cancellationToken);
    }

    private async Task<bool> CompleteAsync(ReminderRecord claim, ReminderState outcome, DateTimeOffset now, bool late, string detail, CancellationToken cancellationToken)
    {
        // Conditional on our claim: false only if another instance took it over because we overran the lease.
        var done = await ledger.TryCompleteAsync(claim, outcome, now, late, detail, cancellationToken);
        if (!done) LogLostClaim(logger, claim.Key.JointMeetingId, claim.Key.Id);
        return done;
    }

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A reminder to claim (<see cref="Waiting"/> null) or a claim to try again; <see cref="SupersededBy"/>: a newer one of its kind goes instead.</summary>
    private sealed record ReminderWork(DueReminder Due, PolicyIndex Policy, ReminderRecord? Waiting, string? SupersededBy = null);

    // "due-7" and "due-3" are one kind (the report is due), "overdue-1" and "overdue-2" another.
    private static string KindOf(string name) => name.Split('-')[0];

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder due index could not mark the joint meetings stored before it; tried again at the next sweep")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders of joint meeting {JointMeetingId} could not be planned this sweep")]
    private static partial void LogJointMeetingFailed(ILogger logger, string jointMeetingId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {ReminderId} of joint meeting {JointMeetingId} stopped between claim and completion; it is retried after the lease")]
    private static partial void LogReminderFailed(ILogger logger, string jointMeetingId, string reminderId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of joint meeting {JointMeetingId}: took over the claim of {StoppedOwner}, which did not finish within the lease")]
    private static partial void LogRecovered(ILogger logger, string jointMeetingId, string reminderId, string stoppedOwner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of joint meeting {JointMeetingId}: attempt {Attempt} failed for {Failed} recipient(s); retried later")]
    private static partial void LogRetrying(ILogger logger, string jointMeetingId, string reminderId, int attempt, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of joint meeting {JointMeetingId}: another instance took the claim over before this one finished (the lease was overrun)")]
    private static partial void LogLostClaim(ILogger logger, string jointMeetingId, string reminderId);
}
