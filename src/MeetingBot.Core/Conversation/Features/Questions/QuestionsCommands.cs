using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>A question the Questions feature answers. <see cref="Query"/> is what to ask again for another page.</summary>
public abstract record QuestionsCommand(string Query, int Page);

/// <summary>Who is responsible for a topic, what a unit owns, or which targets fall due: classified as the policy index reads it.</summary>
public sealed record PolicyQuestionCommand(string Query, PolicyQuestion Question, int Page = 1) : QuestionsCommand(Query, Page);

/// <summary>"我的任务" / "my tasks": the tasks of the sender's own unit.</summary>
public sealed record MyTasksCommand(string Query, int Page = 1) : QuestionsCommand(Query, Page);

/// <summary>"更多" / "more": the next page of the last long answer in this conversation.</summary>
public sealed record MoreCommand() : QuestionsCommand("", 0);

/// <summary>A command word without its subject ("谁负责", "单位职责"): how to use it.</summary>
public sealed record QuestionUsageCommand(PolicyQuestionKind Kind) : QuestionsCommand("", 1);

/// <summary>
/// Reads a message as one of the questions of this feature, or null when it is not one (so the handler can say it
/// did not understand). Natural questions in Chinese and English, the menu command forms ("单位职责 区财政局",
/// "到期目标 2025", "targets due by 2025"), and a page suffix ("… 第2页", "… page 2"). Pure: no state, no clock.
/// </summary>
public static partial class QuestionsCommands
{
    /// <summary>Longer messages are reports or notes, not questions.</summary>
    public const int MaxQuestionLength = 200;

    public const int MaxPage = 500;

    public static QuestionsCommand? Parse(string text, DateOnly today)
    {
        var typed = QuestionText.FoldWidth(text).Trim();
        if (typed.Length is 0 or > MaxQuestionLength || ReportText().IsMatch(typed)) return null;
        if (More().IsMatch(typed)) return new MoreCommand();

        var page = 1;
        if (PageSuffix().Match(typed) is { Success: true } suffix)
        {
            if (!int.TryParse(suffix.Groups["n"].Value, out page) || page is < 1 or > MaxPage) return null;
            typed = typed[..suffix.Index].Trim();
            if (typed.Length == 0) return null;
        }

        var q = QuestionText.Tidy(typed);
        if (q.Length == 0) return null;
        if (MyTasksZh().IsMatch(q) || MyTasksEn().IsMatch(q) || MyUnitOwnsEn().IsMatch(q)) return new MyTasksCommand(typed, page);
        if (CommandForm(q, typed, today, page) is { } command) return command;
        return NaturalQuestion(q, typed, today, page);
    }

    // The menu's command words: the word, then what it is about (or nothing, for the usage).
    private static QuestionsCommand? CommandForm(string q, string typed, DateOnly today, int page)
    {
        if ((Rest(q, "单位职责") ?? Rest(q, "unit duties") ?? Rest(q, "duties of")) is { } unit)
            return unit.Length == 0
                ? new QuestionUsageCommand(PolicyQuestionKind.UnitTasks)
                : Policy(typed, new PolicyQuestion(PolicyQuestionKind.UnitTasks, EnglishGlossary.ToChinese(unit), null, null), page);
        if (Rest(q, "到期目标") is { } when)
            return Policy(typed, PolicyQuestion.Parse(when.Length == 0 ? "今年到期的目标" : $"{when}到期的目标", today), page);
        if (Rest(q, "targets due") is { } by)
            return Policy(typed, PolicyQuestion.Parse(by.Length == 0 ? "targets due this year" : $"targets due {by}", today), page);
        // The English menu's "what does" waits for "<unit> own": alone it asks for the usage.
        if (q.Equals("what does", StringComparison.OrdinalIgnoreCase))
            return new QuestionUsageCommand(PolicyQuestionKind.UnitTasks);
        if (q is "谁负责" or "谁牵头" || WhoWithoutTopicEn().IsMatch(q))
            return new QuestionUsageCommand(PolicyQuestionKind.WhoIsResponsible);
        return null;
    }

    private static QuestionsCommand? NaturalQuestion(string q, string typed, DateOnly today, int page)
    {
        if (JointMeetingQuestion.Read(q) is not null) return Policy(typed, PolicyQuestion.Parse(q, today), page);
        var aboutTargets = QuestionPatterns.AboutTargets().IsMatch(q)
            // A report's or a meeting's deadline is for the features of reports and meetings, not the document's targets.
            && (TargetWord().IsMatch(q) || !ReportOrMeeting().IsMatch(q));
        var unitShaped = QuestionPatterns.UnitQuestions.Any(p => p.IsMatch(q));
        var recognised = aboutTargets
            || QuestionPatterns.ConvenorQuestions.Any(p => p.IsMatch(q))
            || unitShaped
            || QuestionPatterns.TopicQuestions.Any(p => p.IsMatch(q))
            // "谁还没交报告" is the reporting feature's: the loose frame leaves reports and meetings alone.
            || QuestionFrame.WhoTopic(q) is not null && !ReportOrMeeting().IsMatch(q) && !NotReported().IsMatch(q);
        if (!recognised) return null;

        var question = PolicyQuestion.Parse(q, today);
        if (question.Kind == PolicyQuestionKind.TargetsDue && !aboutTargets) return null;
        // "今天的工作" has the shape of "人社局的工作" but names no body: only a unit-like subject makes it a question.
        if (question.Kind == PolicyQuestionKind.UnitTasks && !StrongUnitQuestion(q) && !LooksLikeUnit(question.Subject)) return null;
        // "这事找谁" / "谁来管": a who frame without a topic gets the usage.
        if (question.Subject.Length == 0) return question.Kind == PolicyQuestionKind.WhoIsResponsible ? new QuestionUsageCommand(question.Kind) : null;
        return Policy(typed, question, page);
    }

    private static PolicyQuestionCommand Policy(string typed, PolicyQuestion question, int page) => new(typed, question, page);

    // "区财政局负责什么" asks what a unit owns whatever it names; "X的工作" only when X is a body.
    private static bool StrongUnitQuestion(string q) => !WeakUnitShape().IsMatch(q) || OwnsVerb().IsMatch(q);

    private static bool LooksLikeUnit(string subject) =>
        UnitNames.EndsWithUnitSuffix(subject) || subject.EndsWith('局') || subject.EndsWith('厅') || subject.EndsWith('委') || subject.EndsWith('办');

    private static string? Rest(string q, string word) =>
        q.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (q.Length == word.Length || !char.IsAsciiLetter(q[word.Length]) || !char.IsAsciiLetter(word[^1]))
            ? q[word.Length..].Trim(' ', '：', ':', '，', ',', '“', '”', '"')
            : null;

    [GeneratedRegex(@"^(?:更多|更多结果|下一页|继续|再来|more|show more|next|next page)[\s。.!！]*$", RegexOptions.IgnoreCase)]
    private static partial Regex More();

    [GeneratedRegex(@"[\s,，]*(?:第\s*(?<n>\d{1,4})\s*页|(?<![A-Za-z])page\s*(?<n>\d{1,4}))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageSuffix();

    // 我的任务 / 我单位的任务 / 我们单位有哪些任务 / 本单位职责 / 我单位负责什么
    [GeneratedRegex(@"^(?:我|我们|咱们|本)(?:的|单位|部门)?的?(?:(?:都|主要)?(?:有|要做|负责|牵头|承担)(?:哪些|什么)(?:任务|职责|工作|事)?|(?:都|主要)?有?(?:哪些)?(?:任务|职责|工作任务|分工)(?:有哪些|是什么|有什么|清单)?)$")]
    private static partial Regex MyTasksZh();

    // my tasks / my unit's tasks / what are our duties / show me my unit's responsibilities
    [GeneratedRegex(@"^(?:(?:what|which) are |show (?:me )?|list )?(?:my|our)(?: (?:unit|department|bureau)(?:'s|’s)?)? (?:tasks|duties|responsibilities|work)$", RegexOptions.IgnoreCase)]
    private static partial Regex MyTasksEn();

    [GeneratedRegex(@"^what (?:does|do|is|are) (?:my|our) (?:unit|department|bureau)(?: responsible for| in charge of| own| lead| do| handle)$", RegexOptions.IgnoreCase)]
    private static partial Regex MyUnitOwnsEn();

    [GeneratedRegex(@"^(?:who(?:'s|’s| is)? (?:responsible|in charge)(?: for)?|who leads)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoWithoutTopicEn();

    // "报告：今年新增双师型教师23名，达到目标" is a report, whatever it mentions.
    [GeneratedRegex(@"^(?:报告|汇报|填报|report)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ReportText();

    [GeneratedRegex(@"目标|指标|target", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWord();

    [GeneratedRegex(@"报告|汇报|填报|会议|开会|report|meeting", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOrMeeting();

    [GeneratedRegex(@"没交|未交|没有交|not (?:yet )?(?:reported|submitted)|hasn't|haven't", RegexOptions.IgnoreCase)]
    private static partial Regex NotReported();

    [GeneratedRegex(@"^(?<unit>.+?)(?:有哪些|有什么|都有哪些|的)(?:任务|职责|工作|分工|事项|事情|事)")]
    private static partial Regex WeakUnitShape();

    [GeneratedRegex(@"负责|牵头|承担|管|参与|落实|responsible|charge|own|lead|handle|duties|tasks", RegexOptions.IgnoreCase)]
    private static partial Regex OwnsVerb();
}
