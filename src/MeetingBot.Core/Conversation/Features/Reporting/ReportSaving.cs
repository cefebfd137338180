using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>What one save did: the report after it, and what it was before.</summary>
public sealed record SavedReport(ProgressReport Report, bool FirstSubmission, bool WasSubmitted, IReadOnlyList<TaskProgress> Before);

/// <summary>
/// Saves a unit's report through the domain (ProgressReport.Save checks who may, the round, the deadline and the
/// entries) and tells the convenor and secretariat when a unit submits for the first time.
/// </summary>
public static class ReportSaving
{
    /// <param name="entries">The entries to save, from the report as freshly loaded (a retry after a conflict sees the other save).</param>
    public static async Task<SavedReport> SaveAsync(ConversationTurn turn, string roundId, string unitId,
        Func<ProgressReport, IReadOnlyList<TaskProgress>> entries, bool submit, CancellationToken cancellationToken, ReportBase? basedOn = null)
    {
        var saved = await turn.ChangeAsync((snapshot, changes) =>
        {
            var round = snapshot.FindRound(roundId)?.Value
                ?? throw new DomainException(DomainError.InvalidValue, $"Round {roundId} no longer exists.");
            var loaded = snapshot.FindReport(roundId, unitId);
            var report = loaded?.Value ?? ProgressReport.Begin(round, unitId);
            var before = report.State;
            report.Save(snapshot.JointMeeting.Value, round, turn.From, entries(report), submit, turn.Now, basedOn);
            changes.Add(report, loaded?.ETag);
            return new SavedReport(report, submit && !before.Submitted, before.Submitted, before.Entries);
        }, cancellationToken);

        if (saved.FirstSubmission)
            turn.NotifyManagers(lang => new OutgoingMessage(Replies.UnitSubmittedNotice(lang,
                Replies.UnitName(turn.JointMeeting!, unitId), roundId, saved.Report.State.Late)));
        return saved;
    }

    /// <summary>What a card built from <paramref name="version"/> of a unit's report showed, and saved itself since.</summary>
    public static async Task<ReportBase> BaseAsync(ConversationTurn turn, string roundId, string unitId, int version, string? cardId, CancellationToken cancellationToken) =>
        ReportBase.Of(version, cardId, await turn.ReportHistoryAsync(roundId, unitId, cancellationToken));

    /// <summary>
    /// The unit and round of a card, when the card still applies; otherwise says why not (a round gone or closed,
    /// a unit removed, a meeting cancelled) and returns null. Who may use it is the domain's to say on saving.
    /// </summary>
    public static UnitRound? StillApplies(ConversationTurn turn, string roundId, string unitId)
    {
        var snapshot = turn.Snapshot!;
        var jm = snapshot.JointMeeting.Value;
        var round = snapshot.FindRound(roundId)?.Value;
        if (round is null) { turn.Say(Replies.RoundGone(turn.Lang, roundId)); return null; }
        var unit = jm.Units.FirstOrDefault(u => u.Id == unitId);
        if (unit is null) { turn.Say(Replies.UnitGone(turn.Lang)); return null; }
        if (!round.IsOpen)
        {
            var current = turn.Me.UnitId is { } mine ? Rounds.OpenFor(snapshot, mine, turn.Now)?.Id : null;
            turn.Say(Replies.RoundClosedCard(turn.Lang, round.Id, current));
            return null;
        }
        if (Rounds.MeetingOf(snapshot, round) is { Status: MeetingStatus.Cancelled } meeting)
        {
            turn.Say(Replies.MeetingCancelledCard(turn.Lang, round.Id, meeting.Id));
            return null;
        }
        return UnitRound.Of(snapshot, round, unit);
    }

    /// <summary>The unit and open round of the person, or says why there is none and returns null.</summary>
    public static UnitRound? MyOpenRound(ConversationTurn turn, bool orLatest = false)
    {
        var snapshot = turn.Snapshot!;
        var me = turn.Me;
        if (me.Role != Domain.JointMeetings.ContactRole.UnitContact || me.UnitId is null)
        {
            turn.Say(Replies.NeedsUnitContact(turn.Lang, me));
            return null;
        }
        var unit = snapshot.JointMeeting.Value.GetUnit(me.UnitId);
        var round = orLatest ? Rounds.CurrentFor(snapshot, unit.Id, turn.Now) : Rounds.OpenFor(snapshot, unit.Id, turn.Now);
        if (round is null)
        {
            turn.Say(Replies.NoOpenRound(turn.Lang, unit.Name));
            return null;
        }
        var unitRound = UnitRound.Of(snapshot, round, unit);
        if (unitRound.Tasks.Count == 0)
        {
            turn.Say(Replies.NoTaskInRound(turn.Lang, unit.Name, round.Id));
            return null;
        }
        return unitRound;
    }
}
