using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Channels.WebChat;

/// <summary>What a web chat message says, as the channel-neutral conversation reads it.</summary>
public static class WebChatMessages
{
    /// <summary>The person is the token's user; the conversation is their 1:1 with the bot; a card's Action.Submit arrives as <c>value</c>.</summary>
    public static ChatMessage From(DirectLineConversation conversation, Activity activity)
    {
        var value = AdaptiveCardSubmissions.Read(activity.Value);
        return new ChatMessage(
            Account(conversation),
            new ChatConversation(WebChatActivities.Channel, conversation.Id, ConversationKind.Personal),
            activity.Text?.Trim() ?? "",
            value,
            activity.Locale ?? conversation.Locale) { CardMessageId = WebChatCardSource.Of(value) };
    }

    public static ChatAccount Account(DirectLineConversation conversation) =>
        new(WebChatActivities.Channel, conversation.UserId, conversation.UserName ?? conversation.UserId);
}
