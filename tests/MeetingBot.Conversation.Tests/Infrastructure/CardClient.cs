using System.Text.Json.Nodes;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>What a card client does when a button is pressed: gather the inputs, check the required ones, merge them into the data.</summary>
internal static class CardClient
{
    public static JsonObject Submit(JsonObject card, string button, IReadOnlyDictionary<string, string> inputs)
    {
        // The inputs a client gathers: those of the card and of the ShowCard the button sits in.
        var (action, scope) = FindAction(card, button, [card])
            ?? throw new InvalidOperationException($"No button \"{button}\" on the card; it has: {string.Join(", ", Titles(card))}");
        if (action["type"]?.GetValue<string>() != "Action.Submit")
            throw new InvalidOperationException($"\"{button}\" is a {action["type"]}, not a submit button.");

        var fields = scope.SelectMany(Inputs).ToList();
        foreach (var key in inputs.Keys)
            if (fields.All(f => f["id"]?.GetValue<string>() != key))
                throw new InvalidOperationException($"The card has no input \"{key}\"; it has: {string.Join(", ", fields.Select(f => f["id"]))}");

        var value = action["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [];
        foreach (var field in fields)
        {
            var id = field["id"]!.GetValue<string>();
            var given = inputs.TryGetValue(id, out var typed) ? typed : field["value"]?.ToString() ?? "";
            if (field["isRequired"]?.GetValue<bool>() == true && given.Length == 0)
                throw new InvalidOperationException($"The client refuses to submit: required input \"{id}\" is empty ({field["errorMessage"]}).");
            value[id] = given;
        }
        return value;
    }

    private static (JsonObject Action, List<JsonObject> Scope)? FindAction(JsonObject card, string title, List<JsonObject> scope)
    {
        foreach (var action in ActionsOf(card))
        {
            if (action["title"]?.GetValue<string>() == title) return (action, scope);
            if (action["card"] is JsonObject sub && FindAction(sub, title, [.. scope, sub]) is { } found) return found;
        }
        return null;
    }

    private static IEnumerable<JsonObject> ActionsOf(JsonObject card)
    {
        if (card["actions"] is JsonArray top) foreach (var a in top.OfType<JsonObject>()) yield return a;
        foreach (var element in Elements(card))
            if (element["type"]?.GetValue<string>() == "ActionSet" && element["actions"] is JsonArray set)
                foreach (var a in set.OfType<JsonObject>()) yield return a;
    }

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Elements(card).Where(e => e["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);

    private static IEnumerable<JsonObject> Elements(JsonObject card)
    {
        var stack = new Stack<JsonObject>((card["body"] as JsonArray ?? []).OfType<JsonObject>().Reverse());
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var key in new[] { "items", "columns" })
                if (element[key] is JsonArray children)
                    foreach (var child in children.OfType<JsonObject>().Reverse()) stack.Push(child);
        }
    }

    private static IEnumerable<string> Titles(JsonObject card) =>
        ActionsOf(card).SelectMany(a => a["card"] is JsonObject sub ? [a["title"]!.GetValue<string>(), .. Titles(sub)] : new[] { a["title"]!.GetValue<string>() });
}
