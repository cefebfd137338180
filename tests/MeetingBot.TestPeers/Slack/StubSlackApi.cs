using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Slack;

/// <summary>
/// A call the bot made to the stub: the method (or "response_url"), its JSON body and its bearer token; <see cref="Paced"/>
/// when the stub's <see cref="StubSlackApi.Pace"/> answered it 429 instead of taking it.
/// </summary>
public sealed record SlackCall(string Method, JsonObject Body, string? Token, DateTimeOffset At)
{
    public bool Paced { get; init; }
}

/// <summary>
/// Slack's pace for chat.postMessage as its documentation puts it: about one message a second per channel (short
/// bursts allowed: here at most <see cref="PerChannelBurst"/> in as many seconds) and "several hundred a minute"
/// across the workspace (<see cref="WorkspacePerMinute"/>, a sliding minute). Past either, HTTP 429 with Retry-After.
/// </summary>
public sealed record SlackPaceLimits(int PerChannelBurst = 3, int WorkspacePerMinute = 300);

/// <summary>
/// Slack's Web API on loopback (<c>{ApiBaseUrl}{method}</c>): records every call, answers the methods the bot uses
/// the way Slack does (auth.test, chat.postMessage/postEphemeral/update, views.open/update/publish,
/// conversations.open, users.info), checks the bearer token, and can be told to refuse a method with an error
/// (<c>ok: false</c>) or to rate-limit it (HTTP 429 with Retry-After). <see cref="ResponseUrl"/> plays the
/// response_url of slash commands and interactions.
/// </summary>
public sealed class StubSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT0001";
    public const string TeamId = "T0TEAM01";

    private readonly LoopbackHost host;
    private readonly ConcurrentQueue<SlackCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? Error, int RetryAfter)>> faults = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim arrived = new(0);
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly Lock paceGate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> channelPosts = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> workspacePosts = new();
    private int ts;
    private int fileIds;

    private StubSlackApi(LoopbackHost host) => this.host = host;

    /// <summary>The token calls must carry; others are answered invalid_auth.</summary>
    public string BotToken { get; set; } = "xoxb-test-token";

    /// <summary>The app-level token apps.connections.open takes (Socket Mode).</summary>
    public string AppToken { get; set; } = "xapp-1-test-token";

    /// <summary>Socket Mode's WebSocket end: envelopes to send, acknowledgements received, connections seen.</summary>
    public StubSlackSocket Socket { get; } = new();

    /// <summary>Slack's pace enforced on chat.postMessage (null: none, every post taken).</summary>
    public SlackPaceLimits? Pace { get; set; }

    /// <summary>Names users.info gives, by user id (else the id itself as the name).</summary>
    public ConcurrentDictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Users conversations.open refuses with user_not_found.</summary>
    public ConcurrentDictionary<string, bool> Unknown { get; } = new(StringComparer.Ordinal);

    public string ApiBaseUrl => new Uri(host.BaseUrl, "api/").AbsoluteUri;

    public string ResponseUrl(string id) => new Uri(host.BaseUrl, $"respond/{id}").AbsoluteUri;

    public IReadOnlyList<SlackCall> Calls => [.. calls];

    public static async Task<StubSlackApi> StartAsync(CancellationToken cancellationToken = default)
    {
        StubSlackApi? stub = null;
        var host = await LoopbackHost.StartAsync(context => stub!.HandleAsync(context), cancellationToken, webSockets: true);
        stub = new StubSlackApi(host);
        return stub;
    }

    /// <summary>
    /// A file a person shares: kept here and served at its <c>url_private_download</c> only with the bot token (a
    /// download is recorded as the call "files.download"); returns the file object as Slack puts it in the message's
    /// <c>files</c>, with <paramref name="declaredSize"/> as its <c>size</c> when given (else the real one).
    /// </summary>
    public JsonObject ShareFile(string name, byte[] content, string mimetype, long? declaredSize = null)
    {
        var id = "F0" + Interlocked.Increment(ref fileIds).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        files[id] = content;
        var url = new Uri(host.BaseUrl, $"files-pri/{TeamId}-{id}/{Uri.EscapeDataString(name)}").AbsoluteUri;
        return new JsonObject
        {
            ["id"] = id, ["name"] = name, ["title"] = name, ["mimetype"] = mimetype, ["filetype"] = Path.GetExtension(name).TrimStart('.'),
            ["size"] = declaredSize ?? content.Length, ["mode"] = "hosted", ["is_external"] = false,
            ["url_private"] = url, ["url_private_download"] = url.Replace($"{id}/", $"{id}/download/", StringComparison.Ordinal),
        };
    }

    /// <summary>
    /// A shared file as Slack sometimes puts it in the event: only its id and <c>file_access: check_file_info</c>;
    /// its name and links are answered by <c>files.info</c> (form arguments, the bot token).
    /// </summary>
    public JsonObject ShareFileToCheck(string name, byte[] content, string mimetype)
    {
        var full = ShareFile(name, content, mimetype);
        fileInfos[full["id"]!.GetValue<string>()] = full;
        return new JsonObject { ["id"] = full["id"]!.DeepClone(), ["mode"] = "file_access", ["file_access"] = "check_file_info" };
    }

    private readonly ConcurrentDictionary<string, JsonObject> fileInfos = new(StringComparer.Ordinal);

    /// <summary>The next call of <paramref name="method"/> is refused with Slack's error code.</summary>
    public void Fail(string method, string error) => Queue(method).Enqueue((200, error, 0));

    /// <summary>The next call of <paramref name="method"/> is answered 429 with Retry-After.</summary>
    public void RateLimit(string method, int retryAfterSeconds) => Queue(method).Enqueue((429, null, retryAfterSeconds));

    public IReadOnlyList<SlackCall> CallsOf(string method) => [.. calls.Where(c => c.Method == method)];

    /// <summary>Waits until a call matching <paramref name="match"/> has arrived.</summary>
    public async Task<SlackCall> WaitForAsync(Func<SlackCall, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (calls.FirstOrDefault(match) is { } found) return found;
            try
            {
                await arrived.WaitAsync(TimeSpan.FromMilliseconds(100), cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching Slack call arrived; calls so far: {string.Join(", ", calls.Select(c => c.Method))}");
            }
        }
    }

    public Task<SlackCall> WaitForAsync(string method, Func<JsonObject, bool>? match = null) =>
        WaitForAsync(c => c.Method == method && (match is null || match(c.Body)));

    public void Clear() => calls.Clear();

    private ConcurrentQueue<(int, string?, int)> Queue(string method) => faults.GetOrAdd(method, _ => new());

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/socket" && context.WebSockets.IsWebSocketRequest)
        {
            await Socket.ServeAsync(context);
            return;
        }
        if (path.StartsWith("/files-pri/", StringComparison.Ordinal))
        {
            await ServeFileAsync(context, path);
            return;
        }
        var method = path.StartsWith("/api/", StringComparison.Ordinal) ? path["/api/".Length..] : path.StartsWith("/respond/", StringComparison.Ordinal) ? "response_url" : "";
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var isForm = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true;
        var body = isForm
            ? new JsonObject(text.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .Select(p => KeyValuePair.Create(Uri.UnescapeDataString(p[0].Replace('+', ' ')), (JsonNode?)Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""))))
            : (text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null) ?? [];
        if (method == "files.info") body["content_type"] = context.Request.ContentType;
        // As Slack: its read methods take their arguments from a form (or the query), never from a JSON body.
        var arguments = FormOnly.Contains(method) && !isForm ? [] : body;
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        var paced = method == "chat.postMessage" && token == BotToken ? PacedFor(body["channel"]?.ToString() ?? "") : null;
        calls.Enqueue(new SlackCall(method, body, token, DateTimeOffset.UtcNow) { Paced = paced is not null });
        arrived.Release();
        if (paced is { } retryAfter)
        {
            await JsonResponses.WriteAsync(context, 429, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" },
                new Dictionary<string, string> { ["Retry-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return;
        }

        if (faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
        {
            if (fault.Status == 429)
            {
                await JsonResponses.WriteAsync(context, 429, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" },
                    new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                return;
            }
            await JsonResponses.WriteAsync(context, 200, new JsonObject { ["ok"] = false, ["error"] = fault.Error });
            return;
        }

        if (method == "response_url")
        {
            context.Response.StatusCode = 200;
            await context.Response.WriteAsync("ok");
            return;
        }
        if (token != BotToken && !(method == "apps.connections.open" && token == AppToken))
        {
            await JsonResponses.WriteAsync(context, 200, new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" });
            return;
        }
        await JsonResponses.WriteAsync(context, 200, Answer(method, arguments));
    }

    // Seconds to wait when this post would exceed the pace (and it is not taken); null when it is taken.
    private int? PacedFor(string channel)
    {
        if (Pace is not { } pace) return null;
        lock (paceGate)
        {
            var now = DateTimeOffset.UtcNow;
            while (workspacePosts.Count > 0 && now - workspacePosts.Peek() >= TimeSpan.FromMinutes(1)) workspacePosts.Dequeue();
            if (workspacePosts.Count >= pace.WorkspacePerMinute)
                return Math.Max(1, (int)Math.Ceiling((workspacePosts.Peek() + TimeSpan.FromMinutes(1) - now).TotalSeconds));
            var window = TimeSpan.FromSeconds(pace.PerChannelBurst);
            if (!channelPosts.TryGetValue(channel, out var posts)) channelPosts[channel] = posts = new Queue<DateTimeOffset>();
            while (posts.Count > 0 && now - posts.Peek() >= window) posts.Dequeue();
            if (posts.Count >= pace.PerChannelBurst) return 1;
            posts.Enqueue(now);
            workspacePosts.Enqueue(now);
            return null;
        }
    }

    // GET /files-pri/{team}-{id}/download/{name}: the bytes with the bot token; 403 without it (the token is the credential).
    private async Task ServeFileAsync(HttpContext context, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var id = segments.Length > 1 && segments[1].StartsWith(TeamId + "-", StringComparison.Ordinal) ? segments[1][(TeamId.Length + 1)..] : "";
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        calls.Enqueue(new SlackCall("files.download", new JsonObject { ["id"] = id }, token, DateTimeOffset.UtcNow));
        arrived.Release();
        if (token != BotToken)
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("not_authed");
            return;
        }
        if (!files.TryGetValue(id, out var content))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }

    private static readonly HashSet<string> FormOnly = ["users.info", "files.info"];

    private JsonObject Answer(string method, JsonObject body)
    {
        var next = $"1700000000.{Interlocked.Increment(ref ts):D6}";
        switch (method)
        {
            case "apps.connections.open":
                return new JsonObject { ["ok"] = true, ["url"] = new Uri(host.BaseUrl, "socket").AbsoluteUri.Replace("http://", "ws://", StringComparison.Ordinal) };
            case "auth.test":
                return new JsonObject { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = "BBOT0001", ["team_id"] = TeamId, ["user"] = "meetingbot" };
            case "chat.postMessage":
            case "chat.update":
                return new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.DeepClone(), ["ts"] = next };
            case "chat.postEphemeral":
                return new JsonObject { ["ok"] = true, ["message_ts"] = next };
            case "conversations.open":
                var user = body["users"]?.GetValue<string>() ?? "";
                return Unknown.ContainsKey(user)
                    ? new JsonObject { ["ok"] = false, ["error"] = "user_not_found" }
                    : new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + user } };
            case "files.info":
                return fileInfos.TryGetValue(body["file"]?.GetValue<string>() ?? "", out var info)
                    ? new JsonObject { ["ok"] = true, ["file"] = info.DeepClone() }
                    : new JsonObject { ["ok"] = false, ["error"] = "file_not_found" };
            case "users.info":
                if (body["user"]?.GetValue<string>() is not { Length: > 0 } id) return new JsonObject { ["ok"] = false, ["error"] = "user_not_found" };
                var name = Names.TryGetValue(id, out var known) ? known : id;
                return new JsonObject
                {
                    ["ok"] = true,
                    ["user"] = new JsonObject { ["id"] = id, ["name"] = id, ["real_name"] = name, ["is_bot"] = false, ["profile"] = new JsonObject { ["display_name"] = name } },
                };
            case "views.open":
            case "views.update":
            case "views.publish":
                return new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V" + next } };
            default:
                return new JsonObject { ["ok"] = false, ["error"] = "unknown_method" };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        arrived.Dispose();
    }
}
