using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// What a unit owns. Within a joint meeting, a member unit (found by name, alias or abbreviation) answers with the
/// joint meeting's tasks it leads, then those it shares, with their targets; any other unit with what the documents
/// give it. Nothing found: the closest unit names.
/// </summary>
public static class UnitDutiesAnswer
{
    // Characters every unit name has: they say nothing about which unit is meant.
    private const string CommonCharacters = "区市省县局厅委办部会室中心政府";

    public static QuestionAnswer Build(QuestionContext context, string name)
    {
        if (context.JointMeeting is { } jm && FindMember(context, jm, name) is { } unit)
        {
            var items = DutyItems(context, jm, unit.Id, _ => null);
            if (items.Count == 0) return QuestionAnswer.Plain(Replies.QuestionsUnitHasNoTasks(context.Lang, unit.Name));
            return QuestionAnswer.List(
                Replies.QuestionsUnitHeader(context.Lang, unit.Name, items.Count(i => i.Leads), items.Count(i => !i.Leads), jm.Name),
                items.Select(i => Replies.QuestionsDutyItem(context.Lang, i)).ToList());
        }

        var answer = context.Index.Answer(new PolicyQuestion(PolicyQuestionKind.UnitTasks, name, null, null));
        // "实训基地要做哪些事" names no body: the index answers it as a topic.
        if (answer.Kind == PolicyQuestionKind.WhoIsResponsible) return ResponsibilityAnswer.FromIndex(context, answer);
        if (answer.Units.Count == 0) return QuestionAnswer.Plain(NothingFound(context, name));
        return FromDocuments(context, answer);
    }

    /// <summary>The tasks of a member unit, those it leads first, each with its targets and what <paramref name="report"/> says of it.</summary>
    public static IReadOnlyList<DutyItem> DutyItems(QuestionContext context, JointMeeting jm, string unitId, Func<AssignedTask, TaskReport?> report) =>
        jm.TasksOf(unitId)
            .OrderByDescending(t => t.LeadUnitIds.Contains(unitId)) // stable: document order within each
            .Select(t => new DutyItem(
                context.Cite(t),
                t.LeadUnitIds.Contains(unitId),
                t.Targets.Select(g => new DutyTarget(g.Text, g.Deadline)).ToList(),
                Report: report(t)))
            .ToList();

    /// <summary>A member unit by its name or alias, a unique part of its name, or a name the documents give it (区财政局 for 财政局).</summary>
    public static MemberUnit? FindMember(QuestionContext context, JointMeeting jm, string name)
    {
        if (jm.FindUnit(name) is { } exact) return exact;
        var containing = jm.Units.Where(u => u.Name.Contains(name, StringComparison.Ordinal)).ToList();
        if (containing.Count == 1 && name.Length >= 2) return containing[0];
        foreach (var match in context.Index.FindUnits(name))
            if (match.Unit.Aliases.Prepend(match.Unit.Name).Select(jm.FindUnit).FirstOrDefault(u => u is not null) is { } member)
                return member;
        return null;
    }

    private static QuestionAnswer FromDocuments(QuestionContext context, PolicyAnswer answer)
    {
        var lang = context.Lang;
        var several = answer.Units.Count > 1;
        var items = new List<DutyItem>();
        foreach (var match in answer.Units)
        {
            var unit = match.Unit;
            foreach (var path in unit.Tasks.OrderByDescending(p => unit.Leads.Any(l => l.SequenceEqual(p))))
            {
                // Labels can repeat (numbering restarted in a later part): the task is the one naming this unit.
                var task = match.Document.Tasks.FirstOrDefault(t => t.Path.SequenceEqual(path) && t.AllUnits.Contains(unit.Name));
                if (task is null) continue;
                items.Add(new DutyItem(
                    QuestionContext.Cite(match.Document, task),
                    unit.Leads.Any(l => l.SequenceEqual(path)),
                    task.Targets.Select(g => new DutyTarget(g.Text, g.StartsFrom ? null : g.Deadline)).ToList(),
                    several ? unit.Name : null));
            }
        }

        var names = string.Join(Replies.ListSeparator(lang), answer.Units.Select(u => u.Unit.Name).Distinct());
        if (items.Count == 0) return QuestionAnswer.Plain(Replies.QuestionsUnitHasNoTasks(lang, names));
        var header = Replies.QuestionsUnitHeader(lang, names, items.Count(i => i.Leads), items.Count(i => !i.Leads), null);
        if (context.JointMeeting is { } jm) header = Replies.QuestionsNotAMemberUnit(lang, names, jm.Name) + "\n" + header;
        return QuestionAnswer.List(header, items.Select(i => Replies.QuestionsDutyItem(lang, i)).ToList());
    }

    // The units whose names share a telling character with what was typed, members first; with none, the members.
    private static string NothingFound(QuestionContext context, string name)
    {
        var telling = name.Where(c => !CommonCharacters.Contains(c)).ToHashSet();
        var members = context.JointMeeting?.Units.Select(u => u.Name).ToList() ?? [];
        var named = context.Index.Documents.SelectMany(d => d.Units).Select(u => u.Name);
        var close = members.Concat(named).Distinct()
            .Select(n => (Name: n, Shared: n.Count(telling.Contains)))
            .Where(n => n.Shared > 0)
            .OrderByDescending(n => n.Shared) // stable: members first within a score
            .Select(n => n.Name)
            .Take(5)
            .ToList();
        return close.Count == 0 && members.Count > 0
            ? Replies.QuestionsNoUnitMatchButMembers(context.Lang, name, context.JointMeeting!.Name, members)
            : Replies.QuestionsNoUnitMatch(context.Lang, name, close);
    }
}
