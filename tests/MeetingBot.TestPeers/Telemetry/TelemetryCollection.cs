namespace MeetingBot.TestPeers.Telemetry;

/// <summary>The name of each test project's collection for telemetry tests, which runs alone (metrics are process-wide).</summary>
public static class TelemetryCollection
{
    public const string Name = "Telemetry (runs alone)";
}
