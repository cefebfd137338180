using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// The files of a Slack message (the <c>files</c> of a <c>file_share</c> message) as channel-neutral attachments:
/// each is fetched, only when the import wants it, from its <c>url_private_download</c> with the bot token (the
/// <c>files:read</c> scope), and never past the size the import allows (Slack's declared <c>size</c> is checked
/// first, then the bytes as they come). The token goes to Slack's own hosts only (or the configured API's host, a
/// stand-in), so a forged file link cannot carry it elsewhere. A file the event gives as
/// <c>file_access: check_file_info</c> is looked up with <c>files.info</c> first; one Slack gives no link for is
/// refused with the reason.
/// </summary>
public sealed class SlackFiles(SlackApiClient api, IOptionsMonitor<SlackOptions> options) : IDisposable
{
    /// <summary>At most this many of a message's files are offered (Slack allows 10 in one message).</summary>
    private const int MaxFiles = 10;

    // Slack's file links answer with a redirect to the file's storage: followed, with the token dropped by HttpClient.
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = true, MaxAutomaticRedirections = 3 })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// The message's files as attachments. A file the event carries as <c>file_access: check_file_info</c> (no name,
    /// no link) is looked up first with <c>files.info</c> and the bot token; when Slack refuses that, the attachment
    /// says why when the import asks for its bytes.
    /// </summary>
    public async Task<IReadOnlyList<ChatAttachment>> OfAsync(JsonNode? files, CancellationToken cancellationToken)
    {
        var found = new List<ChatAttachment>();
        foreach (var node in (files as JsonArray ?? []).Take(MaxFiles))
        {
            if (node is not JsonObject shared) continue;
            var file = shared;
            if (Text(shared["file_access"]) == "check_file_info" && Text(shared["id"]) is { } id)
            {
                try
                {
                    var answer = await api.CallFormAsync("files.info", new Dictionary<string, string> { ["file"] = id }, cancellationToken);
                    file = answer["file"] as JsonObject ?? throw new SlackApiException("files.info", "no_file_in_answer", permanent: true, attempts: 1);
                }
                catch (SlackApiException e)
                {
                    var error = e.Error;
                    found.Add(new ChatAttachment(Text(shared["name"]) ?? Text(shared["title"]) ?? id, null, null,
                        (_, _) => throw new ChatAttachmentException($"Slack's files.info answered {error}")));
                    continue;
                }
            }
            found.Add(Attachment(file));
        }
        return found;
    }

    private ChatAttachment Attachment(JsonObject file)
    {
        var name = Text(file["name"]) ?? Text(file["title"]) ?? "document";
        var size = file["size"] is JsonValue value && value.TryGetValue<long>(out var bytes) && bytes >= 0 ? bytes : (long?)null;
        var url = Text(file["url_private_download"]) ?? Text(file["url_private"]);
        return new ChatAttachment(name, Text(file["mimetype"]), size, (max, ct) => FetchAsync(url, max, ct));
    }

    private async Task<byte[]> FetchAsync(string? url, long maxBytes, CancellationToken cancellationToken)
    {
        if (url is null) throw new ChatAttachmentException("Slack gave no download link for it");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !api.IsSlackHost(uri)) throw new ChatAttachmentException("its link is not Slack's");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.CurrentValue.BotToken?.Trim());
        HttpResponseMessage response;
        try { response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken); }
        catch (HttpRequestException e) { throw new ChatAttachmentException($"the download failed: {e.Message}"); }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { throw new ChatAttachmentException("the download timed out"); }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new ChatAttachmentException($"Slack answered {(int)response.StatusCode} to the download");
            if (response.Content.Headers.ContentLength > maxBytes) throw new ChatAttachmentException($"larger than {maxBytes} bytes", tooLarge: true);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await ChatAttachmentException.ReadCappedAsync(stream, maxBytes, cancellationToken);
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public void Dispose() => http.Dispose();
}
