namespace MeetingBot.Core.Messaging.OfferedFiles;

/// <summary>
/// Files the bot has offered to put into someone's own storage (Teams' file consent), held by us until the person
/// accepts, declines or the offer expires. A card carries only the offer's id (random, unguessable); the bytes stay
/// here. Every instance behind the same store sees the same offer, so an accept pressed twice, on any instances,
/// uploads once: the upload is claimed with the offer row's ETag.
/// </summary>
public interface IOfferedFileStore
{
    /// <summary>Holds <paramref name="content"/> for <paramref name="holder"/> (the conversation it was offered in); returns the offer's id.</summary>
    Task<string> OfferAsync(string name, byte[] content, string holder, CancellationToken cancellationToken);

    /// <summary>The offer as it stands, or null when no such offer was made (or it was swept after expiry).</summary>
    Task<OfferedFile?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the upload: Claimed (with the bytes) for exactly one caller while the offer is open; a claim older than
    /// <paramref name="staleAfter"/> (an instance that died mid-upload) may be taken over.
    /// </summary>
    Task<OfferClaim> ClaimAsync(string id, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Records the claimed upload as done, by whom and when; the bytes are dropped (the person has the file now).</summary>
    Task SavedAsync(string id, string savedBy, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a failed upload, so the person may accept again.</summary>
    Task ReleaseAsync(string id, CancellationToken cancellationToken);

    /// <summary>Records a decline (an open offer only: a saved file stays saved).</summary>
    Task DeclinedAsync(string id, string declinedBy, CancellationToken cancellationToken);
}

public enum OfferState { Offered, Uploading, Saved, Declined }

public sealed record OfferedFile(string Id, string Name, int Length, string Holder, DateTimeOffset ExpiresAt, OfferState State, string? By = null, DateTimeOffset? At = null)
{
    public bool ExpiredAt(DateTimeOffset now) => State != OfferState.Saved && now >= ExpiresAt;
}

public enum OfferClaimOutcome { Claimed, Unknown, Expired, AlreadySaved, Busy }

public sealed record OfferClaim(OfferClaimOutcome Outcome, OfferedFile? File = null, byte[]? Content = null);
