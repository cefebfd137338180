using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace MeetingBot.Fuzz;

/// <summary>One request of the run: what it is called in the report, and how to build it (a fresh message each time).</summary>
public sealed record FuzzCase(string Name, Func<HttpRequestMessage> Build);

/// <summary>
/// Sends requests with a bounded concurrency and counts what came back: by status class and by case, 5xx answers,
/// and hangs (no answer within <see cref="Timeout"/>).
/// </summary>
public sealed class FuzzClient(Uri baseUrl, int concurrency) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseUrl,
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public int Sent;
    public int Hangs;
    public int TransportErrors;
    public readonly ConcurrentDictionary<int, int> ByStatus = new();
    public readonly ConcurrentDictionary<string, int> ServerErrorsByCase = new();
    public readonly ConcurrentDictionary<string, int> HangsByCase = new();

    public int ServerErrors => ByStatus.Where(s => s.Key >= 500).Sum(s => s.Value);

    public async Task RunAsync(IEnumerable<FuzzCase> cases)
    {
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (c, _) => await SendAsync(c));
    }

    /// <summary>Sends one request; the body read in full (a slow or endless answer counts as a hang).</summary>
    public async Task<(int Status, string Body)> SendAsync(FuzzCase c)
    {
        Interlocked.Increment(ref Sent);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var request = c.Build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500) ServerErrorsByCase.AddOrUpdate(c.Name, 1, (_, n) => n + 1);
            return (status, body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Interlocked.Increment(ref Hangs);
            HangsByCase.AddOrUpdate(c.Name, 1, (_, n) => n + 1);
            return (0, "");
        }
        catch (HttpRequestException)
        {
            // The host closing a connection on a body it refuses is an answer too, not a failure of the host.
            Interlocked.Increment(ref TransportErrors);
            return (-1, "");
        }
    }

    public static HttpRequestMessage Json(HttpMethod method, string path, string? body, string? token = null, string contentType = "application/json",
        params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", contentType } } };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public void Dispose() => http.Dispose();
}

/// <summary>The host process's resident memory, from /proc.</summary>
public static class ProcessMemory
{
    public static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return Process.GetProcessById(pid).WorkingSet64;
    }
}
