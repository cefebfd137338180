using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// What a free-text question asks, in Chinese or English: who is responsible for a topic, what a unit owns, or
/// which targets fall due in a period. Anything else is taken as a topic ("双师型教师" alone asks who owns it).
/// </summary>
public sealed record PolicyQuestion(PolicyQuestionKind Kind, string Subject, DateOnly? DueFrom, DateOnly? DueBy)
{
    public static PolicyQuestion Parse(string question, DateOnly today)
    {
        var q = question.Trim().TrimEnd('？', '?', '。', '.', '!', '！').Trim();

        if (QuestionPatterns.AboutTargets().IsMatch(q))
        {
            var (from, by) = QuestionPatterns.Period(q, today);
            return new PolicyQuestion(PolicyQuestionKind.TargetsDue, q, from, by);
        }

        foreach (var pattern in QuestionPatterns.UnitQuestions)
        {
            var m = pattern.Match(q);
            if (m.Success) return new PolicyQuestion(PolicyQuestionKind.UnitTasks, EnglishGlossary.ToChinese(m.Groups["unit"].Value.Trim()), null, null);
        }
        foreach (var pattern in QuestionPatterns.TopicQuestions)
        {
            var m = pattern.Match(q);
            if (m.Success) return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, CleanTopic(m.Groups["topic"].Value), null, null);
        }
        return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, CleanTopic(q), null, null);
    }

    private static string CleanTopic(string topic) =>
        QuestionPatterns.TopicFiller().Replace(topic.Trim(), "").Trim(' ', '“', '”', '"', '\'', '「', '」');
}

internal static partial class QuestionPatterns
{
    public static readonly Regex[] UnitQuestions =
    [
        UnitOwnsZh(), UnitTasksZh(), UnitOwnsEn(), TasksOfUnitEn(),
    ];

    public static readonly Regex[] TopicQuestions =
    [
        WhoZh(), TopicWhoZh(), WhoEn(),
    ];

    /// <summary>The period a targets question names: a date, a year, 今年/this year, or (by default) this year.</summary>
    public static (DateOnly? From, DateOnly? By) Period(string q, DateOnly today)
    {
        var date = DocumentHeaderReader.ParseDate(q);
        if (date is not null) return (null, date);

        var thisYear = ThisYear().IsMatch(q);
        var nextYear = NextYear().IsMatch(q);
        var year = Year().Match(q) is { Success: true } y ? int.Parse(y.Groups["y"].Value) : thisYear ? today.Year : nextYear ? today.Year + 1 : (int?)null;
        if (year is null) return (null, new DateOnly(today.Year, 12, 31));
        var by = new DateOnly(year.Value, 12, 31);
        // "2022年底前" / "by 2022" mean everything up to then; "2025年到期" / "due in 2025" mean that year only.
        return Before().IsMatch(q) ? (null, by) : (new DateOnly(year.Value, 1, 1), by);
    }

    [GeneratedRegex(@"目标|指标|到期|截止|deadline|target|fall(?:s)? due|\bdue\b", RegexOptions.IgnoreCase)]
    public static partial Regex AboutTargets();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})")]
    private static partial Regex Year();

    [GeneratedRegex(@"今年|本年|this year", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"明年|next year", RegexOptions.IgnoreCase)]
    private static partial Regex NextYear();

    [GeneratedRegex(@"前|之前|以前|底前|截至|截止|\bby\b|before|until", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    // 区财政局负责什么 / 财政厅牵头哪些工作 / 人社局有哪些任务
    [GeneratedRegex(@"^(?<unit>.+?)(?:都|主要|具体)?(?:负责|牵头|承担|管)(?:什么|哪些|啥|的?(?:任务|工作|事项))")]
    private static partial Regex UnitOwnsZh();

    [GeneratedRegex(@"^(?<unit>.+?)(?:有哪些|有什么|的)(?:任务|职责|工作|分工|事项)")]
    private static partial Regex UnitTasksZh();

    [GeneratedRegex(@"^what (?:is|are|does|do) (?:the )?(?<unit>.+?) (?:responsible for|in charge of|own|lead|do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOwnsEn();

    [GeneratedRegex(@"^(?:(?:list |show )?(?:the )?(?:tasks|duties|responsibilities) of (?:the )?(?<unit>.+)|(?<unit>.+?)'s (?:tasks|duties|responsibilities))$", RegexOptions.IgnoreCase)]
    private static partial Regex TasksOfUnitEn();

    // 谁负责双师型教师队伍建设 / 哪个部门牵头实训基地
    [GeneratedRegex(@"^(?:请问)?(?:谁|哪个单位|哪些单位|哪个部门|哪些部门|哪家单位)(?:来)?(?:负责|牵头|主管|管)(?<topic>.+)$")]
    private static partial Regex WhoZh();

    // 实训基地由谁负责 / 双师型教师谁牵头 / 1+X证书试点是哪个部门负责
    [GeneratedRegex(@"^(?<topic>.+?)(?:工作)?(?:由|是|归)?(?:谁|哪个单位|哪些单位|哪个部门|哪些部门)(?:来)?(?:负责|牵头|主管|管)")]
    private static partial Regex TopicWhoZh();

    [GeneratedRegex(@"^(?:who|which (?:unit|units|department|departments|bureau|bureaus)) (?:is |are )?(?:responsible for|in charge of|leads?|owns?|handles?) (?<topic>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoEn();

    [GeneratedRegex(@"^(?:关于|有关)|(?:的)?(?:工作|问题|事项|情况)$")]
    public static partial Regex TopicFiller();
}
