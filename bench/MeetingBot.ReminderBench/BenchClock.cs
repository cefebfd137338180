using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.ReminderBench;

/// <summary>
/// The real clock moved to another day: time runs at its real pace (so Teams' per-second limits mean what they
/// say), but "now" starts at the moment the reminders fall due.
/// </summary>
internal sealed class BenchClock(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan offset = startAt - WallClock.Now;

    public override DateTimeOffset GetUtcNow() => WallClock.Now + offset;
}
