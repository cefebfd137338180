using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>
/// The conversation's neutral cards as Slack Block Kit, within Slack's limits: texts as sections (split at 3,000
/// characters), a large bold title as a header, facts as section fields (10 a section), inputs as input blocks
/// (block and action id = the input's id, so an error can name its field), buttons in actions blocks (25 a block)
/// whose value is the button's submission data as JSON. An unfolding card (ShowCard) has no Block Kit equivalent:
/// its inputs and buttons follow under its title. Every text a person wrote is escaped (see <see cref="SlackText"/>).
/// </summary>
public static class BlockKitRenderer
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxHeaderText = 150;
    public const int MaxFieldText = 2000;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxOptions = 100;
    public const int MaxLabel = 2000;
    public const int MaxPlaceholder = 150;
    public const int MaxInputLength = 3000;

    /// <summary>The prefix of every button's action id; the rest numbers the button within its surface.</summary>
    public const string ButtonPrefix = "mb_";

    public static JsonArray Blocks(Card card)
    {
        var blocks = new List<JsonObject>();
        var buttons = 0;
        foreach (var element in card.Body) Element(blocks, element, ref buttons);
        Actions(blocks, card.Actions, ref buttons);
        return new JsonArray([.. blocks]);
    }

    public static bool HasInputs(Card card) => Inputs(card.Body).Any() || card.Actions.OfType<CardShowCard>().Any(s => Inputs(s.Body).Any());

    public static IEnumerable<CardInput> Inputs(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        CardInput input => [input],
        CardGroup group => Inputs(group.Items),
        _ => Enumerable.Empty<CardInput>(),
    });

    /// <summary>The data a button sends back, as its value; null when it is over Slack's 2,000 characters.</summary>
    public static string? ButtonValue(CardSubmission data)
    {
        var json = new JsonObject();
        foreach (var (key, value) in data.Fields) json[key] = value;
        var text = json.ToJsonString();
        return text.Length <= MaxButtonValue ? text : null;
    }

    /// <summary>A button's value read back; null when it is not ours.</summary>
    public static Dictionary<string, string>? ReadButtonValue(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxButtonValue) return null;
        try
        {
            if (JsonNode.Parse(value) is not JsonObject data) return null;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, node) in data)
                if (node is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String) fields[key] = scalar.GetValue<string>();
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Element(List<JsonObject> blocks, CardElement element, ref int buttons)
    {
        switch (element)
        {
            case CardText text:
                Text(blocks, text);
                break;
            case CardFacts facts:
                foreach (var chunk in facts.Facts.Chunk(10))
                    blocks.Add(new JsonObject
                    {
                        ["type"] = "section",
                        ["fields"] = new JsonArray([.. chunk.Select(f => (JsonNode)Mrkdwn(SlackText.Cap($"*{SlackText.Escape(f.Title)}*\n{SlackText.ToMrkdwn(f.Value)}", MaxFieldText)))]),
                    });
                break;
            case CardGroup group:
                if (group.Separator) blocks.Add(new JsonObject { ["type"] = "divider" });
                foreach (var item in group.Items) Element(blocks, item, ref buttons);
                break;
            case CardButtons row:
                Actions(blocks, row.Actions, ref buttons);
                break;
            case CardInput input:
                blocks.Add(Input(input));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, "no Block Kit rendering for this element");
        }
    }

    private static void Text(List<JsonObject> blocks, CardText text)
    {
        if (text.Size == TextSize.Large && text.Bold && text.Text.Length <= MaxHeaderText && !text.Text.Contains('\n'))
        {
            blocks.Add(new JsonObject { ["type"] = "header", ["text"] = Plain(text.Text) });
            return;
        }
        var mrkdwn = SlackText.ToMrkdwn(text.Text);
        if (text.Bold) mrkdwn = string.Join('\n', mrkdwn.Split('\n').Select(line => line.Trim().Length == 0 || line.Contains('*') ? line : $"*{line.Trim()}*"));
        if (text.Attention) mrkdwn = ":warning: " + mrkdwn;
        foreach (var part in SlackText.Split(mrkdwn, MaxSectionText))
        {
            blocks.Add(text.Subtle || text.Size == TextSize.Small
                ? new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(part)) }
                : new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(part) });
        }
    }

    private static void Actions(List<JsonObject> blocks, IReadOnlyList<CardAction> actions, ref int buttons)
    {
        var row = new List<JsonObject>();
        foreach (var action in actions)
        {
            switch (action)
            {
                case CardSubmit submit when ButtonValue(submit.Data) is { } value:
                    var button = new JsonObject
                    {
                        ["type"] = "button",
                        ["action_id"] = ButtonPrefix + (buttons++).ToString(CultureInfo.InvariantCulture),
                        ["text"] = Plain(SlackText.Cap(submit.Title, MaxButtonText)),
                        ["value"] = value,
                    };
                    if (submit.Style != ButtonStyle.Default) button["style"] = submit.Style == ButtonStyle.Positive ? "primary" : "danger";
                    row.Add(button);
                    break;
                case CardShowCard show:
                    // Slack has nothing that unfolds: what it would show follows, under its title.
                    Flush(blocks, row);
                    blocks.Add(new JsonObject { ["type"] = "divider" });
                    blocks.Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn($"*{SlackText.Escape(show.Title)}*") });
                    foreach (var element in show.Body) Element(blocks, element, ref buttons);
                    Actions(blocks, show.Actions, ref buttons);
                    break;
            }
        }
        Flush(blocks, row);
    }

    private static void Flush(List<JsonObject> blocks, List<JsonObject> row)
    {
        foreach (var chunk in row.Chunk(25))
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. chunk]) });
        row.Clear();
    }

    private static JsonObject Input(CardInput input)
    {
        var element = input switch
        {
            CardTextInput text => TextElement(text),
            CardDateInput date => WithValue(new JsonObject { ["type"] = "datepicker" }, "initial_date", date.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CardTimeInput time => WithValue(new JsonObject { ["type"] = "timepicker" }, "initial_time", time.Value?.ToString("HH:mm", CultureInfo.InvariantCulture)),
            CardNumberInput number => NumberElement(number),
            CardChoiceInput choice => ChoiceElement(choice),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, "no Block Kit input for this kind"),
        };
        element["action_id"] = input.Id;
        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = input.Id,
            ["label"] = Plain(SlackText.Cap(input.Label, MaxLabel)),
            ["optional"] = !input.Required,
            ["element"] = element,
        };
    }

    private static JsonObject TextElement(CardTextInput text)
    {
        var element = new JsonObject { ["type"] = "plain_text_input", ["multiline"] = text.Multiline };
        WithValue(element, "initial_value", text.Value is null ? null : SlackText.Cap(text.Value, MaxInputLength));
        if (text.Placeholder is not null) element["placeholder"] = Plain(SlackText.Cap(text.Placeholder, MaxPlaceholder));
        element["max_length"] = Math.Min(text.MaxLength ?? MaxInputLength, MaxInputLength);
        return element;
    }

    private static JsonObject NumberElement(CardNumberInput number)
    {
        var element = new JsonObject { ["type"] = "number_input", ["is_decimal_allowed"] = true };
        WithValue(element, "initial_value", number.Value?.ToString(CultureInfo.InvariantCulture));
        WithValue(element, "min_value", number.Min?.ToString(CultureInfo.InvariantCulture));
        WithValue(element, "max_value", number.Max?.ToString(CultureInfo.InvariantCulture));
        return element;
    }

    private static JsonObject ChoiceElement(CardChoiceInput choice)
    {
        var options = choice.Choices.Take(MaxOptions).Where(c => c.Value.Length <= MaxOptionValue)
            .Select(c => new JsonObject { ["text"] = Plain(SlackText.Cap(c.Title, MaxOptionText)), ["value"] = c.Value }).ToList();
        var element = new JsonObject { ["type"] = choice.Expanded && options.Count <= 10 ? "radio_buttons" : "static_select", ["options"] = new JsonArray([.. options]) };
        if (options.FirstOrDefault(o => o["value"]!.GetValue<string>() == choice.Value) is { } initial) element["initial_option"] = initial.DeepClone();
        return element;
    }

    private static JsonObject WithValue(JsonObject element, string key, string? value)
    {
        if (value is not null) element[key] = value;
        return element;
    }

    public static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text.Length == 0 ? " " : text, ["emoji"] = true };

    public static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text.Length == 0 ? " " : text };
}
