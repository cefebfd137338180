namespace MeetingBot.Core.Reminders;

/// <summary>How the dispatcher sends: who it is, how far back it looks, when a reminder is late or too old, how it retries.</summary>
public sealed record ReminderDispatchOptions
{
    /// <summary>Who claims: one name per running instance, so the ledger shows who sent what.</summary>
    public string Owner { get; init; } = $"{Environment.MachineName}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// How far back each sweep looks for reminders not yet in the ledger: far enough that a week's outage is
    /// recorded (as skipped) rather than silently passed over.
    /// </summary>
    public TimeSpan LookBack { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Sent later than this after its time, a reminder is marked late. 30 minutes is three times what the largest
    /// fan-out we plan for takes (30,000 messages at Teams' 50 per second = 10 minutes), so a 09:00 reminder that
    /// left at 09:10 because of the queue is not late, and one sent after the bot was down for an hour is.
    /// </summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How old a joint meeting's state may be when a reminder is composed from it. A fan-out takes minutes; a unit
    /// that submits in the middle of one must not get that morning's reminder afterwards.
    /// </summary>
    public TimeSpan FreshFor { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Missed by more than this (the bot was down), a reminder is recorded as skipped and not sent.</summary>
    public TimeSpan SkipAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A claim not finished within this is taken to be an instance that stopped, and taken over. It must exceed what
    /// one reminder's delivery can take, with the channel's own retries and 429 waits (seconds, at most a minute or two).
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How far ahead a look plans a joint meeting's next reminder. With none within it (a joint meeting between
    /// rounds and meetings), it is looked at again then; the only cost of a longer span is planning further ahead.
    /// </summary>
    public TimeSpan PlanAhead { get; init; } = TimeSpan.FromDays(366);

    /// <summary>What the schedules depend on beyond each joint meeting's state (<see cref="Reminders.ScheduleInputs"/>): new ones mark every joint meeting due once.</summary>
    public string ScheduleInputs { get; init; } = Reminders.ScheduleInputs.Shipped;

    /// <summary>The time over which the looks that new <see cref="ScheduleInputs"/> call for are spread.</summary>
    public TimeSpan NewInputsSpread { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Attempts for a recipient whose channel keeps failing before the secretariat is told.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Reminders delivered at the same time, so one conversation's pacing does not hold up the others.</summary>
    public int MaxConcurrentDeliveries { get; init; } = 16;

    /// <summary>
    /// The wait before the next attempt, from the last claim: the lease after a crash (no failed attempt recorded),
    /// doubling with each failed attempt: 10, 20, 40 minutes (the last attempt about 70 minutes after the first).
    /// </summary>
    public TimeSpan WaitAfter(int failedAttempts) =>
        failedAttempts <= 1 ? Lease : Lease * Math.Pow(2, Math.Min(failedAttempts - 1, 10));
}
