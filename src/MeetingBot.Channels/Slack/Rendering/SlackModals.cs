using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>
/// A form card as a Slack modal: its first button at the card's foot is the modal's submit (its data travels in
/// <c>private_metadata</c> with where the answers go), its other buttons stay in the body, and the close button is
/// "cancel". Titles are cut to Slack's 24 characters, blocks to a view's 100.
/// </summary>
public static class SlackModals
{
    public const string CallbackId = "mb_form";
    public const int MaxTitle = 24;
    public const int MaxMetadata = 3000;

    /// <summary>Where a modal's answers go, and what its submit button sends.</summary>
    public sealed record Origin(SlackTarget Target, IReadOnlyDictionary<string, string>? Submit);

    /// <summary>The view; null when the card cannot be a modal (its submit data and origin over 3,000 characters).</summary>
    public static JsonObject? Build(Card card, SlackTarget target)
    {
        var submit = card.Actions.OfType<CardSubmit>().FirstOrDefault();
        var rest = card with { Actions = [.. card.Actions.Where(a => !ReferenceEquals(a, submit))] };
        var metadata = Metadata(new Origin(target, submit?.Data.Fields));
        if (metadata.Length > MaxMetadata) return null;

        var blocks = BlockKitRenderer.Blocks(rest);
        while (blocks.Count > BlockKitRenderer.MaxViewBlocks) blocks.RemoveAt(blocks.Count - 1);
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = BlockKitRenderer.Plain(SlackText.Cap(Title(card), MaxTitle)),
            ["close"] = BlockKitRenderer.Plain(SlackText.Cap(Replies.SlackModalClose(card.Lang), MaxTitle)),
            ["blocks"] = blocks,
            ["private_metadata"] = metadata,
        };
        if (submit is not null) view["submit"] = BlockKitRenderer.Plain(SlackText.Cap(submit.Title, MaxTitle));
        return view;
    }

    public static string Metadata(Origin origin)
    {
        var json = new JsonObject { ["c"] = origin.Target.Channel };
        if (origin.Target.ThreadTs is { } thread) json["t"] = thread;
        if (origin.Target.EphemeralUser is { } user) json["e"] = user;
        if (origin.Submit is { } data)
        {
            var fields = new JsonObject();
            foreach (var (key, value) in data) fields[key] = value;
            json["d"] = fields;
        }
        return json.ToJsonString();
    }

    /// <summary>A modal's metadata read back; null when it is not one of ours.</summary>
    public static Origin? ReadMetadata(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata) || metadata.Length > MaxMetadata) return null;
        try
        {
            if (JsonNode.Parse(metadata) is not JsonObject json || json["c"] is not JsonValue channel || channel.GetValueKind() != JsonValueKind.String) return null;
            var target = new SlackTarget(channel.GetValue<string>(), Text(json["t"]), Text(json["e"]));
            Dictionary<string, string>? submit = null;
            if (json["d"] is JsonObject data)
            {
                submit = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in data)
                    if (Text(value) is { } text) submit[key] = text;
            }
            return new Origin(target, submit);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Title(Card card) =>
        card.Body.OfType<CardText>().FirstOrDefault(t => t.Bold)?.Text.Split('\n')[0].Replace("*", "") is { Length: > 0 } title
            ? title
            : Replies.SlackModalTitle(card.Lang);
}
