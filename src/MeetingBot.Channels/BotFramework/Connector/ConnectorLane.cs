namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Which lane a Connector request goes in under the app-wide rate limit: the replies of turns first, proactive
/// sends (reminder fan-outs) with what is left. It follows the async flow, so a proactive sender sets it once and
/// every request it causes (create conversation, send, retries) is paced as proactive.
/// </summary>
public sealed class ConnectorLane
{
    public static readonly ConnectorLane Turn = new("turn");
    public static readonly ConnectorLane Proactive = new("proactive");

    private static readonly AsyncLocal<ConnectorLane?> Flowing = new();

    private ConnectorLane(string name) => Name = name;

    public string Name { get; }

    /// <summary>The lane of the code running now; <see cref="Turn"/> unless a caller set another.</summary>
    public static ConnectorLane Current
    {
        get => Flowing.Value ?? Turn;
        set => Flowing.Value = value;
    }

    public override string ToString() => Name;
}
