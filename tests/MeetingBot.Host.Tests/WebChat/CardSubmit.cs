using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>What Web Chat posts when an Action.Submit is pressed: the action's data with every input of the card merged in.</summary>
public static class CardSubmit
{
    public static JsonObject Value(JsonObject card, string title, IReadOnlyDictionary<string, string> inputs)
    {
        var action = Nodes(card).FirstOrDefault(n => n["type"]?.GetValue<string>() == "Action.Submit" && n["title"]?.GetValue<string>() == title)
            ?? throw new InvalidOperationException($"No Action.Submit titled \"{title}\" on the card.");
        var value = action["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [];
        foreach (var input in Nodes(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = input["id"]!.GetValue<string>();
            value[id] = inputs.TryGetValue(id, out var typed) ? typed : input["value"]?.ToString() ?? "";
        }
        foreach (var key in inputs.Keys)
            if (!value.ContainsKey(key)) throw new InvalidOperationException($"The card has no input \"{key}\".");
        return value;
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
        }
    }
}
