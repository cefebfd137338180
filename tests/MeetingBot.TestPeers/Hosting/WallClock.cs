namespace MeetingBot.TestPeers.Hosting;

/// <summary>
/// The stand-in servers' clock: the wall clock, as the real ones run on. A bot host under test that talks to them over
/// the network (their tokens' lifetimes, their real-time retries and budgets) shares it; everything else takes fake time.
/// This project is exempt from the clock ban (see Directory.Build.props), so this is the one door to it in the tests.
/// </summary>
public static class WallClock
{
    public static TimeProvider Instance => TimeProvider.System;

    public static DateTimeOffset Now => Instance.GetUtcNow();
}
