namespace MeetingBot.Core.Reminders;

/// <summary>
/// What one sweep did. <see cref="Late"/> counts the sent reminders that went out late (a part of
/// <see cref="Sent"/>); <see cref="Recovered"/> the claims of a stopped instance taken over; <see cref="Retrying"/>
/// the reminders whose delivery failed this time and waits for another attempt; <see cref="Errors"/> the joint
/// meetings or reminders that could not be handled (logged; the next sweep tries again).
/// </summary>
public sealed record ReminderSweepSummary(int Sent, int Late, int Skipped, int Failed, int Recovered, int Retrying, int Errors)
{
    public static ReminderSweepSummary None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public override string ToString() =>
        $"sent {Sent} (late {Late}), skipped {Skipped}, failed {Failed}, recovered {Recovered}, retrying {Retrying}, errors {Errors}";
}

/// <summary>Counts kept by concurrent deliveries.</summary>
internal sealed class SweepTally
{
    private int sent, late, skipped, failed, recovered, retrying, errors;

    public void Sent(bool wasLate)
    {
        Interlocked.Increment(ref sent);
        if (wasLate) Interlocked.Increment(ref late);
    }

    public void Skipped() => Interlocked.Increment(ref skipped);
    public void Failed() => Interlocked.Increment(ref failed);
    public void Recovered() => Interlocked.Increment(ref recovered);
    public void Retrying() => Interlocked.Increment(ref retrying);
    public void Error() => Interlocked.Increment(ref errors);

    public ReminderSweepSummary ToSummary() => new(sent, late, skipped, failed, recovered, retrying, errors);
}
