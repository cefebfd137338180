using MeetingBot.Core.Telemetry;

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

/// <summary>Counts kept by concurrent deliveries, each also counted in the reminder metrics as it happens.</summary>
internal sealed class SweepTally
{
    private int sent, late, skipped, failed, recovered, retrying, errors;

    public int Errors => Volatile.Read(ref errors);

    public void Sent(bool wasLate)
    {
        Interlocked.Increment(ref sent);
        MeetingBotTelemetry.ReminderOutcome("sent");
        if (!wasLate) return;
        Interlocked.Increment(ref late);
        MeetingBotTelemetry.ReminderOutcome("late");
    }

    public void Skipped() => Count(ref skipped, "skipped");
    public void Failed() => Count(ref failed, "failed");
    public void Recovered() => Interlocked.Increment(ref recovered);
    public void Retrying() => Count(ref retrying, "retrying");
    public void Error() => Count(ref errors, "error");

    private static void Count(ref int counter, string outcome)
    {
        Interlocked.Increment(ref counter);
        MeetingBotTelemetry.ReminderOutcome(outcome);
    }

    public ReminderSweepSummary ToSummary() => new(sent, late, skipped, failed, recovered, retrying, errors);
}
