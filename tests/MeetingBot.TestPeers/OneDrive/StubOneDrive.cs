using System.Collections.Concurrent;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.OneDrive;

/// <summary>
/// Plays OneDrive's upload sessions on loopback (the uploadUrl Teams gives a bot when a person accepts a file):
/// records every PUT with its Content-Range, Authorization and bytes, answers 201 for the last byte range (202
/// before it), and can be told to fail with a status for the next uploads.
/// </summary>
public sealed class StubOneDrive : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedPut> puts = new();
    private LoopbackHost? host;
    private int failWith;

    public static async Task<StubOneDrive> StartAsync(CancellationToken cancellationToken = default)
    {
        var drive = new StubOneDrive();
        drive.host = await LoopbackHost.StartAsync(drive.HandleAsync, cancellationToken);
        return drive;
    }

    public IReadOnlyList<RecordedPut> Puts => [.. puts];

    /// <summary>An upload session's URL on this stand-in (http on loopback).</summary>
    public string SessionUrl(string session) => new Uri(host!.BaseUrl, "upload/" + session).ToString();

    /// <summary>Every PUT from now on is answered with this status (0: succeed again).</summary>
    public void FailWith(int status) => Volatile.Write(ref failWith, status);

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var range = context.Request.Headers.ContentRange.ToString();
        puts.Enqueue(new RecordedPut(context.Request.Method, context.Request.Path, range, context.Request.Headers.Authorization.ToString(), body.ToArray()));
        var failure = Volatile.Read(ref failWith);
        if (failure != 0)
        {
            context.Response.StatusCode = failure;
            return;
        }
        // "bytes a-b/n": the last range completes the file.
        var last = range.Split('/') is [var span, var total] && span.Split('-') is [_, var end] && long.TryParse(end, out var e) && long.TryParse(total, out var n) && e + 1 == n;
        context.Response.StatusCode = last ? StatusCodes.Status201Created : StatusCodes.Status202Accepted;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
    }
}

public sealed record RecordedPut(string Method, string Path, string ContentRange, string Authorization, byte[] Body);
