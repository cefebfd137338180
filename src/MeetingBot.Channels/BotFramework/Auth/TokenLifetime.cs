using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// A token's lifetime checked by the injected clock, with the skew the library would allow: its own check reads the
/// wall clock (its TimeProvider setting is not public), so fake time and the cache of validated tokens would disagree.
/// Fails with the library's exceptions, so the refusal says which bound was crossed.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator By(TimeProvider time, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null) throw new SecurityTokenNoExpirationException("the token has no expiry");
        if (notBefore is { } from && from > expires) throw new SecurityTokenInvalidLifetimeException("the token's lifetime ends before it begins") { NotBefore = from, Expires = expires };
        if (notBefore is { } start && start > now + skew) throw new SecurityTokenNotYetValidException("the token is not valid yet") { NotBefore = start };
        if (expires < now - skew) throw new SecurityTokenExpiredException("the token has expired") { Expires = expires.Value };
        return true;
    };
}
