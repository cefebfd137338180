using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.WebChat;

/// <summary>
/// Which message a pressed button was on. Web Chat posts an Action.Submit's data without saying which activity it
/// came from (Teams says so in replyToId), so each button's data names its activity, set as the log gives it its id;
/// the bot then updates that card in place. A client may send any id: only the bot's own activities of the same
/// conversation can be replaced.
/// </summary>
public static class WebChatCardSource
{
    public const string Key = "_card";

    /// <summary>Adds the activity's id to the data of every Action.Submit on its cards (ShowCards included).</summary>
    public static void Stamp(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment.ContentType == Attachment.AdaptiveCardContentType && attachment.Content is JsonObject card)
                Walk(card, activity.Id!);
    }

    /// <summary>The id of the message the button was on, or null for typed text.</summary>
    public static string? Of(CardSubmission? value) => value?.Trimmed(Key);

    private static void Walk(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && obj["type"]!.GetValue<string>() == "Action.Submit" && obj["data"] is JsonObject data)
                    data[Key] = id;
                foreach (var (_, child) in obj) Walk(child, id);
                break;
            case JsonArray array:
                foreach (var child in array) Walk(child, id);
                break;
        }
    }
}
