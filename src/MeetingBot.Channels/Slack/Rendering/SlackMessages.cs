using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>
/// One outgoing message of the conversation as the bodies of Slack messages: the text as mrkdwn (split in parts
/// above <see cref="MaxTextPart"/> characters, well under Slack's 40,000 truncation), a card as blocks with the text
/// as the notification's fallback, and files as signed links to this host (as for Teams) with a button each.
/// </summary>
public sealed class SlackMessages(FileLinks links)
{
    public const int MaxTextPart = 12_000;
    private const int MaxFallback = 3_000;

    public IReadOnlyList<JsonObject> From(OutgoingMessage message)
    {
        var lang = message.Language;
        var text = new StringBuilder(message.Text);
        var fileButtons = new List<JsonNode>();
        foreach (var file in message.Attachments)
        {
            var name = FileLinks.SafeName(file.Name);
            if (links.LinkFor(file) is { } link)
            {
                text.Append("\n\n").Append(Replies.FileLine(lang, name, link));
                fileButtons.Add(new JsonObject
                {
                    ["type"] = "button",
                    ["text"] = BlockKitRenderer.Plain(SlackText.Cap(Replies.Download(lang, name), BlockKitRenderer.MaxButtonText)),
                    ["url"] = link.AbsoluteUri,
                    ["action_id"] = "file_" + fileButtons.Count,
                });
            }
            else
            {
                text.Append("\n\n").Append(Replies.FileTooLarge(lang, name));
            }
        }

        var mrkdwn = SlackText.ToMrkdwn(text.ToString());
        if (message.Card is null)
            return [.. SlackText.Split(mrkdwn, MaxTextPart).Select(part => new JsonObject { ["text"] = part })];

        var blocks = BlockKitRenderer.Blocks(message.Card);
        if (fileButtons.Count > 0) blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. fileButtons]) });
        while (blocks.Count > BlockKitRenderer.MaxMessageBlocks) blocks.RemoveAt(blocks.Count - 1);
        return [new JsonObject { ["text"] = SlackText.Cap(mrkdwn, MaxFallback), ["blocks"] = blocks }];
    }
}
