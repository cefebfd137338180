using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>A web chat session as /webchat/session gives it: the Direct Line token, the conversation, the user.</summary>
public sealed record DirectLineSession(string Token, string ConversationId, string UserId, string UserName);

/// <summary>
/// The official Direct Line client (botframework-directlinejs, pinned in tools/webchat and installed by ./test.sh)
/// in Chromium, in a page of the host's own origin, as a web page embedding it would have it: its own XHRs, its own
/// WebSocket or polling, its own watermark. Each client started here keeps everything it received in
/// <c>window.clients[name]</c> for the test to read. Missing, the bundle fails the test loudly.
/// </summary>
public sealed class DirectLineJsPage : IAsyncDisposable
{
    // What the page holds: the clients started, their activities, statuses and errors, and a promise-returning post.
    private const string Harness = """
        window.clients = {};
        window.startClient = function (name, options) {
          var dl = new DirectLine.DirectLine(Object.assign({ domain: location.origin + '/v3/directline' }, options));
          var client = { dl: dl, activities: [], statuses: [], errors: [] };
          dl.connectionStatus$.subscribe(function (s) { client.statuses.push(s); });
          dl.activity$.subscribe(function (a) { client.activities.push(a); }, function (e) { client.errors.push(String(e && e.message || e)); });
          window.clients[name] = client;
        };
        window.post = function (name, activity) {
          return new Promise(function (resolve, reject) {
            window.clients[name].dl.postActivity(activity).subscribe(resolve, function (e) { reject(new Error(String(e && e.message || e))); });
          });
        };
        """;

    private readonly IBrowserContext context;

    // Filled by Playwright's event threads while a test reads them: each read takes a snapshot.
    private readonly ConcurrentQueue<string> problems = new(), requests = new(), socketLog = new(), sockets = new();

    private DirectLineJsPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>What the page logged as errors (console errors, uncaught exceptions): a test expects none.</summary>
    public IReadOnlyList<string> Problems => [.. problems];

    /// <summary>The Direct Line calls the client made, as "METHOD path?query", in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>What happened on the sockets (frames received, closes, errors), for a failure's message.</summary>
    public IReadOnlyList<string> SocketLog => [.. socketLog];

    /// <summary>The URLs of the WebSockets the client opened, in order.</summary>
    public IReadOnlyList<string> Sockets => [.. sockets];

    public static async Task<DirectLineJsPage> OpenAsync(IBrowser browser, WebChatHost host)
    {
        var bundle = FindBundle();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        context.SetDefaultTimeout((float)ChatPage.ReplyTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var opened = new DirectLineJsPage(context, page);
        page.Console += (_, message) => { if (message.Type == "error") opened.problems.Enqueue(message.Text); };
        page.PageError += (_, error) => opened.problems.Enqueue(error);
        page.Request += (_, request) => { if (request.Url.Contains("/v3/directline/", StringComparison.Ordinal)) opened.requests.Enqueue($"{request.Method} {new Uri(request.Url).PathAndQuery}"); };
        page.WebSocket += (_, socket) =>
        {
            opened.sockets.Enqueue(socket.Url);
            socket.FrameReceived += (_, frame) => opened.socketLog.Enqueue($"frame {frame.Text?.Length}");
            socket.Close += (_, _) => opened.socketLog.Enqueue("close");
            socket.SocketError += (_, error) => opened.socketLog.Enqueue($"error {error}");
        };

        // The host's own web chat page, so the document is of the host's origin and address space as an embedding
        // page would be (Chromium blocks a socket to loopback from a page served by anything else: Local Network
        // Access); its own script is left out (it would start a chat of its own) and the official client goes in.
        await page.RouteAsync(new Uri(host.BaseUrl, "app.js").ToString(), route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = "" }));
        await page.GotoAsync(host.BaseUrl.ToString());
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = bundle });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Harness });
        await page.WaitForFunctionAsync("() => typeof DirectLine !== 'undefined' && typeof window.startClient === 'function'");
        return opened;
    }

    /// <summary>A session as the web chat page starts one: the joint meeting and persona chosen, a token for its conversation.</summary>
    public static async Task<DirectLineSession> SessionAsync(WebChatHost host, string jointMeetingId, string persona)
    {
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        using var response = await http.PostAsJsonAsync("webchat/session", new { jointMeetingId, persona, locale = "zh-CN" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.EnsureSuccessStatusCode();
        return new DirectLineSession(body.GetProperty("token").GetString()!, body.GetProperty("conversationId").GetString()!,
            body.GetProperty("user").GetProperty("id").GetString()!, body.GetProperty("user").GetProperty("name").GetString()!);
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());

    // The bundle in tools/webchat/node_modules, found from the test's folder up to the repository's root.
    private static string FindBundle()
    {
        const string relative = "tools/webchat/node_modules/botframework-directlinejs/dist/directline.js";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "tools", "webchat", "package.json"))) continue;
            var bundle = Path.Combine(dir.FullName, relative);
            return File.Exists(bundle)
                ? bundle
                : throw new InvalidOperationException($"The official Direct Line client is missing ({bundle}). Run ./test.sh (it installs it) or: npm ci --prefix tools/webchat");
        }
        throw new InvalidOperationException($"No tools/webchat above {AppContext.BaseDirectory}: these tests run from the repository's build output.");
    }
}
