using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging.OfferedFiles;

namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// In a Teams personal chat, each file of a reply is also offered with a consent card, so the person can have it
/// in their OneDrive (Teams lets a bot put a file into a personal chat only that way). The file's link in the text
/// stays: it works whatever the person answers. Each card goes in a message of its own, after the reply: the
/// invoke names that message, so its update touches one file's card and never the reply, and a tiny message is far
/// from Teams' 28 KB limit whatever the reply's card holds.
/// </summary>
public sealed class FileConsentOffers(IOfferedFileStore store)
{
    /// <summary>Larger files are not offered (the link still serves what it can): a day's hold in the store has a cost.</summary>
    public const int MaxOfferBytes = 50 * 1024 * 1024;

    public static bool IsPersonal(ITurnContext turn) =>
        turn.Activity.ChannelId == "msteams" && string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public async Task OfferAsync(ITurnContext turn, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Attachments.Count == 0 || !IsPersonal(turn)) return;
        var lang = message.Language;
        foreach (var file in message.Attachments.Where(f => f.Content.Length is > 0 and <= MaxOfferBytes))
        {
            var name = FileLinks.SafeName(file.Name);
            var id = await store.OfferAsync(name, file.Content, turn.Conversation.ConversationId, cancellationToken);
            var card = FileConsentCards.Consent(name, file.Content.Length, Replies.FileConsentDescription(lang, name), id);
            await turn.SendAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card] }, cancellationToken);
        }
    }
}
