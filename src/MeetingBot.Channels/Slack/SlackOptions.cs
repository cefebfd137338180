namespace MeetingBot.Channels.Slack;

/// <summary>
/// The Slack app's settings, named as Slack names them. Slack is on when <see cref="BotToken"/> is set; then the
/// signing secret is needed for the HTTP endpoints, or the app-level token for Socket Mode. The options are read
/// for every request (IOptionsMonitor), so a rotated token or secret in configuration takes effect without a restart.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The signing secret of the app's Basic Information page: verifies every request Slack sends.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot user's OAuth token (xoxb-…): every Web API call.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (xapp-…, scope connections:write): Socket Mode instead of public URLs.</summary>
    public string? AppToken { get; set; }

    /// <summary>Where the Web API is (a loopback stand-in in tests).</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How far a request's timestamp may be from now, either way, before it is refused as a replay.</summary>
    public int MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>How many times a Web API call is retried after a 429, a 5xx or a network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest Retry-After that is waited for in place; a longer one fails the call (it is recorded).</summary>
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>
    /// How many messages a minute the bot posts across the workspace at most: Slack's chat.postMessage allows "several
    /// hundred per minute" per workspace beyond its one a second per channel, and answers 429 past it. A reminder
    /// fan-out keeps a tenth of it (at least 5) free for replies.
    /// </summary>
    public int WorkspacePostsPerMinute { get; set; } = 200;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Socket Mode instead of (or beside) the HTTP endpoints: an app-level token is configured.</summary>
    public bool SocketMode => Enabled && !string.IsNullOrWhiteSpace(AppToken);

    public Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");
}
