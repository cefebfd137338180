using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>Reading request bodies: size-capped, strict JSON only, with a plain reason when they are not acceptable.</summary>
internal static class DirectLineBodies
{
    /// <summary>Far above a typed message or a submitted card, far below what could hurt the host.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public sealed record Read<T>(T? Value, string? Problem);

    /// <summary>
    /// The body, or why it is not acceptable: too large, cut short, or not JSON by <see cref="StrictJson"/>'s rule
    /// (duplicate keys and invalid text included). Every Direct Line and web chat body comes through here.
    /// </summary>
    private static async Task<Read<byte[]>> JsonBytesAsync(HttpContext http, string what)
    {
        var body = await RequestBodies.ReadAsync(http, MaxBodyBytes);
        switch (body.Outcome)
        {
            case BodyOutcome.TooLarge:
                return new(null, $"{what} is larger than {MaxBodyBytes / 1024} KB");
            case BodyOutcome.Incomplete or BodyOutcome.Abandoned:
                return new(null, $"{what} did not arrive whole (cut short, or sent too slowly)");
        }

        var bytes = body.Bytes!;
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')) return new([], null);
        return StrictJson.Problem(bytes) is { } problem ? new(null, problem) : new(bytes, null);
    }

    /// <summary>An optional JSON object body (a missing or empty body is an empty object).</summary>
    public static async Task<Read<JsonObject>> ObjectAsync(HttpContext http)
    {
        var read = await JsonBytesAsync(http, "the body");
        if (read.Value is not { } bytes) return new(null, read.Problem);
        if (bytes.Length == 0) return new([], null);
        try
        {
            return JsonNode.Parse(bytes) is JsonObject body ? new(body, null) : new(null, "the body must be a JSON object");
        }
        catch (JsonException e)
        {
            return new(null, $"the body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>One activity: a JSON object with a type.</summary>
    public static async Task<Read<Activity>> ActivityAsync(HttpContext http)
    {
        var read = await JsonBytesAsync(http, "the activity");
        if (read.Value is not { } bytes) return new(null, read.Problem);
        if (bytes.Length == 0) return new(null, "the body is empty (an activity is a JSON object)");
        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(bytes);
        }
        catch (JsonException e)
        {
            return new(null, $"the body is not a valid activity: {e.Message}");
        }
        if (activity is null) return new(null, "the body is not an activity (it is JSON null)");
        if (string.IsNullOrWhiteSpace(activity.Type)) return new(null, "the activity has no type");
        return new(activity, null);
    }

    /// <summary>A string property of an object, null when absent; a problem when present and not a string.</summary>
    public static bool TryString(JsonObject? body, string key, out string? value)
    {
        value = null;
        if (body is null || !body.TryGetPropertyValue(key, out var node) || node is null) return true;
        return node is JsonValue scalar && scalar.TryGetValue(out value);
    }
}
