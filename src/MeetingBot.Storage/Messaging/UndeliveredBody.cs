using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Writes an undelivered message as a row body that fits the engine's limits, because a record of a failure that
/// cannot be stored would be a second failure, and a silent one. The reason is cut at
/// <see cref="MaxReasonLength"/>. An activity too long for the row is first rewritten compactly (the same JSON
/// without indentation, Chinese as itself instead of six-character \uXXXX escapes); if that is still too long it
/// is cut, and stored in its place as <c>{"truncated":true,"originalLength":N,"start":"…"}</c>: still JSON, and
/// saying plainly what it is.
/// </summary>
internal static class UndeliveredBody
{
    /// <summary>Characters of the reason kept: enough for a status line and an error body.</summary>
    public const int MaxReasonLength = 8_000;

    private static readonly JsonWriterOptions Compactly = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(UndeliveredMessage message, DateTimeOffset recordedAt)
    {
        var row = UndeliveredRow.From(message, recordedAt) with { Reason = Cut(message.Reason) };
        // Only the length can bind: at most six request bytes a character (EntityLimits.RequestBytes), a body of
        // MaxBodyLength characters stays within MaxBatchBodyBytes.
        var body = StateJson.Write(row);
        if (body.Length <= EntityLimits.MaxBodyLength)
            return body;

        var activity = Compact(message.ActivityJson);
        body = StateJson.Write(row with { ActivityJson = activity });
        var kept = activity.Length;
        while (body.Length > EntityLimits.MaxBodyLength && kept > 0)
        {
            // Each character cut shortens the body by at least one (more where JSON escapes it), so this ends,
            // usually on the second pass: the first cannot know how much the wrapper's escaping adds.
            kept = KeepWhole(activity, Math.Max(0, kept - (body.Length - EntityLimits.MaxBodyLength)));
            var truncated = new TruncatedActivity(true, message.ActivityJson.Length, activity[..kept]);
            body = StateJson.Write(row with { ActivityJson = StateJson.Write(truncated) });
        }
        return body;
    }

    /// <summary>The same JSON, written as short as it goes; the text as it is when it is not JSON.</summary>
    private static string Compact(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var buffer = new ArrayBufferWriter<byte>(json.Length);
            using (var writer = new Utf8JsonWriter(buffer, Compactly))
                document.RootElement.WriteTo(writer);
            var compact = Encoding.UTF8.GetString(buffer.WrittenSpan);
            return compact.Length < json.Length ? compact : json;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return json;
        }
    }

    private static string Cut(string reason) => reason.Length <= MaxReasonLength
        ? reason
        : string.Create(CultureInfo.InvariantCulture, $"{reason[..KeepWhole(reason, MaxReasonLength)]}… [cut: {reason.Length:N0} characters in all]");

    // Never cut between the halves of a surrogate pair: half a character is not text an engine stores.
    private static int KeepWhole(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;

    private sealed record TruncatedActivity(bool Truncated, int OriginalLength, string Start);
}
