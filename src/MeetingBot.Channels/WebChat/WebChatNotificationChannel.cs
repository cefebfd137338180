using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Teams;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.WebChat;

/// <summary>
/// Reaches a web chat user outside their own turn (reminders, meeting notices, approval cards): the message is
/// appended to every web chat conversation they have open, and their Web Chat picks it up on its next poll.
/// With none open there is nobody to show it to: unreachable, as a person who never opened a 1:1 in Teams.
/// </summary>
public sealed class WebChatNotificationChannel(DirectLineConversations conversations, OutgoingActivities outgoing, TimeProvider time)
    : INotificationChannel
{
    public string Channel => WebChatActivities.Channel;

    public Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        var open = conversations.OpenFor(notification.To.AccountId);
        if (open.Count == 0)
            return Task.FromResult(NotificationResult.Unreachable($"{notification.To.Key} has no web chat conversation open"));
        foreach (var conversation in open)
            conversation.Log.Append(WebChatActivities.FromBot(conversation, outgoing.From(notification.Message), null, time.GetUtcNow()), WebChatCardSource.Stamp);
        return Task.FromResult(NotificationResult.Delivered);
    }
}
