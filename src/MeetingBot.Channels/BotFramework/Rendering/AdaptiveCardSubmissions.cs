using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.BotFramework.Rendering;

/// <summary>
/// Reads an Action.Submit's value (the button's data with the card's inputs merged in, as Teams and Web Chat send it)
/// as a <see cref="CardSubmission"/>. A client may send any JSON: strings are kept, numbers and booleans as written,
/// and fields of any other kind are left out, so they read as absent.
/// </summary>
public static class AdaptiveCardSubmissions
{
    public static CardSubmission? Read(JsonNode? value)
    {
        if (value is not JsonObject data) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data)
            if (Scalar(node) is { } text) fields[key] = text;
        return new CardSubmission(fields);
    }

    private static string? Scalar(JsonNode? node)
    {
        if (node is not JsonValue scalar) return null;
        if (scalar.TryGetValue(out string? text)) return text;
        if (scalar.TryGetValue(out double number)) return number.ToString(CultureInfo.InvariantCulture);
        if (scalar.TryGetValue(out bool flag)) return flag ? "true" : "false";
        return null;
    }
}
