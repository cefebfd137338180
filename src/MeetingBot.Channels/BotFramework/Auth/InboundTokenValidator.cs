using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// Validates the bearer token of a call to /api/messages. Tokens from the channel service (iss = the channel
/// metadata's issuer, e.g. https://api.botframework.com) are checked against that metadata's keys; any other
/// issuer on the accepted Entra list goes the Entra ID way (Emulator-style tokens) against the Entra metadata; any
/// other issuer is refused without fetching anything.
/// Signature, issuer, lifetime (5 minutes' skew) and audience or app id are checked here; the serviceurl claim
/// and the key's endorsements need the activity and are checked by <see cref="CallerChecks"/>.
/// </summary>
public sealed class InboundTokenValidator(
    BotFrameworkOptions options, CloudEndpoints endpoints, OpenIdKeySource channelKeys, OpenIdKeySource entraKeys, TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly string _appId = options.MicrosoftAppId ?? "";
    private readonly ValidatedTokenCache _validated = new(time);
    private readonly LifetimeValidator _lifetime = TokenLifetime.By(time, ClockSkew);

    /// <summary>Where the keys come from (the channel's and Entra's metadata), for the readiness probe.</summary>
    public IReadOnlyList<OpenIdKeySource> KeySources => [channelKeys, entraKeys];

    public async Task<AuthenticationResult> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization)) return AuthenticationResult.Fail("no Authorization header");
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Fail("Authorization is not a Bearer token");

        var token = authorization["Bearer ".Length..].Trim();
        if (_validated.Find(token) is { } known) return AuthenticationResult.Ok(known);

        JwtSecurityToken unverified;
        try
        {
            unverified = _handler.ReadJwtToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return AuthenticationResult.Fail("the bearer token is not a well-formed JWT");
        }

        if (ClaimShapes.Problem(unverified) is { } misshapen) return AuthenticationResult.Fail(misshapen);

        // Which issuer is asked for keys follows from the token's iss; an issuer that is neither the channel's nor an
        // accepted Entra one is refused before any Entra metadata is fetched (whether Entra is reachable is no
        // business of a stranger's token). The channel's issuer is in its metadata, which every channel call needs.
        var fromEntra = endpoints.EntraIssuers.Contains(unverified.Issuer);
        var fromChannel = !fromEntra && unverified.Issuer == (await channelKeys.GetAsync(cancellationToken)).Issuer;
        if (!fromChannel && !fromEntra) return AuthenticationResult.Fail("the token's issuer is not accepted");
        var source = fromChannel ? channelKeys : entraKeys;
        var keys = await source.GetWithKeyAsync(unverified.Header.Kid, cancellationToken);
        if (unverified.Header.Kid is null || !keys.ByKid.ContainsKey(unverified.Header.Kid))
            return AuthenticationResult.Fail($"signing key '{unverified.Header.Kid}' is not published by {source.MetadataUrl.Host}");

        var result = await _handler.ValidateTokenAsync(token, Parameters(fromChannel, keys));
        if (!result.IsValid) return AuthenticationResult.Fail(Describe(result.Exception));

        var claims = result.ClaimsIdentity;
        var outcome = fromChannel ? ChannelCaller(claims, keys, unverified) : EntraCaller(claims);
        // Remembered until its expiry without the skew: a cached token is never accepted later than a fresh check would.
        if (outcome.Caller is { } caller) _validated.Add(token, caller, unverified.ValidTo, unverified.Header.Kid, source);
        return outcome;
    }

    private TokenValidationParameters Parameters(bool fromChannel, SigningKeys keys) => new()
    {
        ValidIssuers = fromChannel ? [keys.Issuer!] : endpoints.EntraIssuers,
        // Channel tokens are issued to the bot; Emulator-style Entra tokens to the Connector, naming the bot as appid/azp.
        ValidateAudience = fromChannel,
        ValidAudience = _appId,
        IssuerSigningKeys = keys.All,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = _lifetime,
    };

    private static AuthenticationResult ChannelCaller(ClaimsIdentity claims, SigningKeys keys, JwtSecurityToken token)
    {
        var serviceUrl = claims.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(serviceUrl)) return AuthenticationResult.Fail("the channel token has no serviceurl claim");
        // A channel key without endorsements is not acceptable for channel traffic.
        if (!keys.Endorsements.TryGetValue(token.Header.Kid, out var endorsements))
            return AuthenticationResult.Fail($"signing key '{token.Header.Kid}' carries no endorsements");
        var callerId = token.Issuer.EndsWith(".us", StringComparison.OrdinalIgnoreCase) ? "urn:botframework:azureusgov" : "urn:botframework:azure";
        return AuthenticationResult.Ok(new AuthenticatedCaller(callerId, true, serviceUrl, endorsements));
    }

    private AuthenticationResult EntraCaller(ClaimsIdentity claims)
    {
        var version = claims.FindFirst("ver")?.Value;
        if (version is null) return AuthenticationResult.Fail("the Entra token has no 'ver' claim");
        var appId = version == "2.0" ? claims.FindFirst("azp")?.Value : claims.FindFirst("appid")?.Value;
        if (!string.Equals(appId, _appId, StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Fail($"the Entra token was issued to app '{appId}', not to this bot");
        return AuthenticationResult.Ok(new AuthenticatedCaller($"urn:botframework:aadappid:{appId}", false, null, null));
    }

    // Says which check failed, in words fit for a log; the token itself is never logged.
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot's app id",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "the token's signature does not verify",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not accepted",
        SecurityTokenNoExpirationException => "the token has no expiry",
        null => "the token is not valid",
        _ => $"the token is not valid ({exception.GetType().Name})",
    };
}
