using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Sends one message into a conversation, for a turn or proactively: addresses it, keeps it under the size limit,
/// paces it under Teams' per-conversation limits, and, when the Connector finally refuses it, records it as
/// undelivered with the reason. It never throws for a delivery failure: the caller gets a <see cref="DeliveryResult"/>.
/// </summary>
public sealed class MessageSender(
    ConnectorClient connector,
    ConversationPacer pacer,
    IUndeliveredMessageLog undelivered,
    TimeProvider time,
    ILogger<MessageSender> log)
{
    public async Task<DeliveryResult> SendAsync(ConversationReference to, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        Address(to, activity);
        // Teams threads a reply under the activity it answers and uses replyToId to find it.
        activity.ReplyToId ??= replyToId;
        var size = BotJson.SerializeToUtf8(activity).Length;
        if (size > MessageSize.LimitBytes)
        {
            if (activity.Attachments is { Count: > 0 } || string.IsNullOrEmpty(activity.Text))
            {
                return await GiveUpAsync(to, activity, replyToId is null ? "send" : "reply", $"the message is {size / 1024} KB; the limit is {MessageSize.LimitBytes / 1024} KB", 0, cancellationToken, permanent: true);
            }

            return await SendInPartsAsync(to, activity, replyToId, size, cancellationToken);
        }

        return await SendOneAsync(to, activity, replyToId, cancellationToken);
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Address(to, activity);
        activity.Id = activityId;
        try
        {
            // Teams counts edits and deletions against the same per-conversation limits as sends.
            ConnectorTenant.Current = to.TenantId;
            await pacer.WaitTurnAsync(PacingKey(to), cancellationToken);
            var response = await connector.UpdateActivityAsync(to.ServiceUrl, to.ConversationId, activityId, activity, cancellationToken);
            return DeliveryResult.Success(response.Id ?? activityId);
        }
        catch (Exception e) when (IsDeliveryFailure(e, cancellationToken))
        {
            return await GiveUpAsync(to, activity, "update", e.Message, AttemptsOf(e), cancellationToken, IsPermanent(e));
        }
    }

    public async Task<DeliveryResult> DeleteAsync(ConversationReference to, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            ConnectorTenant.Current = to.TenantId;
            await pacer.WaitTurnAsync(PacingKey(to), cancellationToken);
            await connector.DeleteActivityAsync(to.ServiceUrl, to.ConversationId, activityId, cancellationToken);
            return DeliveryResult.Success(activityId);
        }
        catch (Exception e) when (IsDeliveryFailure(e, cancellationToken))
        {
            return await GiveUpAsync(to, new Activity { Id = activityId, Type = "delete" }, "delete", e.Message, AttemptsOf(e), cancellationToken, IsPermanent(e));
        }
    }

    private async Task<DeliveryResult> SendOneAsync(ConversationReference to, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        try
        {
            ConnectorTenant.Current = to.TenantId;
            await pacer.WaitTurnAsync(PacingKey(to), cancellationToken);
            var response = replyToId is null
                ? await connector.SendToConversationAsync(to.ServiceUrl, to.ConversationId, activity, cancellationToken)
                : await connector.ReplyToActivityAsync(to.ServiceUrl, to.ConversationId, replyToId, activity, cancellationToken);
            return DeliveryResult.Success(response.Id);
        }
        catch (Exception e) when (IsDeliveryFailure(e, cancellationToken))
        {
            return await GiveUpAsync(to, activity, replyToId is null ? "send" : "reply", e.Message, AttemptsOf(e), cancellationToken, IsPermanent(e));
        }
    }

    private async Task<DeliveryResult> SendInPartsAsync(ConversationReference to, Activity activity, string? replyToId, int size, CancellationToken cancellationToken)
    {
        // The JSON around the text (addressing, ids) is small; leave it a generous share of the limit.
        var overhead = size - System.Text.Encoding.UTF8.GetByteCount(activity.Text!);
        var room = MessageSize.LimitBytes - overhead - 1024;
        if (room < MessageSize.MinimumPartBytes)
        {
            return await GiveUpAsync(to, activity, replyToId is null ? "send" : "reply",
                $"the addressing alone takes {overhead / 1024} KB of the {MessageSize.LimitBytes / 1024} KB limit, leaving no room to send the text in parts",
                0, cancellationToken, permanent: true);
        }

        var parts = MessageSize.SplitText(activity.Text!, room);
        DeliveryResult last = DeliveryResult.Failure("nothing to send");
        foreach (var part in parts)
        {
            activity.Text = part;
            last = await SendOneAsync(to, activity, replyToId, cancellationToken);
            if (!last.Delivered) return last;
        }

        return last;
    }

    private async Task<DeliveryResult> GiveUpAsync(ConversationReference to, Activity activity, string operation, string reason, int attempts, CancellationToken cancellationToken, bool permanent = false)
    {
        Log.Undelivered(log, operation, to.ChannelId, to.ConversationId, reason);
        var entry = new UndeliveredMessage(Guid.NewGuid().ToString("N"), to.ChannelId, to.ConversationId, to.User?.Id, operation,
            BotJson.Serialize(activity), reason, attempts, time.GetUtcNow());
        try
        {
            await undelivered.RecordAsync(entry, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The store is down as well: the log line above is all that is left of this message.
            Log.UndeliveredNotRecorded(log, to.ConversationId, e);
        }

        return DeliveryResult.Failure(reason, permanent);
    }

    private static void Address(ConversationReference to, Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= to.ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = to.ConversationId, TenantId = to.TenantId };
        activity.From ??= new ChannelAccount { Id = to.Bot.Id, Name = to.Bot.Name };
        if (to.User is { } user) activity.Recipient ??= new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId };
        activity.ServiceUrl = null; // channels ignore it from bots; the spec says not to send it
    }

    private static string PacingKey(ConversationReference to) => $"{to.ChannelId}|{to.ConversationId}";

    private static int AttemptsOf(Exception e) => e is ConnectorException connector ? connector.Attempts : 0;

    /// <summary>
    /// Whether the same request can never succeed: a refusal other than throttling, a conflict or a timeout (403 not
    /// installed or blocked, 404 conversation gone, 400, 413), or a serviceUrl the bot does not trust.
    /// </summary>
    public static bool IsPermanent(Exception e) => e switch
    {
        UntrustedServiceUrlException => true,
        ConnectorException { Status: { } status } => (int)status is >= 400 and < 500 && !ConnectorRetry.IsRetryable(status)
            && status != System.Net.HttpStatusCode.RequestTimeout && status != System.Net.HttpStatusCode.Unauthorized,
        _ => false,
    };

    private static bool IsDeliveryFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        ConnectorException or UntrustedServiceUrlException or ConnectorTokenException or HttpRequestException => true,
        Microsoft.Identity.Client.MsalException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
