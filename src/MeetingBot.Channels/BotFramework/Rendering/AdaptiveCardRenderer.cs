using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.BotFramework.Rendering;

/// <summary>
/// Renders the conversation's cards as Adaptive Cards of schema 1.5, with only the parts both Teams and the official
/// Web Chat client render: TextBlock, FactSet, Container, ActionSet, the five inputs, Action.Submit and
/// Action.ShowCard. A button's data is its <see cref="CardSubmission"/>'s fields, which the client sends back with
/// the card's inputs merged in (read by <see cref="AdaptiveCardSubmissions"/>).
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>
    /// What one card may weigh: Teams refuses messages over about 28 KB of card, and a page is filled up to this
    /// much so that what the channel adds around it (fallback text, file buttons) still fits.
    /// </summary>
    public const int MaxCardBytes = 24 * 1024;

    /// <summary>What Teams takes of one card: a card with its message's text on it must stay under this.</summary>
    public const int TeamsCardLimit = 28 * 1024;

    public static JsonObject Render(Card card)
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            // A language code alone: the official SDK refuses "zh-CN" (its lang must be two or three letters).
            ["lang"] = card.Lang == Lang.En ? "en" : "zh",
            ["body"] = Elements(card.Body),
        };
        if (card.Actions.Count > 0) json["actions"] = Actions(card.Actions);
        return json;
    }

    public static int Size(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    private static JsonArray Elements(IEnumerable<CardElement> elements) => new([.. elements.Select(Element)]);

    private static JsonArray Actions(IEnumerable<CardAction> actions) => new([.. actions.Select(Action)]);

    private static JsonNode Element(CardElement element) => element switch
    {
        CardText text => Text(text),
        CardFacts facts => new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. facts.Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
        },
        CardGroup group => Group(group),
        CardButtons buttons => new JsonObject { ["type"] = "ActionSet", ["actions"] = Actions(buttons.Actions) },
        CardInput input => Input(input),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, "no Adaptive Card rendering for this element"),
    };

    private static JsonObject Text(CardText text)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text.Text, ["wrap"] = true };
        if (text.Bold) block["weight"] = "Bolder";
        if (text.Size != TextSize.Normal) block["size"] = text.Size == TextSize.Large ? "Medium" : "Small";
        if (text.Subtle) block["isSubtle"] = true;
        if (text.Attention) block["color"] = "Attention";
        return block;
    }

    private static JsonObject Group(CardGroup group)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = Elements(group.Items) };
        if (group.Separator) container["separator"] = true;
        if (group.Emphasis) container["style"] = "emphasis";
        return container;
    }

    private static JsonObject Input(CardInput input)
    {
        var json = new JsonObject { ["type"] = TypeOf(input), ["id"] = input.Id, ["label"] = input.Label };
        if (input.Required)
        {
            json["isRequired"] = true;
            json["errorMessage"] = input.Error ?? input.Label;
        }
        switch (input)
        {
            case CardTextInput text:
                if (text.Value is not null) json["value"] = text.Value;
                if (text.Placeholder is not null) json["placeholder"] = text.Placeholder;
                if (text.Multiline) json["isMultiline"] = true;
                if (text.MaxLength is not null) json["maxLength"] = text.MaxLength;
                break;
            case CardDateInput { Value: { } date }:
                json["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case CardTimeInput { Value: { } time }:
                json["value"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
                break;
            case CardNumberInput number:
                if (number.Value is not null) json["value"] = number.Value;
                if (number.Min is not null) json["min"] = number.Min;
                if (number.Max is not null) json["max"] = number.Max;
                break;
            case CardChoiceInput choice:
                json["choices"] = new JsonArray([.. choice.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
                json["style"] = choice.Expanded ? "expanded" : "compact";
                if (choice.Value is not null) json["value"] = choice.Value;
                break;
        }
        return json;
    }

    private static string TypeOf(CardInput input) => input switch
    {
        CardTextInput => "Input.Text",
        CardDateInput => "Input.Date",
        CardTimeInput => "Input.Time",
        CardNumberInput => "Input.Number",
        CardChoiceInput => "Input.ChoiceSet",
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, "no Adaptive Card input for this kind"),
    };

    private static JsonNode Action(CardAction action) => action switch
    {
        CardSubmit submit => Submit(submit),
        // The card a ShowCard unfolds has no $schema and version of its own.
        CardShowCard show => new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = show.Title,
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Elements(show.Body), ["actions"] = Actions(show.Actions) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name, "no Adaptive Card rendering for this action"),
    };

    private static JsonObject Submit(CardSubmit submit)
    {
        var data = new JsonObject();
        foreach (var (key, value) in submit.Data.Fields) data[key] = value;
        var json = new JsonObject { ["type"] = "Action.Submit", ["title"] = submit.Title, ["data"] = data };
        if (submit.Style != ButtonStyle.Default) json["style"] = submit.Style == ButtonStyle.Positive ? "positive" : "destructive";
        return json;
    }
}
