namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>BotFramework:Turn: how long a turn may hold the channel's request.</summary>
public sealed class TurnOptions
{
    public const string Section = "BotFramework:Turn";

    /// <summary>
    /// Channels give up after 15 seconds; past this budget the request is answered and the turn finishes in the
    /// background (its replies still arrive, through the Connector).
    /// </summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(10);
}
