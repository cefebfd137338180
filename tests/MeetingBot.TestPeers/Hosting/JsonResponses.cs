using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Hosting;

/// <summary>Writes JSON answers the way the real services do (UTF-8, application/json, camelCase from objects).</summary>
internal static class JsonResponses
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, int status, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        WriteAsync(context, status, body.ToJsonString(Web), headers);

    public static async Task WriteAsync(HttpContext context, int status, string json, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (headers is not null)
            foreach (var (name, value) in headers)
                response.Headers[name] = value;
        response.ContentType = "application/json; charset=utf-8";
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
