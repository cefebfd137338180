namespace MeetingBot.Channels.Files;

/// <summary>MeetingBot: where file links point and how they are signed (see <see cref="FileLinks"/>).</summary>
public sealed class FileLinkOptions
{
    public const string Section = "MeetingBot";

    /// <summary>The smallest signing key accepted: 32 characters (256 bits of a random key written out).</summary>
    public const int MinKeyLength = 32;

    /// <summary>
    /// The secret the links are signed with. Unset: derived from MicrosoftAppPassword (links survive restarts and
    /// work on every instance, until the password changes); with neither, a random key per process (local
    /// development: links stop working when the host restarts).
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>
    /// The address people's clients reach this host at, e.g. https://meetingbot.example.gov.cn/ (links are
    /// {PublicUrl}files/…). Unset: the first http(s) address the host listens on, which only works locally.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a link works after it was sent (default 30 days).</summary>
    public TimeSpan FileLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
