using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.BotFramework.Rendering;

/// <summary>
/// One outgoing message of the conversation as one Bot Framework activity, for Teams and the web chat alike.
/// <list type="bullet">
/// <item>Text alone: a Markdown message.</item>
/// <item>With a card: the card alone, as an Adaptive Card attachment (<see cref="AdaptiveCardRenderer"/>). Teams may
/// split text and an attachment into two messages (and then gives no id to update), and shows a card alone without
/// the activity's text or summary, so what the text says that the card does not is put on the card
/// (<see cref="CardCovering"/>); the text, as plain text, is also the activity's <c>summary</c> (notification
/// previews) and the card's <c>fallbackText</c> (a client that cannot render the card's version).</item>
/// <item>Files: a signed link to this host (<see cref="FileLinks"/>), as a Markdown line in the text and, on a card,
/// as an Action.OpenUrl button in an ActionSet of its own (the card's own actions are left as they are).</item>
/// </list>
/// </summary>
public sealed class OutgoingActivities(FileLinks links)
{
    public Activity From(OutgoingMessage message)
    {
        var lang = message.Language;
        var text = new StringBuilder(MarkdownLayout.EndLists(message.Text));
        var buttons = new List<JsonNode>();
        foreach (var file in message.Attachments)
        {
            var name = FileLinks.SafeName(file.Name);
            if (links.LinkFor(file) is { } link)
            {
                text.Append("\n\n").Append(Replies.FileLine(lang, name, link));
                buttons.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = Replies.Download(lang, name), ["url"] = link.AbsoluteUri });
            }
            else
            {
                text.Append("\n\n").Append(Replies.FileTooLarge(lang, name));
            }
        }

        if (message.Card is null)
            return new Activity { Type = ActivityTypes.Message, Text = text.ToString(), TextFormat = "markdown" };

        var card = AdaptiveCardRenderer.Render(CardCovering.Of(message));
        // Should the text not fit on the card beside a full page, the card stays as built; its summary still says it.
        if (AdaptiveCardRenderer.Size(card) > AdaptiveCardRenderer.TeamsCardLimit) card = AdaptiveCardRenderer.Render(message.Card);
        var plain = PlainText.FromMarkdown(text.ToString());
        card["fallbackText"] = plain;
        if (buttons.Count > 0) ((JsonArray)card["body"]!).Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. buttons]) });
        return new Activity { Type = ActivityTypes.Message, Summary = plain, Attachments = [Attachment.AdaptiveCard(card)] };
    }
}
