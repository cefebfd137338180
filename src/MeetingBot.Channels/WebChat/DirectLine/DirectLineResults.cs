using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>The JSON answers of the Direct Line endpoint: conversation and token objects, activity sets, errors.</summary>
internal static class DirectLineResults
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Object(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(Json), "application/json; charset=utf-8", null, status);

    /// <summary>The Direct Line error body, <c>{"error":{"code","message"}}</c>, with the status.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Content(System.Text.Encoding.UTF8.GetString(BotJson.SerializeToUtf8(ErrorResponse.Of(code, message))), "application/json; charset=utf-8", null, status);

    /// <summary><c>{"activities":[…],"watermark":"…"}</c>, the activities written as they were stored.</summary>
    public static IResult ActivitySet(ActivityPage page) => Results.Bytes(ActivitySetBytes(page), "application/json; charset=utf-8");

    public static byte[] ActivitySetBytes(ActivityPage page)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in page.Activities) writer.WriteRawValue(activity, skipInputValidation: true);
            writer.WriteEndArray();
            if (page.Watermark is not null) writer.WriteString("watermark", page.Watermark);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
