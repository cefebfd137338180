namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>BotFramework:GlobalRate: the app-wide Connector limit (Teams: 50 requests a second per app and tenant).</summary>
public sealed class GlobalRateOptions
{
    public const string Section = "BotFramework:GlobalRate";

    /// <summary>Requests allowed in one <see cref="Window"/>, all lanes together.</summary>
    public int Limit { get; set; } = 50;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests of each window kept for turn replies while people talk: the proactive lane then stops at Limit − TurnReserve.</summary>
    public int TurnReserve { get; set; } = 4;

    /// <summary>
    /// How long after a turn's request the reserve holds (a turn's replies, typing and card updates, come within
    /// seconds). Otherwise a fan-out takes the whole limit: with nobody talking it goes at the platform's pace.
    /// </summary>
    public TimeSpan ReserveHoldsFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Added to the window, for a Connector whose clock runs slow. None is needed for network jitter: a request
    /// counts until a window after its answer, later than the Connector saw it.
    /// </summary>
    public TimeSpan Margin { get; set; } = TimeSpan.Zero;
}
