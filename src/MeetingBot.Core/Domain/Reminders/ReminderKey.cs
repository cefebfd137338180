namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// What a reminder is about, which identifies it: a joint meeting's round, meeting, year or task
/// (<see cref="Subject"/>, e.g. "round:r1"), who gets it (a unit id, or "managers"), its kind (e.g. "due-3") and
/// the day it is for. Two schedulers, a restart or a timer firing twice all compute the same key for the same
/// reminder, so claiming the key is what makes it go out once.
/// </summary>
public sealed record ReminderKey(string JointMeetingId, string Subject, string Recipient, string Name, DateOnly Date)
{
    /// <summary>The key within the joint meeting, readable: "round:r1|u4|due-3|2026-06-07".</summary>
    public string Id => $"{Subject}|{Recipient}|{Name}|{Date:yyyy-MM-dd}";
}

public enum ReminderState
{
    /// <summary>An instance is sending it; if it stays so past the lease, that instance stopped and another may retry.</summary>
    Claimed,
    Sent,
    /// <summary>Missed by more than a day (the bot was down): recorded, not sent.</summary>
    Skipped,
    /// <summary>Every delivery attempt failed; the secretariat is told.</summary>
    Failed,
}

/// <summary>A reminder as the ledger holds it. <see cref="Version"/> is the store's concurrency tag of this state.</summary>
public sealed record ReminderRecord(
    ReminderKey Key,
    ReminderState State,
    string ClaimedBy,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? DoneAt,
    bool Late,
    string? Detail,
    string Version);
