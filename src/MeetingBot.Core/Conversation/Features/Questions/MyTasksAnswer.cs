using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// "我的任务": for a unit's contact, the unit's tasks with their targets and, when a round is open, where the
/// unit's report stands, task by task. Anyone else is told what they are here and how a unit's contact joins.
/// </summary>
public static class MyTasksAnswer
{
    public static QuestionAnswer Build(QuestionContext context)
    {
        var lang = context.Lang;
        var jm = context.JointMeeting;
        var example = jm?.Units.FirstOrDefault()?.Name ?? Replies.QuestionsExampleUnit;
        var me = context.Me;
        if (jm is null || me.Role is null)
        {
            if (jm?.FindContact(me.Account) is { Status: ContactStatus.Pending } request)
                return QuestionAnswer.Plain(Replies.QuestionsPendingContact(lang, request.UnitId is null ? null : Replies.UnitName(jm, request.UnitId)));
            return QuestionAnswer.Plain(Replies.QuestionsNotAContact(lang, jm?.Name, example));
        }
        if (me.UnitId is not { } unit || jm.Units.All(u => u.Id != unit))
            return QuestionAnswer.Plain(Replies.QuestionsNoUnitOfYourOwn(lang, Replies.RoleName(lang, me.Role.Value.ToString()), example));

        var unitName = Replies.UnitName(jm, unit);
        var (round, report) = OpenRound(context.Snapshot!, unit);
        var items = UnitDutiesAnswer.DutyItems(context, jm, unit, task => round is null || !round.TasksOf(unit).Contains(task.Id)
            ? null
            : new TaskReport(report?.State.Entries.FirstOrDefault(e => e.TaskId == task.Id)?.Status));
        if (items.Count == 0) return QuestionAnswer.Plain(Replies.QuestionsUnitHasNoTasks(lang, unitName));

        var roundNote = round is null ? "" : Replies.QuestionsRoundState(lang, new RoundState(
            round.Id,
            round.State.ReopenedUntil ?? round.State.Deadline,
            context.Snapshot!.FindMeeting(round.State.MeetingId)?.Value.LocalDate,
            report?.State.Submitted == true,
            report is { IsNew: false, State.Submitted: false },
            report?.State.Late == true));
        roundNote += DroppedButReported(context.Snapshot!, jm, unit, lang);
        return QuestionAnswer.List(
            Replies.QuestionsMyTasksHeader(lang, unitName, items.Count(i => i.Leads), items.Count(i => !i.Leads)),
            items.Select(i => Replies.QuestionsDutyItem(lang, i)).ToList(),
            QuestionAnswer.DefaultPageSize,
            roundNote);
    }

    // Tasks a re-imported document no longer has but this unit reported on: no longer its tasks, yet its reports on them stay.
    private static string DroppedButReported(JointMeetingSnapshot snapshot, JointMeeting jm, string unitId, Lang lang)
    {
        var reported = snapshot.Reports.Where(r => r.Value.UnitId == unitId).SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet(StringComparer.Ordinal);
        var dropped = jm.Tasks.Where(t => t.Dropped && reported.Contains(t.Id)).Select(t => TaskNumbers.Label(t, lang)).ToList();
        return dropped.Count == 0 ? "" : "\n" + Replies.QuestionsDroppedButReported(lang, dropped);
    }

    // The open round that asks this unit, the one due first when several are open, and the unit's report in it.
    private static (ReportingRound? Round, ProgressReport? Report) OpenRound(JointMeetingSnapshot snapshot, string unitId)
    {
        var round = snapshot.Rounds.Select(r => r.Value)
            .Where(r => r.IsOpen && r.Asks(unitId))
            .OrderBy(r => r.State.ReopenedUntil ?? r.State.Deadline)
            .FirstOrDefault();
        return (round, round is null ? null : snapshot.FindReport(round.Id, unitId)?.Value);
    }
}
