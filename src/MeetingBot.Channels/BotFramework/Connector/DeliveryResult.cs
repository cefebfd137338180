namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>What became of one outgoing message: the channel's id for it, or why it was recorded as undelivered.</summary>
public sealed record DeliveryResult(bool Delivered, string? ActivityId, string? FailureReason)
{
    public static DeliveryResult Success(string? activityId) => new(true, activityId, null);

    public static DeliveryResult Failure(string reason) => new(false, null, reason);
}
