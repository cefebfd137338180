using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Domain.Persistence;

/// <summary>
/// Finds the joint meetings of a message without listing all of them: by chat account (the joint meetings it is a
/// contact of) and by conversation (the joint meeting bound to it). The store keeps these lookups in the same
/// atomic change as the membership or binding they follow; what they return is each joint meeting's own record.
/// </summary>
public interface IJointMeetingLookup
{
    /// <summary>The joint meetings that have <paramref name="account"/> among their contacts (in any state).</summary>
    Task<IReadOnlyList<JointMeeting>> OfAccountAsync(ChatAccount account, CancellationToken cancellationToken = default);

    /// <summary>The joint meetings bound to this conversation (one, unless two raced to bind it).</summary>
    Task<IReadOnlyList<JointMeeting>> BoundToAsync(string channel, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>One joint meeting's own record; null when there is none.</summary>
    Task<JointMeeting?> FindAsync(string jointMeetingId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The id and name of every joint meeting, ordered by id (the light list a search, a count and a page read): one
    /// query of a partition of its own, not a read of every joint meeting's record.
    /// </summary>
    Task<IReadOnlyList<JointMeetingEntry>> ListEntriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Once per store: builds the lookups of joint meetings saved before they existed. Returns how many joint meetings it indexed.</summary>
    Task<int> BackfillAsync(CancellationToken cancellationToken = default);
}
