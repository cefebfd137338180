using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Files a Teams message links to, served from the stub's own host: a file uploaded in a personal chat (its
/// pre-authorised downloadUrl) or one shared in a group (a contentUrl on the serviceUrl's host, which the bot fetches
/// with its Connector token). Downloads are kept apart from the Connector requests, with the Authorization each carried.
/// </summary>
public sealed partial class StubConnector
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FileDownload> downloads = new();

    /// <summary>Serves the bytes at a new URL on this stub and returns it.</summary>
    public string ServeFile(string name, byte[] content)
    {
        var path = $"/files/{Guid.NewGuid():N}/{Uri.EscapeDataString(name)}";
        files[path] = content;
        return ServiceUrl.TrimEnd('/') + path;
    }

    /// <summary>The file downloads so far, in order.</summary>
    public IReadOnlyList<FileDownload> Downloads => [.. downloads];

    private async Task<bool> TryServeFileAsync(HttpContext context, string path)
    {
        if (!path.StartsWith("/files/", StringComparison.Ordinal)) return false;
        downloads.Enqueue(new FileDownload(path, context.Request.Headers.Authorization.FirstOrDefault()));
        if (context.Request.Method != HttpMethods.Get || !files.TryGetValue(path, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return true;
        }
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
        return true;
    }
}

/// <summary>A file fetched from the stub, with the Authorization header it came with (null when none).</summary>
public sealed record FileDownload(string Path, string? Authorization);
