using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy.Index;

/// <summary>The wordings of the questions <see cref="PolicyQuestion"/> tells apart, on tidied text (see <see cref="QuestionText"/>).</summary>
internal static partial class QuestionPatterns
{
    public static readonly Regex[] ConvenorQuestions =
    [
        TopicConvenorZh(), ConvenorOfTopicZh(), WhoConvenesZh(), ConvenorEn(),
    ];

    public static readonly Regex[] UnitQuestions =
    [
        UnitOwnsZh(), UnitTasksZh(), UnitOwnsEn(), TasksOfUnitEn(), WhichTasksEn(),
    ];

    public static readonly Regex[] TopicQuestions =
    [
        WhoZh(), TopicWhoZh(), WhoEn(),
    ];

    /// <summary>
    /// The period a targets question names: a date, a year, 今年/this year, 明年/next year; without one, this
    /// year and before when <paramref name="defaultToThisYear"/>, else no limit.
    /// </summary>
    public static (DateOnly? From, DateOnly? By) Period(string q, DateOnly today, bool defaultToThisYear = true)
    {
        var date = DocumentHeaderReader.ParseDate(q);
        if (date is not null) return (null, date);

        var thisYear = ThisYear().IsMatch(q);
        var nextYear = NextYear().IsMatch(q);
        var year = Year().Match(q) is { Success: true } y ? int.Parse(y.Groups["y"].Value) : thisYear ? today.Year : nextYear ? today.Year + 1 : (int?)null;
        if (year is null) return defaultToThisYear ? (null, new DateOnly(today.Year, 12, 31)) : (null, null);
        var by = new DateOnly(year.Value, 12, 31);
        // "2022年底前" / "by 2022" mean everything up to then; "2025年到期" / "due in 2025" mean that year only.
        return Before().IsMatch(q) ? (null, by) : (new DateOnly(year.Value, 1, 1), by);
    }

    /// <summary>The topic a targets question narrows to, once period and target words are gone; null for none.</summary>
    public static string? TargetTopic(string q)
    {
        var rest = TargetWords().Replace(q, "").Trim(' ', '要', '应', '的', '了', '有', '是', '为', '到', '前', '底', '共', '和', '在', '将', '“', '”', '"');
        var chinese = rest.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        return chinese >= 2 ? rest : null;
    }

    [GeneratedRegex(@"目标|指标|到期|截止|deadline|target|fall(?:s)? due|\bdue\b|(?:(?:19|20)\d{2}年?|今年|明年|本年|年底|年内)[^,，。]{0,6}?(?:完成|达到|实现|做到|达成)|(?:达到|提高到|提升到|增加到|超过|是)多少|(?:要|需要|应|将|计划)?(?:建|建成|建设|培育|打造|新增|培养|认定|招收)多少|多少(?:家|所|人次|名)", RegexOptions.IgnoreCase)]
    public static partial Regex AboutTargets();

    [GeneratedRegex(@"(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?年?|今年|明年|本年|去年|年底|年末|年内|底前|之前|以前|截至|截止|到期|目标值|目标|指标|任务|要求|有什么|有哪些|是什么|是多少|哪些|什么|多少|哪几项|几项|需要|应当|应该|必须|完成|达到|实现|做到|达成|提高到|提升到|增加到|超过|建成|培育|打造|新增|认定|建设|建|[家所个名]|人次|[A-Za-z]{2,}|\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWords();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})")]
    private static partial Regex Year();

    [GeneratedRegex(@"今年|本年|this year", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"明年|next year", RegexOptions.IgnoreCase)]
    private static partial Regex NextYear();

    [GeneratedRegex(@"前|之前|以前|底前|截至|截止|\bby\b|before|until", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    // 职业教育联席会议谁召集 / 联席会议由谁主持
    [GeneratedRegex(@"^(?<topic>.+?)(?:由|是)?谁(?:来)?(?:召集|主持)")]
    private static partial Regex TopicConvenorZh();

    // 联席会议召集人是谁 / 谁是联席会议的召集人 / 召集人是谁
    [GeneratedRegex(@"^(?:谁是)?(?<topic>.*?)的?召集人(?:是谁|是哪位|是什么人|是)?$")]
    private static partial Regex ConvenorOfTopicZh();

    // 谁召集联席会议
    [GeneratedRegex(@"^谁(?:来|负责)?(?:召集|主持)(?<topic>.*)$")]
    private static partial Regex WhoConvenesZh();

    // who convenes the joint meeting / who is the convenor of the joint meeting
    [GeneratedRegex(@"^who(?:'s|’s| is)? (?:convenes|chairs|calls|the convenor of|the convener of|the chair of) (?<topic>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConvenorEn();

    // 区财政局负责什么 / 财政厅牵头哪些工作 / 财政局要做哪些事 / 发改委牵头了哪些任务
    [GeneratedRegex(@"^(?<unit>.+?)(?:都|主要|具体|一共|总共)?(?:要|需要|应|应当|应该|得)?(?:负责|牵头|承担|管|做|干|参与|抓|落实)(?:了|过)?(?:什么|哪些|哪几项|几项|的?(?:任务|工作|事项|事情))")]
    private static partial Regex UnitOwnsZh();

    // 人社局有哪些任务 / 财政厅的职责
    [GeneratedRegex(@"^(?<unit>.+?)(?:有哪些|有什么|都有哪些|的)(?:任务|职责|工作|分工|事项|事情|事)")]
    private static partial Regex UnitTasksZh();

    [GeneratedRegex(@"^what (?:is|are|does|do) (?:the )?(?<unit>.+?) (?:responsible for|in charge of|own|lead|do|handle)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOwnsEn();

    // list tasks of the SASAC / what are the tasks of the finance department / the finance bureau's tasks
    [GeneratedRegex(@"^(?:(?:(?:what|which) are |list |show (?:me )?)?(?:the )?(?:tasks|duties|responsibilities) (?:of|for) (?:the )?(?<unit>.+)|(?<unit>.+?)'s (?:tasks|duties|responsibilities))$", RegexOptions.IgnoreCase)]
    private static partial Regex TasksOfUnitEn();

    // which tasks does the finance bureau lead
    [GeneratedRegex(@"^(?:which|what) (?:tasks|duties|items|work) (?:does|do|is|are) (?:the )?(?<unit>.+?) (?:lead|leading|own|do|doing|handle|handling|responsible for|in charge of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichTasksEn();

    // 谁负责双师型教师队伍建设 / 哪个部门牵头实训基地
    [GeneratedRegex(@"^(?:谁|哪(?:个|些|家|一个)(?:单位|部门|机构|局|厅))(?:来)?(?:负责|牵头|主管|管|抓)(?<topic>.+)$")]
    private static partial Regex WhoZh();

    // 实训基地由谁负责 / 双师型教师谁牵头 / 1+X证书试点是哪个部门负责 / 实训基地归哪个部门管
    [GeneratedRegex(@"^(?<topic>.+?)(?:工作)?(?:由|是|归)?(?:谁|哪(?:个|些|家|一个)(?:单位|部门|机构|局|厅))(?:来)?(?:负责|牵头|主管|管|抓)")]
    private static partial Regex TopicWhoZh();

    // who is responsible for training bases / which department handles the 1+X certificate pilot
    [GeneratedRegex(@"^(?:who|which (?:unit|department|bureau|agency|office)s?)(?:'s|’s| is| are)? (?:responsible for|in charge of|leads?|owns?|handles?|manages?|takes? the lead (?:on|in)|looks? after|oversees?) (?<topic>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoEn();

    [GeneratedRegex(@"^(?:关于|有关)|(?:的)?(?:工作|问题|事项|情况)$")]
    public static partial Regex TopicFiller();
}
