namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// What became of one outgoing message: the channel's id for it, or why it was recorded as undelivered.
/// <see cref="Permanent"/> says whether sending it again could help (403 blocked, 404 gone, too large: it cannot).
/// </summary>
public sealed record DeliveryResult(bool Delivered, string? ActivityId, string? FailureReason, bool Permanent = false)
{
    public static DeliveryResult Success(string? activityId) => new(true, activityId, null);

    public static DeliveryResult Failure(string reason, bool permanent = false) => new(false, null, reason, permanent);
}
