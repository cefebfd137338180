using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Reaches a Slack person's DM with the bot, in a turn (a notice to someone else) or outside any turn (a reminder,
/// in the proactive lane, behind the replies of turns). A DM that cannot be opened and a refused post are recorded
/// as undelivered; Slack's permanent errors (user_not_found, account_inactive, cannot_dm_bot…) are Unreachable, a
/// rate limit past the retries or an outage Failed, for the reminder dispatcher to try again.
/// </summary>
public sealed class SlackNotificationChannel(SlackDirectMessages directMessages, SlackSender sender) : INotificationChannel
{
    public string Channel => SlackIds.Channel;

    public async Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        SlackPacer.EnterProactiveLane();
        return await DeliverInTurnAsync(notification, cancellationToken);
    }

    public async Task<NotificationResult> DeliverInTurnAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (SlackIds.Split(notification.To) is not { } who)
            return NotificationResult.Unreachable($"{notification.To.Key} is not a Slack account");
        string channel;
        try
        {
            channel = await directMessages.OpenAsync(who.Team, who.User, cancellationToken);
        }
        catch (SlackApiException e)
        {
            await sender.RecordAsync("conversations.open", "", notification.To.AccountId, new JsonObject { ["text"] = notification.Message.Text }, e.Error, e.Attempts);
            return e.Permanent ? NotificationResult.Unreachable(e.Message) : NotificationResult.Failed(e.Message);
        }

        var result = await sender.SendAsync(new SlackTarget(channel), notification.Message, cancellationToken, notification.To.AccountId);
        if (result.Outcome == NotificationOutcome.Unreachable && result.Detail?.Contains("channel_not_found", StringComparison.Ordinal) == true)
            await directMessages.ForgetAsync(who.Team, who.User, channel, cancellationToken);
        return result;
    }
}
