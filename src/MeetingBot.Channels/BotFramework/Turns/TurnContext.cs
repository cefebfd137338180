using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Turns;

internal sealed class TurnContext(Activity activity, AuthenticatedCaller caller, MessageSender sender, BackgroundWork background) : ITurnContext
{
    public Activity Activity { get; } = activity;
    public AuthenticatedCaller Caller { get; } = caller;
    public string Text { get; } = Mentions.RemoveOwnMention(activity);
    public ConversationReference Conversation { get; } = ConversationReferences.From(activity);
    public InvokeResponse? InvokeResponse { get; set; }

    public Task<DeliveryResult> SendAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        reply.Locale ??= Activity.Locale;
        return sender.SendAsync(Conversation, reply, Activity.Id, cancellationToken);
    }

    public Task<DeliveryResult> SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    public Task<DeliveryResult> UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken = default) =>
        sender.UpdateAsync(Conversation, activityId, replacement, cancellationToken);

    public Task<DeliveryResult> DeleteAsync(string activityId, CancellationToken cancellationToken = default) =>
        sender.DeleteAsync(Conversation, activityId, cancellationToken);

    public bool RunInBackground(Func<ITurnContext, CancellationToken, Task> work) =>
        background.TryQueue(Conversation.ConversationId, ct => work(this, ct));
}
