using MeetingBot.Channels.BotFramework.Mapping;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.DirectLine;

/// <summary>
/// The bot behind the web chat: hands a user's message to the channel-neutral conversation (the same handler as
/// Teams), appends its replies to the conversation's log, and sends its notifications through the
/// <see cref="Notifier"/> (web chat users get them in their open conversations); the sender is told whom it could
/// not reach.
/// </summary>
public sealed class WebChatBot(
    ConversationHandler conversation,
    OutgoingActivities outgoing,
    Notifier notifier,
    TimeProvider time,
    ILogger<WebChatBot> log)
{
    /// <summary>Answers a message already echoed into <paramref name="where"/> with id <paramref name="replyToId"/>.</summary>
    public async Task AnswerAsync(DirectLineConversation where, Activity said, string replyToId, CancellationToken cancellationToken)
    {
        using var telemetry = MeetingBotTelemetry.StartTurn("webchat");
        var message = WebChatMessages.From(where, said);
        var lang = Languages.Detect(message.Text, message.Locale, CardActions.String(message.Value, CardActions.LanguageKey));
        BotReply reply;
        try
        {
            reply = await conversation.HandleAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The one catch at the turn boundary: the person hears that it failed rather than nothing.
            Log.TurnFailed(log, where.Id, e);
            Say(where, new Activity { Type = ActivityTypes.Message, Text = WebChatTexts.Failed(lang) }, replyToId);
            return;
        }

        foreach (var sent in reply.Messages)
            Say(where, outgoing.From(sent), replyToId);

        var unreached = new List<string>();
        foreach (var notification in reply.Notifications)
        {
            var result = await notifier.DeliverAsync(notification, cancellationToken);
            if (result.Outcome != NotificationOutcome.Delivered)
            {
                Log.NotNotified(log, notification.To.Key, result.Detail);
                if (!unreached.Contains(notification.To.DisplayName)) unreached.Add(notification.To.DisplayName);
            }
        }
        if (unreached.Count > 0)
            Say(where, new Activity { Type = ActivityTypes.Message, Text = WebChatTexts.Unreachable(lang, unreached), TextFormat = "markdown" }, replyToId);
    }

    private void Say(DirectLineConversation where, Activity activity, string replyToId) =>
        where.Log.Append(WebChatActivities.FromBot(where, activity, replyToId, time.GetUtcNow()));
}
