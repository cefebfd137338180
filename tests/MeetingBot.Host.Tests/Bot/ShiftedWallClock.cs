using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>The real clock moved to a story's days (and on, when a test jumps ahead): its timers still run in real time.</summary>
internal sealed class ShiftedWallClock(DateTimeOffset start) : TimeProvider
{
    private TimeSpan _offset = start - WallClock.Now;

    public void MoveTo(DateTimeOffset at) => _offset = at - WallClock.Now;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => WallClock.Now + _offset;
}
