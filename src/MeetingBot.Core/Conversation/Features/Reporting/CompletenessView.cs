using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>"谁还没交报告" (the <see cref="RoundStatusMatrix"/> read model): per unit submitted, late, draft only or missing, and the tasks nobody reported on. Members may see it.</summary>
public static class CompletenessView
{
    public static void Show(ConversationTurn turn, string? roundId)
    {
        var lang = turn.Lang;
        if (!turn.Me.IsMember) { turn.Say(Replies.ReportStatusMembersOnly(lang)); return; }
        if (Pick(turn, roundId) is not { } round) return;

        var status = RoundStatusMatrix.Of(new RoundData(turn.Snapshot!, round, turn.Now));
        var filled = status.Units.ToDictionary(u => u.UnitId, u => (u.Filled, u.Asked));
        var unreported = status.Completeness.UnreportedTaskIds.Select(id => TaskNumbers.Display(id, lang)).ToList();
        turn.Say(Replies.Completeness(lang, status.JointMeeting, round, status.Meeting, status.Completeness, filled, unreported, turn.Now));
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
}
