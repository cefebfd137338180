namespace MeetingBot.Host.Extensions;

/// <summary>
/// The one place production code picks the real clock: the web host registers it and the command line passes it.
/// Everything else takes a <see cref="TimeProvider"/> (the analyzer bans the clock statics), so tests run on fake time.
/// </summary>
internal static class SystemClock
{
#pragma warning disable RS0030 // The composition root is where the system clock is chosen.
    public static TimeProvider Instance => TimeProvider.System;
#pragma warning restore RS0030
}
