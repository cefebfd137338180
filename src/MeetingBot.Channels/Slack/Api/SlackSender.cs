using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Sends the conversation's messages into Slack: renders them (<see cref="SlackMessages"/>), paces posts per channel
/// (<see cref="SlackPacer"/>), and when Slack finally refuses one, records it as undelivered with Slack's error
/// (channel_not_found, not_in_channel, account_inactive…). It never throws for a delivery failure.
/// </summary>
public sealed class SlackSender(
    SlackApiClient api,
    SlackMessages messages,
    SlackPacer pacer,
    IUndeliveredMessageLog undelivered,
    TimeProvider time,
    ILogger<SlackSender> log)
{
    public const string SlackChannel = "slack";

    /// <summary>Posts a message; the ts of the last part posted, or the failure.</summary>
    public async Task<NotificationResult> SendAsync(SlackTarget to, OutgoingMessage message, CancellationToken cancellationToken, string? recipient = null)
    {
        foreach (var body in messages.From(message))
        {
            var result = await PostAsync(to, body, cancellationToken, recipient);
            if (result.Outcome != NotificationOutcome.Delivered) return result;
        }
        return NotificationResult.Delivered;
    }

    /// <summary>Replaces a posted message (chat.update), e.g. a pressed card.</summary>
    public async Task<NotificationResult> UpdateAsync(string channel, string ts, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var body = messages.From(message)[0];
        body["channel"] = channel;
        body["ts"] = ts;
        return await CallAsync("chat.update", channel, null, body, cancellationToken);
    }

    private async Task<NotificationResult> PostAsync(SlackTarget to, JsonObject body, CancellationToken cancellationToken, string? recipient)
    {
        if (to.ResponseUrl is not null)
        {
            body["response_type"] = to.EphemeralUser is null ? "in_channel" : "ephemeral";
            body["replace_original"] = false;
            try
            {
                await pacer.WaitTurnAsync(to.Channel, cancellationToken);
                await api.RespondAsync(to.ResponseUrl, body, cancellationToken);
                return NotificationResult.Delivered;
            }
            catch (SlackApiException e) when (to.EphemeralUser is not null)
            {
                // The response_url has expired (30 minutes, five uses): the asker still gets the answer.
                SlackLog.Undelivered(log, "response_url", to.Channel, e.Error);
                body.Remove("response_type");
                body.Remove("replace_original");
            }
        }

        body["channel"] = to.Channel;
        if (to.ThreadTs is not null) body["thread_ts"] = to.ThreadTs;
        if (to.EphemeralUser is not null)
        {
            body["user"] = to.EphemeralUser;
            return await CallAsync("chat.postEphemeral", to.Channel, recipient ?? to.EphemeralUser, body, cancellationToken);
        }
        return await CallAsync("chat.postMessage", to.Channel, recipient, body, cancellationToken);
    }

    private async Task<NotificationResult> CallAsync(string method, string channel, string? recipient, JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            await pacer.WaitTurnAsync(channel, cancellationToken);
            await api.CallAsync(method, body, cancellationToken);
            return NotificationResult.Delivered;
        }
        catch (SlackApiException e)
        {
            await RecordAsync(method, channel, recipient, body, e.Error, e.Attempts);
            return e.Permanent ? NotificationResult.Unreachable(e.Message) : NotificationResult.Failed(e.Message);
        }
    }

    /// <summary>Keeps a message Slack refused in the undelivered log, so nothing is dropped silently.</summary>
    public async Task RecordAsync(string operation, string channel, string? recipient, JsonObject body, string reason, int attempts)
    {
        SlackLog.Undelivered(log, operation, channel, reason);
        try
        {
            await undelivered.RecordAsync(new UndeliveredMessage(Guid.NewGuid().ToString("N"), SlackChannel, channel, recipient, operation,
                body.ToJsonString(), $"Slack {operation}: {reason}", attempts, time.GetUtcNow()), CancellationToken.None);
        }
        catch (Exception e)
        {
            SlackLog.UndeliveredNotRecorded(log, channel, e);
        }
    }
}
