using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// The targets falling due in a period (or about a topic), from the documents of the joint meeting: each with its
/// date, its task and the units that lead it (marked when not member units). Nothing due: the nearest years that
/// have targets.
/// </summary>
public static class TargetsAnswer
{
    public static QuestionAnswer Build(QuestionContext context, PolicyQuestion question)
    {
        var lang = context.Lang;
        var answer = context.Index.Answer(question);
        if (answer.Targets.Count == 0)
            return QuestionAnswer.Plain(Replies.QuestionsNoTargets(lang, answer.DueFrom, answer.DueBy, answer.TargetTopic,
                answer.TargetTopic is null ? NearestYears(context.Index, answer.DueFrom, answer.DueBy) : []));

        var items = answer.Targets.Select(t => new TargetItem(
            t.Target.StartsFrom ? null : t.Target.Deadline,
            t.Target.Text,
            QuestionContext.Cite(t.Document, t.Task),
            context.Units(t.Task?.Lead ?? []))).ToList();
        var note = context.JointMeeting is { } jm && items.Any(i => i.Leads.Any(u => u.Member == false))
            ? Replies.QuestionsNonMemberNote(lang, jm.Name)
            : "";
        return QuestionAnswer.List(
            Replies.QuestionsTargetsHeader(lang, answer.DueFrom, answer.DueBy, answer.TargetTopic, items.Count),
            items.Select(i => Replies.QuestionsTargetItem(lang, i)).ToList(),
            QuestionAnswer.DefaultPageSize,
            note);
    }

    // The closest year before and after the period that have targets, with how many fall due in each.
    private static IReadOnlyList<(int Year, int Count)> NearestYears(PolicyIndex index, DateOnly? from, DateOnly? by)
    {
        var years = index.TargetsDueBy(DateOnly.MaxValue)
            .GroupBy(t => t.Target.Deadline!.Value.Year)
            .ToDictionary(g => g.Key, g => g.Count());
        var first = from?.Year ?? by?.Year ?? 0;
        var last = by?.Year ?? from?.Year ?? 0;
        var before = years.Keys.Where(y => y < first).DefaultIfEmpty().Max();
        var after = years.Keys.Where(y => y > last).DefaultIfEmpty().Min();
        return new[] { before, after }.Where(y => y != 0).Select(y => (y, years[y])).ToList();
    }
}
