namespace MeetingBot.Core.Messaging;

/// <summary>Where messages that finally failed are recorded; entries are never overwritten.</summary>
public interface IUndeliveredMessageLog
{
    Task RecordAsync(UndeliveredMessage message, CancellationToken cancellationToken = default);

    /// <summary>The entries recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<UndeliveredMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
