using System.Net.Http.Headers;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// The files of a Teams (or Bot Framework) message as channel-neutral attachments:
/// <list type="bullet">
/// <item>a file uploaded in a personal chat (the app's <c>supportsFiles</c>) arrives as
/// <c>application/vnd.microsoft.teams.file.download.info</c> with a pre-authorised <c>downloadUrl</c>, fetched as it is;</item>
/// <item>a file or picture inline with <c>contentUrl</c> (group chats, the Emulator) is fetched with the bot's Connector
/// token — only when the URL is on the host of the activity's serviceUrl, so the token never goes elsewhere.</item>
/// </list>
/// The message's own HTML copy and cards are not files. Only https is fetched, or http on loopback (tests, Emulator).
/// </summary>
public sealed class TeamsAttachments(IConnectorTokenSource tokens) : IDisposable
{
    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = true, MaxAutomaticRedirections = 3 })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public IReadOnlyList<ChatAttachment> Of(Activity activity)
    {
        var files = new List<ChatAttachment>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == DownloadInfoType && attachment.Content?["downloadUrl"]?.GetValue<string>() is { } downloadUrl && Fetchable(downloadUrl))
                files.Add(new ChatAttachment(attachment.Name ?? "document", null, null, (max, ct) => FetchAsync(downloadUrl, null, max, ct)));
            else if (attachment.ContentUrl is { } contentUrl && attachment.ContentType is not ("text/html" or Attachment.AdaptiveCardContentType) && Fetchable(contentUrl))
            {
                var withToken = SameHost(contentUrl, activity.ServiceUrl);
                files.Add(new ChatAttachment(attachment.Name ?? "document", attachment.ContentType, null,
                    async (max, ct) => await FetchAsync(contentUrl, withToken ? await tokens.GetTokenAsync(ct) : null, max, ct)));
            }
        }
        return files;
    }

    private async Task<byte[]> FetchAsync(string url, string? token, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try { response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken); }
        catch (HttpRequestException e) { throw new ChatAttachmentException($"the download failed: {e.Message}"); }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { throw new ChatAttachmentException("the download timed out"); }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new ChatAttachmentException($"Teams answered {(int)response.StatusCode} to the download");
            if (response.Content.Headers.ContentLength > maxBytes) throw new ChatAttachmentException($"larger than {maxBytes} bytes", tooLarge: true);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await ChatAttachmentException.ReadCappedAsync(stream, maxBytes, cancellationToken);
        }
    }

    private static bool Fetchable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool SameHost(string url, string? serviceUrl) =>
        Uri.TryCreate(url, UriKind.Absolute, out var a) && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var b)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    public void Dispose() => http.Dispose();
}
