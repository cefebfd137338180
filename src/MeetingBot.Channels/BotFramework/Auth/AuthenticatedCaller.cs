namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>Who sent an activity, as proven by its token (or local development mode, where nothing is proven).</summary>
/// <param name="CallerId">urn:botframework:azure for the channel service, urn:botframework:aadappid:{id} for Entra-issued tokens.</param>
/// <param name="ServiceUrlClaim">The serviceurl claim of a channel token: the only serviceUrl this caller may name.</param>
/// <param name="Endorsements">The channels the signing key is endorsed for; null on the Entra path (not checked there).</param>
public sealed record AuthenticatedCaller(string CallerId, bool IsChannelService, string? ServiceUrlClaim, IReadOnlyList<string>? Endorsements)
{
    /// <summary>No app id configured: a loopback caller, unauthenticated by design.</summary>
    public static AuthenticatedCaller LocalDevelopment { get; } = new("urn:botframework:local", false, null, null);

    public bool IsLocalDevelopment => ReferenceEquals(this, LocalDevelopment);
}

/// <summary>The result of checking a request's token: a caller, or why it was refused (never the token itself).</summary>
public sealed record AuthenticationResult(AuthenticatedCaller? Caller, string? Failure)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Fail(string why) => new(null, why);

    public static AuthenticationResult Ok(AuthenticatedCaller caller) => new(caller, null);
}
