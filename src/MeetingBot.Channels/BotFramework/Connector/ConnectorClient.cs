using System.Net;
using System.Net.Http.Headers;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Schema;
using Polly;
using Polly.Timeout;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 at a conversation's serviceUrl: reply, send, update, delete, create a
/// conversation, list members. Every call checks the serviceUrl is trusted, carries the bot's token, escapes the
/// ids (Teams ids hold ':', ';' and '@'), and is retried by <see cref="ConnectorRetry"/>; a final failure throws
/// <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenSource tokens, ServiceUrlTrust trust, ResiliencePipeline<HttpResponseMessage> retry)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", BotJson.SerializeToUtf8(activity), cancellationToken);
        return BotJson.DeserializeResource(body) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", BotJson.SerializeToUtf8(activity), cancellationToken);
        return BotJson.DeserializeResource(body) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", BotJson.SerializeToUtf8(activity), cancellationToken);
        return BotJson.DeserializeResource(body) ?? new ResourceResponse { Id = activityId };
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", BotJson.SerializeToUtf8(parameters), cancellationToken);
        return BotJson.DeserializeConversation(body) ?? throw new ConnectorException(HttpStatusCode.OK, "EmptyResponse", "create conversation answered without an id", 1);
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, cancellationToken);
        return BotJson.DeserializeMembers(body) ?? [];
    }

    /// <summary>
    /// Every member, page by page: Teams limits the unpaged members call to 5 a minute and 10,000 members, so a
    /// team's roster is read through pagedmembers.
    /// </summary>
    public async Task<IReadOnlyList<ChannelAccount>> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, CancellationToken cancellationToken)
    {
        var members = new List<ChannelAccount>();
        string? continuation = null;
        do
        {
            var query = $"?pageSize={pageSize}" + (continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}");
            var body = await SendAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}", null, cancellationToken);
            var page = BotJson.DeserializePagedMembers(body);
            members.AddRange(page?.Members ?? []);
            continuation = string.IsNullOrEmpty(page?.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);

        return members;
    }

    private async Task<string> SendAsync(HttpMethod method, string serviceUrl, string path, byte[]? content, CancellationToken cancellationToken)
    {
        if (!trust.IsTrusted(serviceUrl)) throw new UntrustedServiceUrlException(serviceUrl);
        var uri = new Uri(serviceUrl.TrimEnd('/') + "/" + path);

        var refreshedAfter401 = false;
        var attempts = 0;
        while (true)
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await retry.ExecuteAsync(
                    async ct =>
                    {
                        Interlocked.Increment(ref attempts);
                        return await http.SendAsync(Request(method, uri, token, content), HttpCompletionOption.ResponseContentRead, ct);
                    },
                    cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
            {
                throw new ConnectorException(null, null, e is TimeoutRejectedException ? "the Connector did not answer in time" : e.Message, attempts, e);
            }

            using var _ = response;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return body;

            // A cached token the Connector no longer accepts (revoked, clock drift): fetch a new one, once.
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !refreshedAfter401)
            {
                tokens.Invalidate();
                refreshedAfter401 = true;
                continue;
            }

            var error = TryReadError(body);
            throw new ConnectorException(response.StatusCode, error?.Code, error?.Message ?? Shorten(body), attempts);
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, string? token, byte[]? content)
    {
        var request = new HttpRequestMessage(method, uri);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (content is not null) request.Content = new ByteArrayContent(content) { Headers = { ContentType = Json } };
        return request;
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static ErrorDetail? TryReadError(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : BotJson.DeserializeError(body)?.Error;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
