using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.WebChat;

/// <summary>
/// The bot behind the web chat: maps a user's message to the channel-neutral conversation and lets
/// <see cref="ConversationHandler.RunAsync"/> run the turn. Replies are appended to the conversation's log;
/// notifications go through the <see cref="Notifier"/> (web chat users get them in their open conversations).
/// </summary>
public sealed class WebChatBot(ConversationHandler conversation, OutgoingActivities outgoing, Notifier notifier, TimeProvider time)
{
    /// <summary>Answers a message already echoed into <paramref name="where"/> with id <paramref name="replyToId"/>.</summary>
    public Task AnswerAsync(DirectLineConversation where, Activity said, string replyToId, CancellationToken cancellationToken) =>
        AnswerAsync(where, said, replyToId, null, cancellationToken);

    /// <summary>The same, for a message that came with files (an upload).</summary>
    public Task AnswerAsync(DirectLineConversation where, Activity said, string replyToId, IReadOnlyList<ChatAttachment>? files, CancellationToken cancellationToken) =>
        conversation.RunAsync(WebChatMessages.From(where, said) with { Attachments = files }, new Turn(outgoing, notifier, time, where, replyToId), cancellationToken);

    /// <summary>
    /// A new conversation's first contact (the page's join event, echoed with id <paramref name="replyToId"/>): a greeting
    /// and, as if the person had asked for help, what they may do here, in the conversation's language.
    /// </summary>
    public Task GreetAsync(DirectLineConversation where, Activity joined, string replyToId, CancellationToken cancellationToken)
    {
        var lang = Languages.Detect("", joined.Locale ?? where.Locale);
        var help = WebChatMessages.From(where, joined) with { Text = Replies.HelpCommand(lang), Value = null };
        return conversation.RunAsync(help, new Turn(outgoing, notifier, time, where, replyToId, Replies.Greeting(lang)), cancellationToken);
    }

    /// <summary>The web chat's side of one turn: the post is answered when the turn is done, so nothing runs later.</summary>
    /// <param name="greeting">Put before the first reply (the greeting of a new conversation), or null.</param>
    private sealed class Turn(OutgoingActivities outgoing, Notifier notifier, TimeProvider time, DirectLineConversation where, string replyToId, string? greeting = null) : ITurnChannel
    {
        private string? greeting = greeting;

        public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            if (greeting is { } hello)
            {
                message = message with { Text = hello + "\n\n" + message.Text };
                greeting = null;
            }
            where.Log.Append(WebChatActivities.FromBot(where, outgoing.From(message), replyToId, time.GetUtcNow()), WebChatCardSource.Stamp);
            return Task.CompletedTask;
        }

        /// <summary>The used card, sent again under its own id: Web Chat shows it in place of the old one.</summary>
        public Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(where.Log.Replace(messageId, WebChatActivities.FromBot(where, outgoing.From(message), null, time.GetUtcNow()), WebChatCardSource.Stamp));

        public Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken) =>
            notifier.DeliverAsync(notification, cancellationToken);

        public bool TryRunLater(Func<CancellationToken, Task> work) => false;
    }
}
