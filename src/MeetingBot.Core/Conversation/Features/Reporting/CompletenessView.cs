using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>"谁还没交报告": per unit submitted, late, draft only or missing, and the tasks nobody reported on. Members may see it.</summary>
public static class CompletenessView
{
    public static void Show(ConversationTurn turn, string? roundId)
    {
        var lang = turn.Lang;
        if (!turn.Me.IsMember) { turn.Say(Replies.ReportStatusMembersOnly(lang)); return; }
        if (Pick(turn, roundId) is not { } round) return;

        var snapshot = turn.Snapshot!;
        var jm = snapshot.JointMeeting.Value;
        var reports = Reports(snapshot, round);
        var completeness = RoundCompleteness.Of(round, reports);
        var filled = round.State.Assignments.Where(a => a.TaskIds.Count > 0).ToDictionary(
            a => a.UnitId,
            a => (reports.FirstOrDefault(r => r.UnitId == a.UnitId)?.State.Entries.Count ?? 0, a.TaskIds.Count));
        var unreported = completeness.UnreportedTaskIds.Select(id => TaskNumbers.Display(id, lang)).ToList();
        turn.Say(Replies.Completeness(lang, jm, round, Rounds.MeetingOf(snapshot, round), completeness, filled, unreported, turn.Now));
    }

    /// <summary>The round named, or the open (else latest) one; says why there is none and returns null.</summary>
    public static ReportingRound? Pick(ConversationTurn turn, string? roundId)
    {
        var snapshot = turn.Snapshot!;
        var round = Rounds.Current(snapshot, roundId);
        if (round is not null) return round;
        turn.Say(roundId is null || snapshot.Rounds.Count == 0
            ? Replies.NoRoundYet(turn.Lang)
            : Replies.UnknownRound(turn.Lang, roundId, snapshot.Rounds.Select(r => r.Value.Id)));
        return null;
    }

    public static IReadOnlyList<ProgressReport> Reports(JointMeetingSnapshot snapshot, ReportingRound round) =>
        snapshot.Reports.Select(r => r.Value).Where(r => r.RoundId == round.Id).ToList();
}
