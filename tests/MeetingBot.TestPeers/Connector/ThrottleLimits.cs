namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Teams-like throttling (protocols.md 4.7), per bot: sliding windows per conversation for activity writes (send,
/// reply, update, delete) and for member reads, and one global window per app over every known operation.
/// Creating a conversation counts against the global window only, since its thread does not exist yet.
/// </summary>
public sealed record ThrottleLimits
{
    public IReadOnlyList<RateLimit> PerConversationSends { get; init; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    public IReadOnlyList<RateLimit> PerConversationReads { get; init; } =
    [
        new(14, TimeSpan.FromSeconds(1)),
        new(16, TimeSpan.FromSeconds(2)),
        new(120, TimeSpan.FromSeconds(30)),
        new(3600, TimeSpan.FromHours(1)),
    ];

    /// <summary>Per app (per tenant in Teams): 50 requests a second.</summary>
    public IReadOnlyList<RateLimit> Global { get; init; } = [new(50, TimeSpan.FromSeconds(1))];

    /// <summary>The limits Teams documents.</summary>
    public static ThrottleLimits Teams => new();
}
