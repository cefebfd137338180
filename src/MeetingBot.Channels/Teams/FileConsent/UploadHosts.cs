namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// Where a file may be uploaded: an https address of OneDrive / SharePoint (worldwide, 21Vianet in China, the US
/// government clouds). The uploadUrl comes in a request; PUTting our file to any host it names would hand the file
/// to whoever forged it. Loopback http is allowed only when configured (tests).
/// </summary>
public sealed class UploadHosts(bool allowLoopbackHttp)
{
    private static readonly string[] MicrosoftSuffixes =
        [".sharepoint.com", ".sharepoint.cn", ".sharepoint.us", ".sharepoint-mil.us", ".sharepoint.de", ".files.1drv.com", ".onedrive.com", ".storage.live.com"];

    public bool Allows(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (allowLoopbackHttp && uri.IsLoopback && uri.Scheme is "http" or "https") return true;
        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort) return false;
        var host = uri.IdnHost.ToLowerInvariant();
        return MicrosoftSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }
}
