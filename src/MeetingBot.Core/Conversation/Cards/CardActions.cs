using System.Globalization;
using System.Text.Json.Nodes;

namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// The data every card button sends back: which action (<see cref="Key"/>), which joint meeting it was about
/// (<see cref="JointMeetingKey"/>), the card's language, and fields of its own. Inputs are merged in by the client.
/// Everything read back is untrusted: a client may send any JSON, so wrong kinds read as absent.
/// </summary>
public static class CardActions
{
    public const string Key = "action";
    public const string JointMeetingKey = "jm";
    public const string LanguageKey = "lang";

    /// <summary>What the person said before a choice was needed, answered after it (see ConversationTurn.ContinueWith).</summary>
    public const string ThenKey = "then";

    public static JsonObject Data(string action, string? jointMeetingId, Lang lang, params (string Key, string? Value)[] fields)
    {
        var data = new JsonObject { [Key] = action, [LanguageKey] = lang.Code() };
        if (jointMeetingId is not null) data[JointMeetingKey] = jointMeetingId;
        foreach (var (key, value) in fields)
            if (value is not null) data[key] = value;
        return data;
    }

    public static string? ActionOf(JsonObject? value) => String(value, Key);

    /// <summary>A field as text: strings as they are, numbers and booleans as written; anything else is absent.</summary>
    public static string? String(JsonObject? value, string key)
    {
        if (value is null || !value.TryGetPropertyValue(key, out var node) || node is not JsonValue scalar) return null;
        if (scalar.TryGetValue(out string? text)) return text;
        if (scalar.TryGetValue(out double number)) return number.ToString(CultureInfo.InvariantCulture);
        if (scalar.TryGetValue(out bool flag)) return flag ? "true" : "false";
        return null;
    }

    /// <summary>A field as trimmed text, null when absent or blank.</summary>
    public static string? Trimmed(JsonObject? value, string key) =>
        String(value, key)?.Trim() is { Length: > 0 } text ? text : null;
}
