using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>
/// A pressed button or a submitted modal as the conversation reads it: the button's data (its value, or the
/// modal's submit data) with the inputs' current values merged in, from Slack's <c>state.values</c>
/// (<c>{block_id: {action_id: {type, value | selected_date | selected_time | selected_option}}}</c>). The
/// button's action, joint meeting and language are never overwritten by an input. Everything stays untrusted.
/// </summary>
public static class SlackSubmissions
{
    private static readonly HashSet<string> Reserved = [CardActions.Key, CardActions.JointMeetingKey, CardActions.LanguageKey];

    public static CardSubmission Read(IReadOnlyDictionary<string, string>? data, JsonNode? stateValues)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Values(stateValues))
            if (!Reserved.Contains(key)) fields[key] = value;
        if (data is not null)
            foreach (var (key, value) in data)
                if (Reserved.Contains(key) || !fields.ContainsKey(key)) fields[key] = value;
        return new CardSubmission(fields);
    }

    /// <summary>Each input's value by its action id (blank inputs are left out, as a client leaves them empty).</summary>
    public static IEnumerable<(string Id, string Value)> Values(JsonNode? stateValues)
    {
        if (stateValues is not JsonObject blocks) yield break;
        foreach (var (_, block) in blocks)
        {
            if (block is not JsonObject actions) continue;
            foreach (var (actionId, state) in actions)
                if (state is JsonObject input && ValueOf(input) is { } value) yield return (actionId, value);
        }
    }

    private static string? ValueOf(JsonObject input)
    {
        foreach (var key in new[] { "value", "selected_date", "selected_time" })
            if (input[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        if (input["selected_option"] is JsonObject option && option["value"] is JsonValue selected && selected.GetValueKind() == JsonValueKind.String)
            return selected.GetValue<string>();
        return null;
    }
}
