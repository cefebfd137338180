using System.Text.Json.Nodes;

namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// Writes Adaptive Cards of schema 1.5 with only the parts both Teams and the official Web Chat client render:
/// TextBlock, FactSet, Container, the five inputs, Action.Submit and Action.ShowCard. Every action carries
/// <see cref="CardActions.Key"/> so the conversation knows what was pressed.
/// </summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject Create(IEnumerable<JsonObject> body, IEnumerable<JsonObject>? actions = null, Lang lang = Lang.Zh)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["lang"] = lang == Lang.En ? "en" : "zh-CN",
            ["body"] = new JsonArray([.. body]),
        };
        var list = actions?.ToList() ?? [];
        if (list.Count > 0) card["actions"] = new JsonArray([.. list]);
        return card;
    }

    public static JsonObject Title(string text) => Text(text, weight: "Bolder", size: "Medium");

    public static JsonObject Text(string text, string? weight = null, string? size = null, bool subtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (subtle) block["isSubtle"] = true;
        if (color is not null) block["color"] = color;
        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(IEnumerable<JsonObject> items, bool separator = false, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator) container["separator"] = true;
        if (style is not null) container["style"] = style;
        return container;
    }

    public static JsonObject TextInput(string id, string label, string? value = null, string? placeholder = null,
        bool multiline = false, bool required = false, string? error = null, int? maxLength = null)
    {
        var input = Input("Input.Text", id, label, required, error);
        if (value is not null) input["value"] = value;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (multiline) input["isMultiline"] = true;
        if (maxLength is not null) input["maxLength"] = maxLength;
        return input;
    }

    public static JsonObject DateInput(string id, string label, DateOnly? value = null, bool required = false, string? error = null)
    {
        var input = Input("Input.Date", id, label, required, error);
        if (value is { } date) input["value"] = date.ToString("yyyy-MM-dd");
        return input;
    }

    public static JsonObject TimeInput(string id, string label, TimeOnly? value = null, bool required = false, string? error = null)
    {
        var input = Input("Input.Time", id, label, required, error);
        if (value is { } time) input["value"] = time.ToString("HH:mm");
        return input;
    }

    public static JsonObject NumberInput(string id, string label, double? value = null, double? min = null, double? max = null)
    {
        var input = Input("Input.Number", id, label, false, null);
        if (value is not null) input["value"] = value;
        if (min is not null) input["min"] = min;
        if (max is not null) input["max"] = max;
        return input;
    }

    /// <summary>A choice list: compact (a drop-down) or expanded (radio buttons).</summary>
    public static JsonObject ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices,
        string? value = null, bool expanded = false, bool required = false, string? error = null)
    {
        var input = Input("Input.ChoiceSet", id, label, required, error);
        input["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        input["style"] = expanded ? "expanded" : "compact";
        if (value is not null) input["value"] = value;
        return input;
    }

    /// <summary>A button that sends its data (with the card's inputs merged in) back as a message.</summary>
    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null) action["style"] = style;
        return action;
    }

    /// <summary>A button that unfolds a small card (e.g. a reason to fill in) with its own submit button.</summary>
    public static JsonObject ShowCard(string title, JsonObject card) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = card,
    };

    /// <summary>The card a ShowCard unfolds: no $schema and version of its own.</summary>
    public static JsonObject SubCard(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = new JsonArray([.. body]),
        ["actions"] = new JsonArray([.. actions]),
    };

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };

    private static JsonObject Input(string type, string id, string label, bool required, string? error)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = error ?? label;
        }
        return input;
    }
}
