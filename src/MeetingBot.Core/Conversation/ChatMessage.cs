using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation;

public enum ConversationKind
{
    /// <summary>A 1:1 chat between one person and the bot.</summary>
    Personal,
    /// <summary>A group chat, or a Slack channel / Teams channel thread: several people see the answers.</summary>
    Group,
}

/// <summary>Where a message was said, as the channel names it: (channel, id) is stable and unique.</summary>
public sealed record ChatConversation(string Channel, string Id, ConversationKind Kind, string? Name = null);

/// <summary>
/// What a person said, translated by a channel: the text (the bot's own mention removed) or a card's submitted
/// values, who said it, and where. Everything the conversation needs, nothing of the channel's wire format.
/// </summary>
/// <param name="Value">The data of a card action merged with the card's inputs (Action.Submit), or null.</param>
/// <param name="Locale">The client's language when it says (e.g. "en-US"), or null.</param>
/// <param name="Attachments">Files sent with the message (see <see cref="ChatAttachment"/>); null or empty when none.</param>
public sealed record ChatMessage(ChatAccount From, ChatConversation Conversation, string Text, CardSubmission? Value = null, string? Locale = null,
    IReadOnlyList<ChatAttachment>? Attachments = null)
{
    /// <summary>
    /// For a pressed button, the id the channel gave the bot's message that carried the card (Teams: the activity
    /// the submit replies to), so that the card can be updated in place; null for typed text or when not known.
    /// </summary>
    public string? CardMessageId { get; init; }
}
