namespace MeetingBot.Core.Messaging;

/// <summary>
/// The events a channel has taken to handle, by the channel's own event id (Slack's <c>event_id</c>), kept in the
/// store so that a redelivery (Slack retries an event it thinks was not acknowledged) is handled once, across
/// restarts and across instances: the store's insert decides who handles it, not any one process's memory.
/// </summary>
public interface IInboundEventLedger
{
    /// <summary>
    /// True when the caller is to handle the event: nobody took it before, or whoever took it did not finish within
    /// <paramref name="takeOverAfter"/> (that process died after acknowledging it). False for a duplicate.
    /// </summary>
    Task<bool> TryBeginAsync(string channel, string eventId, DateTimeOffset now, TimeSpan takeOverAfter, CancellationToken cancellationToken = default);

    /// <summary>Marks the event handled: no redelivery takes it over any more.</summary>
    Task CompleteAsync(string channel, string eventId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets the events of <paramref name="channel"/> last taken or completed before <paramref name="before"/>, so
    /// that the ledger does not grow for ever; returns how many were forgotten. A row taken over or completed while
    /// this runs is kept (the deletes are conditional). The caller chooses <paramref name="before"/> well behind the
    /// channel's redelivery window: an event forgotten could be handled again if it came back.
    /// </summary>
    Task<int> ExpireAsync(string channel, DateTimeOffset before, CancellationToken cancellationToken = default);
}
