using System.Net;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>The bot sends tokens and trusts keys only over https; plain http is allowed for loopback stand-ins.</summary>
public static class SecureUrl
{
    public static bool IsAcceptable(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
