namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>BotFramework:Retry: how hard the bot tries before recording a message as undelivered.</summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "BotFramework:Retry";

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff for 5xx, 412 and timeouts; doubled each time, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit: a Connector that hangs is given up on and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest Retry-After honoured; a longer one ends the retries (the message is recorded as undelivered).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}
