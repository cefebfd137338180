using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// The checks that tie a valid token to the activity it came with: a channel token names the serviceUrl the bot
/// may answer to, and its key must be endorsed for the activity's channel.
/// </summary>
public static class CallerChecks
{
    /// <summary>Null when the activity may be processed, otherwise why not.</summary>
    public static string? Verify(AuthenticatedCaller caller, Activity activity)
    {
        if (!caller.IsChannelService) return null;
        // The SDK compares exactly, ignoring case, without normalising a trailing slash; so do we.
        if (!string.Equals(caller.ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return "the activity's serviceUrl does not match the token's serviceurl claim";
        if (caller.Endorsements is not null && !caller.Endorsements.Contains(activity.ChannelId ?? "", StringComparer.Ordinal))
            return $"the signing key is not endorsed for channel '{activity.ChannelId}'";
        return null;
    }
}
