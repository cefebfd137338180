using System.Text.Json.Nodes;
using MeetingBot.TestPeers;
using NJsonSchema;
using NJsonSchema.Validation;

namespace MeetingBot.Conversation.Tests.Cards;

/// <summary>
/// What Teams and the official Web Chat client require of a card before they render it, checked on every card the
/// bot sends in these tests: the official Adaptive Card 1.5 schema (../shared/reference/schemas), plus the rules
/// the schema cannot say: input ids present and unique across the card and its ShowCards, element and action types
/// that exist in 1.5, Action.Submit data that names its action, non-empty texts and choices, and Teams' limits.
/// </summary>
public static class AdaptiveCardRules
{
    public const int MaxTopLevelActions = 6;   // Teams renders at most six
    public const int MaxCardBytes = 28 * 1024; // a card alone must leave room in Teams' 80 KB message budget, as webhooks' 28 KB limit does

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot.Find(), "..", "shared", "reference", "schemas", "adaptive-card-1.5.schema.json"));
        if (!File.Exists(path))
            throw new FileNotFoundException($"The Adaptive Card schema {path} is missing; every card test needs it.", path);
        return JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
    });

    private static readonly HashSet<string> Elements =
    [
        "TextBlock", "RichTextBlock", "Image", "ImageSet", "Media", "Container", "ColumnSet", "Column", "FactSet", "ActionSet", "Table",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
    ];

    private static readonly HashSet<string> Actions = ["Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"];

    /// <summary>Every way the card breaks a rule, empty when it is fine.</summary>
    public static IReadOnlyList<string> Check(JsonObject card)
    {
        var errors = new List<string>();
        var json = card.ToJsonString();
        errors.AddRange(Flatten(Schema.Value.Validate(json)).Select(e => $"schema {e.Path}: {e.Kind}"));
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxCardBytes) errors.Add($"card is {json.Length} characters, over {MaxCardBytes} bytes");
        if (Str(card, "type") != "AdaptiveCard") errors.Add("type is not AdaptiveCard");
        if (Str(card, "version") != "1.5") errors.Add($"version is {Str(card, "version") ?? "missing"}, not 1.5");
        if (card["actions"] is JsonArray top && top.Count > MaxTopLevelActions) errors.Add($"{top.Count} actions; Teams shows at most {MaxTopLevelActions}");

        var ids = new List<string>();
        Walk(card, "$", errors, ids);
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
            errors.Add($"input id '{duplicate.Key}' is used {duplicate.Count()} times");
        return errors;
    }

    public static void Require(MeetingBot.Core.Conversation.Cards.Card card) => Require(MeetingBot.Channels.BotFramework.Rendering.AdaptiveCardRenderer.Render(card));

    public static void Require(JsonObject card)
    {
        var errors = Check(card);
        if (errors.Count > 0)
            throw new InvalidOperationException($"The card breaks the Adaptive Card 1.5 rules:\n  {string.Join("\n  ", errors)}\n{card.ToJsonString()}");
    }

    private static void Walk(JsonObject card, string path, List<string> errors, List<string> ids)
    {
        if (card["body"] is JsonArray body)
            for (var i = 0; i < body.Count; i++) Element(body[i], $"{path}.body[{i}]", errors, ids);
        if (card["actions"] is JsonArray actions)
            for (var i = 0; i < actions.Count; i++) Action(actions[i], $"{path}.actions[{i}]", errors, ids);
    }

    private static void Element(JsonNode? node, string path, List<string> errors, List<string> ids)
    {
        if (node is not JsonObject element) { errors.Add($"{path}: not an object"); return; }
        var type = Str(element, "type");
        if (type is null || !Elements.Contains(type)) { errors.Add($"{path}: unknown element type '{type}'"); return; }
        if (type.StartsWith("Input.", StringComparison.Ordinal))
        {
            if (Str(element, "id") is { Length: > 0 } id) ids.Add(id); else errors.Add($"{path}: input without id");
            if (Str(element, "label") is not { Length: > 0 }) errors.Add($"{path}: input without a label (screen readers and Teams need one)");
            if (element["isRequired"]?.GetValue<bool>() == true && Str(element, "errorMessage") is not { Length: > 0 })
                errors.Add($"{path}: required input without errorMessage");
        }
        switch (type)
        {
            case "TextBlock" when Str(element, "text") is not { Length: > 0 }:
                errors.Add($"{path}: TextBlock without text"); break;
            case "FactSet" when element["facts"] is not JsonArray { Count: > 0 } facts || facts.Any(f => Str(f as JsonObject, "title") is null || Str(f as JsonObject, "value") is null):
                errors.Add($"{path}: FactSet needs facts with title and value"); break;
            case "Input.ChoiceSet":
                if (element["choices"] is not JsonArray { Count: > 0 } choices) { errors.Add($"{path}: ChoiceSet without choices"); break; }
                if (choices.Any(c => Str(c as JsonObject, "title") is not { Length: > 0 } || Str(c as JsonObject, "value") is null))
                    errors.Add($"{path}: every choice needs a title and a value");
                var values = choices.Select(c => Str(c as JsonObject, "value")).ToList();
                if (values.Distinct().Count() != values.Count) errors.Add($"{path}: choice values repeat");
                if (Str(element, "value") is { } chosen && element["isMultiSelect"]?.GetValue<bool>() != true && !values.Contains(chosen))
                    errors.Add($"{path}: value '{chosen}' is not one of the choices");
                break;
            case "Input.Date" when Str(element, "value") is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _):
                errors.Add($"{path}: date value '{date}' is not yyyy-MM-dd"); break;
            case "Input.Time" when Str(element, "value") is { } time && !TimeOnly.TryParseExact(time, "HH:mm", out _):
                errors.Add($"{path}: time value '{time}' is not HH:mm"); break;
        }
        foreach (var key in new[] { "items", "columns" })
            if (element[key] is JsonArray children)
                for (var i = 0; i < children.Count; i++) Element(children[i], $"{path}.{key}[{i}]", errors, ids);
        if (type == "ActionSet" && element["actions"] is JsonArray set)
            for (var i = 0; i < set.Count; i++) Action(set[i], $"{path}.actions[{i}]", errors, ids);
    }

    private static void Action(JsonNode? node, string path, List<string> errors, List<string> ids)
    {
        if (node is not JsonObject action) { errors.Add($"{path}: not an object"); return; }
        var type = Str(action, "type");
        if (type is null || !Actions.Contains(type)) { errors.Add($"{path}: unknown action type '{type}'"); return; }
        if (Str(action, "title") is not { Length: > 0 }) errors.Add($"{path}: action without a title");
        switch (type)
        {
            case "Action.Submit":
                if (action["data"] is not JsonObject data) errors.Add($"{path}: Action.Submit data must be an object");
                else
                {
                    if (Str(data, "action") is not { Length: > 0 }) errors.Add($"{path}: Action.Submit data names no action");
                    foreach (var key in data.Select(p => p.Key)) if (ids.Contains(key)) errors.Add($"{path}: data key '{key}' is also an input id (the input would overwrite it)");
                }
                break;
            case "Action.ShowCard":
                if (action["card"] is not JsonObject sub) errors.Add($"{path}: ShowCard without a card");
                else Walk(sub, $"{path}.card", errors, ids);
                break;
        }
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? [e, .. Flatten(child.Errors.SelectMany(branch => branch.Value))]
            : new[] { e });

    private static string? Str(JsonObject? o, string key) =>
        o is not null && o.TryGetPropertyValue(key, out var n) && n is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
