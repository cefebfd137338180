namespace MeetingBot.TestPeers.Identity;

/// <summary>What every test token lets a test choose: the key, the lifetime, the algorithm and extra claims.</summary>
public abstract record TestTokenSpec
{
    /// <summary>The signing key; null takes the provider's default for the token kind.</summary>
    public TestSigningKey? Key { get; init; }

    /// <summary><c>nbf</c>; null is one minute ago. May be in the future for a not-yet-valid token.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary><c>exp</c>; null is one hour from now. May be in the past, or before NotBefore, on purpose.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Claims added last, so they also replace standard ones (e.g. a different <c>serviceurl</c> type).</summary>
    public IReadOnlyDictionary<string, object>? ExtraClaims { get; init; }

    /// <summary>RS256 (the default), RS384, RS512, or "none" for an unsigned token the bot must refuse.</summary>
    public string Algorithm { get; init; } = "RS256";
}
