using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat.DirectLine;

namespace MeetingBot.Channels.WebChat;

/// <summary>How activities look in a web chat conversation: who the bot is, and the fields the log stamps on each.</summary>
public static class WebChatActivities
{
    public const string Channel = "webchat";
    public const string BotId = "meetingbot";
    public const string BotName = "MeetingBot";

    public static ChannelAccount Bot() => new() { Id = BotId, Name = BotName, Role = "bot" };

    public static ChannelAccount User(DirectLineConversation conversation) =>
        new() { Id = conversation.UserId, Name = conversation.UserName, Role = "user" };

    /// <summary>
    /// The user's activity as everyone in the conversation sees it: the sender is the token's user whatever the
    /// client wrote (as the Direct Line service does), and the client's own fields (channelData.clientActivityID,
    /// by which Web Chat marks it sent) are kept.
    /// </summary>
    public static Activity Echo(DirectLineConversation conversation, Activity posted, DateTimeOffset now)
    {
        posted.ChannelId = Channel;
        posted.Timestamp = now;
        posted.From = User(conversation);
        posted.Recipient = Bot();
        posted.Conversation = new ConversationAccount { Id = conversation.Id };
        posted.Locale ??= conversation.Locale;
        posted.CallerId = null;
        return posted;
    }

    /// <summary>A bot activity (a reply, or a notification when <paramref name="replyToId"/> is null) addressed into the conversation.</summary>
    public static Activity FromBot(DirectLineConversation conversation, Activity activity, string? replyToId, DateTimeOffset now)
    {
        activity.ChannelId = Channel;
        activity.Timestamp = now;
        activity.From = Bot();
        activity.Recipient = User(conversation);
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.ReplyToId = replyToId;
        activity.Locale ??= conversation.Locale;
        return activity;
    }
}
