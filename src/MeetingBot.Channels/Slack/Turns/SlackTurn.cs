using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Slack.Turns;

/// <summary>
/// Slack's side of one turn: replies go to the turn's <see cref="SlackTarget"/> (channel, thread, or only the asker);
/// notifications go to people's DMs after Slack has been answered. A turn that came with a <c>trigger_id</c> (a
/// slash command, a button) shows its first form as a modal while the trigger is fresh (Slack allows 3 seconds),
/// else the form is posted as a message with its inputs.
/// </summary>
public sealed class SlackTurn(
    SlackTarget target,
    SlackSender sender,
    SlackNotificationChannel notifications,
    BackgroundWork background,
    SlackModalOpener? modal = null) : ITurnChannel
{
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (modal is not null && message.Card is { } card && BlockKitRenderer.HasInputs(card)
            && await modal.TryOpenAsync(card, target, cancellationToken))
            return;
        await sender.SendAsync(target, message, cancellationToken);
    }

    /// <summary>A pressed card becomes its used form in place (chat.update), so its buttons cannot be pressed again.</summary>
    public async Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
        SlackIds.SplitCardMessage(messageId) is { } posted
        && (await sender.UpdateAsync(posted.Channel, posted.Ts, message, cancellationToken)).Outcome == NotificationOutcome.Delivered;

    public Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken) =>
        notifications.DeliverInTurnAsync(notification, cancellationToken);

    public bool TryRunLater(Func<CancellationToken, Task> work) => background.TryQueue(target.Channel, work);
}

/// <summary>Opens one modal with an interaction's trigger, while it is fresh.</summary>
public sealed class SlackModalOpener(SlackApiClient api, string triggerId, DateTimeOffset deadline, TimeProvider time, string method = "views.open", string? viewId = null)
{
    private int _used;

    public async Task<bool> TryOpenAsync(Core.Conversation.Cards.Card card, SlackTarget target, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() > deadline || Interlocked.Exchange(ref _used, 1) == 1) return false;
        if (SlackModals.Build(card, target) is not { } view) return false;
        var arguments = new JsonObject { ["view"] = view };
        if (viewId is null) arguments["trigger_id"] = triggerId;
        else arguments["view_id"] = viewId;
        try
        {
            await api.CallAsync(method, arguments, cancellationToken);
            return true;
        }
        catch (SlackApiException)
        {
            // expired_trigger_id and the like: the form goes into the conversation instead.
            return false;
        }
    }
}
