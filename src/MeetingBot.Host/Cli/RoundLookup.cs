using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Host.Cli;

/// <summary>The joint meeting and the reporting round a `brief` or `export` names, or the reason there is none.</summary>
internal static class RoundLookup
{
    public static async Task<JointMeetingSnapshot?> JointMeetingAsync(IJointMeetingStore store, string id, TextWriter error, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(id, cancellationToken);
        if (snapshot is null) error.WriteLine($"error: no joint meeting has id '{id}' (see `joint-meeting list`).");
        return snapshot;
    }

    /// <summary>The round named, else the open (or latest) round, as chat picks it; null with the reason on <paramref name="error"/>.</summary>
    public static RoundReadModels? Round(JointMeetingSnapshot snapshot, string? roundId, DateTimeOffset now, TextWriter error)
    {
        var id = snapshot.JointMeeting.Value.Id;
        if (RoundViews.Pick(snapshot, roundId) is { } round) return RoundReadModels.Of(snapshot, round, now);
        var known = snapshot.Rounds.Select(r => r.Value.Id).ToList();
        error.WriteLine(known.Count == 0
            ? $"error: joint meeting '{id}' has no reporting round yet: open one in chat (发起报告)."
            : $"error: joint meeting '{id}' has no round '{roundId}' (its rounds: {string.Join(", ", known)}).");
        return null;
    }

    /// <summary>The language of the files: --lang, else the joint meeting's.</summary>
    public static Lang? Language(string? option, JointMeetingSnapshot snapshot, TextWriter error)
    {
        var value = option ?? snapshot.JointMeeting.Value.State.Language;
        if (value.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return Lang.Zh;
        if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return Lang.En;
        error.WriteLine($"error: --lang '{option}' is not one of zh, en.");
        return null;
    }
}
