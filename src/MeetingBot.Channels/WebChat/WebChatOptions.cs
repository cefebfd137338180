using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Channels.WebChat;

/// <summary>
/// The built-in web chat (section <c>WebChat</c>): the page and its Direct Line 3.0 endpoint. On by default only
/// in local mode (no <c>MicrosoftAppId</c>): it lets anyone who reaches it act as any persona, so a deployment
/// with Teams credentials must ask for it explicitly, and even then only loopback callers are served.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Null: on when no MicrosoftAppId is configured. The resolved value is in <see cref="IsEnabled"/>.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a Direct Line token lives; DirectLineJS refreshes at half of 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The token signing key (at least 32 characters). Unset: a random key per process, so a restart ends every
    /// web chat session (the activity logs are in memory too).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Activities kept per conversation; older ones drop off (a watermark before them reads from the oldest kept).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Open conversations kept; the least recently used one goes when a new one would exceed it.</summary>
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>Bytes of activities kept per conversation (serialized); the oldest drop off past it, the newest stays.</summary>
    public long MaxBytesPerConversation { get; set; } = 2 * 1024 * 1024;

    /// <summary>Bytes of activities kept in all conversations; past it, the heaviest user's conversations go first.</summary>
    public long MaxTotalBytes { get; set; } = 128 * 1024 * 1024;

    public bool IsEnabled { get; private set; }

    internal static void Bind(WebChatOptions options, IConfiguration configuration)
    {
        configuration.GetSection(Section).Bind(options);
        options.IsEnabled = options.Enabled ?? string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
    }
}
