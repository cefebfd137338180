using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Plays the Bot Connector REST API v3 at a loopback serviceUrl: answers the operations a bot uses, records every
/// request, plays queued faults (status codes, hangs) and, when Limits is set, throttles like Teams.
/// </summary>
public sealed partial class StubConnector : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly RequestLog log = new();
    private readonly FaultQueue faults = new();
    private readonly ConcurrentDictionary<string, JsonArray> members = new(StringComparer.Ordinal);
    // Cancelled on disposal so hung and slow answers let the server stop at once.
    private readonly CancellationTokenSource stopping = new();
    private LoopbackHost? host;
    private Throttle? throttle;
    private long conversationNumber;
    private long activityNumber;
    private int disposed;

    private StubConnector()
    {
    }

    public static async Task<StubConnector> StartAsync(CancellationToken cancellationToken = default)
    {
        var connector = new StubConnector();
        connector.host = await LoopbackHost.StartAsync(connector.HandleAsync, cancellationToken);
        return connector;
    }

    /// <summary>http://127.0.0.1:{port}/ (with the trailing slash), what activities carry as serviceUrl.</summary>
    public string ServiceUrl => (host ?? throw new InvalidOperationException("The stub connector is not started.")).BaseUrl.ToString();

    /// <summary>Members served for conversations without SetMembers.</summary>
    public static IReadOnlyList<object> DefaultMembers { get; } =
    [
        new { id = "29:user-1", name = "Test User", aadObjectId = "6c1b8a0e-4d1f-4a8e-9f3e-2b7d5c9a0e11" },
    ];

    /// <summary>Whether bodies are kept; off, Body is "" (saves memory under load) and counts still work.</summary>
    public bool RecordBodies { get; set; } = true;

    /// <summary>Teams-like throttling; null (the default) answers everything.</summary>
    public ThrottleLimits? Limits
    {
        get => Volatile.Read(ref throttle)?.Limits;
        // A new set of limits starts with empty windows.
        set => Volatile.Write(ref throttle, value is null ? null : new Throttle(value));
    }

    /// <summary>Requests served since the start or the last Clear, hung ones included.</summary>
    public int Count => log.Count;

    /// <summary>The requests so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests => log.Snapshot();

    /// <summary>How many requests the queued faults still apply to.</summary>
    public int PendingFaults => faults.Remaining;

    /// <summary>
    /// The first request so far (since the last Clear) that matches, or the first to arrive; throws a
    /// TimeoutException listing what did arrive when none does within the timeout (default 10 s).
    /// </summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool>? match = null, TimeSpan? timeout = null) =>
        log.WaitForAsync(match, timeout ?? DefaultWait);

    /// <summary>Waits until Count reaches count (default timeout 10 s).</summary>
    public Task WaitForCountAsync(int count, TimeSpan? timeout = null) => log.WaitForCountAsync(count, timeout ?? DefaultWait);

    /// <summary>Forgets the recorded requests and resets Count (queued faults and members stay).</summary>
    public void Clear() => log.Clear();

    /// <summary>
    /// Plays fault instead of the normal answer for the next times requests (those matching match, if given).
    /// Faults apply in the order they were queued.
    /// </summary>
    public void EnqueueFault(StubFault fault, int times = 1, Func<RecordedRequest, bool>? match = null) =>
        faults.Enqueue(fault, times, match);

    public void ClearFaults() => faults.Clear();

    /// <summary>What GET members / pagedmembers answer for this conversation (any JSON-serialisable objects).</summary>
    public void SetMembers(string conversationId, IEnumerable<object> conversationMembers) =>
        members[conversationId] = ToJsonArray(conversationMembers);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        await stopping.CancelAsync();
        if (host is not null)
            await host.DisposeAsync();
    }

    private JsonArray MembersOf(string conversationId) =>
        members.TryGetValue(conversationId, out var list) ? list : ToJsonArray(DefaultMembers);

    private static JsonArray ToJsonArray(IEnumerable<object> items) =>
        JsonSerializer.SerializeToNode(items.ToArray(), JsonResponses.Web)!.AsArray();
}
