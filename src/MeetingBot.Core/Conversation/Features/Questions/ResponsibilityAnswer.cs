using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Retrieval;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// Who is responsible for a topic: the tasks of the documents that match it, each with its lead and responsible
/// units (marked when they are not member units of the joint meeting), its document, task number and line.
/// </summary>
public static class ResponsibilityAnswer
{
    /// <summary>Matches beyond these are too loose to help.</summary>
    public const int MaxTasks = 15;

    public const int PageSize = 5;

    public static QuestionAnswer Build(QuestionContext context, PolicyQuestion question) =>
        FromIndex(context, context.Index.Answer(question), question.AboutConvenor);

    /// <summary>A topic answer of the index (also what a unit question becomes when it names no body).</summary>
    public static QuestionAnswer FromIndex(QuestionContext context, PolicyAnswer answer, bool aboutConvenor = false)
    {
        var lang = context.Lang;
        if (answer.Tasks.Count == 0) return QuestionAnswer.Plain(Replies.QuestionsNoTopicMatch(lang, answer.Subject, answer.Suggestions));

        // The index gives the best eight; a broad topic ("职业教育") matches more, and paging can show them.
        var matches = aboutConvenor || answer.Fit != TopicFit.Full || answer.Tasks.Count < 8 ? answer.Tasks : context.Index.WhoIsResponsible(answer.Subject, MaxTasks);
        var items = Items(context, matches);
        var note = context.JointMeeting is { } jm && items.Any(i => i.Leads.Concat(i.Responsible).Any(u => u.Member == false))
            ? Replies.QuestionsNonMemberNote(lang, jm.Name)
            : "";
        var texts = items.Select(i => Replies.QuestionsResponsibleItem(lang, i)).ToList();
        return answer.Fit switch
        {
            TopicFit.Closest => QuestionAnswer.List(Replies.QuestionsClosestHeader(lang, answer.Subject, texts.Count > 1), texts, PageSize, note),
            // Two or more about as close: ask which was meant, a button (and a typed equivalent) for each.
            TopicFit.Ambiguous => QuestionAnswer.List(Replies.QuestionsWhichOneHeader(lang, answer.Subject), texts, PageSize,
                Replies.QuestionsWhichOneNote(lang, matches.Select(m => m.Task.Title).ToList())) with
            {
                Choices = matches.Select(m => (m.Task.Title, Replies.QuestionsAskAbout(lang, m.Task.Title))).ToList(),
            },
            _ => QuestionAnswer.List(Replies.QuestionsWhoHeader(lang, answer.Subject, items.Count), texts, PageSize, note),
        };
    }

    // In a joint meeting its own matrix speaks for the document: the units as the convenor corrected them, and no word
    // of a task marked as not this joint meeting's.
    private static List<ResponsibleItem> Items(QuestionContext context, IReadOnlyList<TaskMatch> matches)
    {
        var items = new List<ResponsibleItem>();
        foreach (var m in matches)
        {
            var own = context.JointMeeting?.Tasks.FirstOrDefault(t => t.Source == m.Document.SourceName && t.Path == m.Task.PathText);
            if (own is { NotForThisMeeting: true }) continue;
            var corrected = own is not null && context.JointMeeting!.State.Corrections.Any(c => c.TaskId == own.Id);
            items.Add(new ResponsibleItem(
                QuestionContext.Cite(m.Document, m.Task),
                context.Units(corrected ? own!.LeadUnitNames : m.Task.Lead),
                context.Units(corrected ? own!.ResponsibleUnitNames : m.Task.Responsible),
                corrected ? UnitAssignment.Explicit : m.Task.Assignment,
                m.Document.JointMeeting is { TaskPath: { } clause } meeting && clause.SequenceEqual(m.Task.Path) ? meeting.Convenor : null));
        }
        return items;
    }
}
