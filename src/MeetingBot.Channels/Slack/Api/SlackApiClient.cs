using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Slack's Web API over plain HTTP: <c>POST {ApiBaseUrl}{method}</c> with the bot token and a JSON body. Slack
/// answers 200 with <c>ok: false</c> and an error code for a refusal, which becomes a <see cref="SlackApiException"/>;
/// a 429 is waited out for its Retry-After (up to <see cref="SlackOptions.MaxRetryAfterSeconds"/>), 5xx and network
/// failures are retried with a short backoff. The token is read for each call, so a rotated one is used at once.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptionsMonitor<SlackOptions> options, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Calls a Web API method; returns Slack's answer when <c>ok</c> is true.</summary>
    public Task<JsonObject> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        return SendAsync(method, new Uri(settings.ApiBase, method), arguments, settings.BotToken?.Trim(), cancellationToken);
    }

    /// <summary>
    /// Calls a read method that takes form arguments only (files.info does not read a JSON body); returns Slack's
    /// answer when <c>ok</c> is true.
    /// </summary>
    public Task<JsonObject> CallFormAsync(string method, IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var form = new JsonObject(arguments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
        return SendAsync(method, new Uri(settings.ApiBase, method), form, settings.BotToken?.Trim(), cancellationToken, asForm: true);
    }

    /// <summary>Calls a method with another token (the app-level token of Socket Mode).</summary>
    public Task<JsonObject> CallWithTokenAsync(string method, JsonObject arguments, string token, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(options.CurrentValue.ApiBase, method), arguments, token, cancellationToken);

    /// <summary>
    /// Posts a message to an interaction's <c>response_url</c> (no token: the URL is the credential). Only Slack's own
    /// hosts (or the configured API's host, for a stand-in) are called, so a forged payload cannot make the bot post elsewhere.
    /// </summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || !IsSlackHost(url))
            throw new SlackApiException("response_url", "untrusted_response_url", permanent: true, attempts: 0);
        await SendAsync("response_url", url, message, token: null, cancellationToken);
    }

    /// <summary>Slack's own hosts over https, or the configured API's host (a stand-in): the only places a token or a reply goes.</summary>
    public bool IsSlackHost(Uri url)
    {
        var api = options.CurrentValue.ApiBase;
        if (url.Scheme == api.Scheme && url.Authority == api.Authority) return true;
        return url.Scheme == Uri.UriSchemeHttps && (url.Host == "slack.com" || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<JsonObject> SendAsync(string method, Uri url, JsonObject arguments, string? token, CancellationToken cancellationToken, bool asForm = false)
    {
        if (!SecureUrl.IsAcceptable(url)) throw new SlackApiException(method, "insecure_url", permanent: true, attempts: 0);
        var body = asForm
            ? Encoding.UTF8.GetBytes(string.Join("&", arguments.Select(a => $"{Uri.EscapeDataString(a.Key)}={Uri.EscapeDataString(a.Value?.GetValue<string>() ?? "")}")))
            : Encoding.UTF8.GetBytes(arguments.ToJsonString(Json));
        var maxRetries = options.CurrentValue.MaxRetries;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = asForm ? new MediaTypeHeaderValue("application/x-www-form-urlencoded") : new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            TimeSpan wait;
            string failure;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    wait = RetryAfter(response) ?? Backoff(attempt);
                    failure = "ratelimited";
                    if (wait > TimeSpan.FromSeconds(options.CurrentValue.MaxRetryAfterSeconds))
                        throw new SlackApiException(method, $"ratelimited (Retry-After {wait.TotalSeconds:0} s)", permanent: false, attempt);
                }
                else if ((int)response.StatusCode >= 500)
                {
                    wait = Backoff(attempt);
                    failure = $"http_{(int)response.StatusCode}";
                }
                else
                {
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode)
                        throw new SlackApiException(method, $"http_{(int)response.StatusCode}", permanent: response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone, attempt);
                    if (token is null) return new JsonObject { ["ok"] = true }; // response_url answers "ok" in plain text
                    var answer = Parse(method, text, attempt);
                    if (answer["ok"]?.GetValueKind() == JsonValueKind.True) return answer;
                    var error = answer["error"]?.GetValue<string>() ?? "unknown_error";
                    throw new SlackApiException(method, error, SlackApiException.PermanentErrors.Contains(error), attempt);
                }
            }
            catch (HttpRequestException e)
            {
                wait = Backoff(attempt);
                failure = "network";
                if (attempt > maxRetries) throw new SlackApiException(method, failure, permanent: false, attempt, e);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                wait = Backoff(attempt);
                failure = "timeout";
                if (attempt > maxRetries) throw new SlackApiException(method, failure, permanent: false, attempt, e);
            }

            if (attempt > maxRetries) throw new SlackApiException(method, failure, permanent: false, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static JsonObject Parse(string method, string text, int attempt)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw new SlackApiException(method, "invalid_response", permanent: false, attempt, e);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta) return delta;
        if (response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        return null;
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt - 1));
}
