using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Messaging;

/// <summary>An undelivered message as the body of its row, with when the log recorded it (what ListAsync's "since" compares).</summary>
internal sealed record UndeliveredRow(
    string Id,
    ReferenceRow Conversation,
    string Operation,
    string ActivityJson,
    string Reason,
    int Attempts,
    DateTimeOffset At,
    DateTimeOffset RecordedAt)
{
    public static UndeliveredRow From(UndeliveredMessage message, DateTimeOffset recordedAt) => new(
        message.Id, ReferenceRow.From(message.Conversation), message.Operation, message.ActivityJson, message.Reason,
        message.Attempts, message.At, recordedAt);

    public UndeliveredMessage ToMessage() =>
        new(Id, Conversation.ToReference(), Operation, ActivityJson, Reason, Attempts, At);
}
