using System.Text;
using MeetingBot.Core.Conversation.Features.Questions;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation;

// Questions: who is responsible, what a unit owns, which targets fall due, my unit's tasks, and paging. Content of
// the documents (titles, unit names, target texts) stays Chinese in English answers: it is what the documents say.
public static partial class Replies
{
    private const int QuestionsMaxTitle = 60;
    private const int QuestionsMaxTarget = 120;
    private const int QuestionsMaxTargetsPerTask = 3; // a page of tasks must fit one card

    /// <summary>The unit examples name when no joint meeting gives one.</summary>
    public const string QuestionsExampleUnit = "区财政局";

    // ---- who is responsible

    public static string QuestionsWhoHeader(Lang lang, string topic, int count) => lang.Pick(
        $"与“{topic}”相关的任务共 {count} 项（按相关程度排序）：",
        $"{count} task(s) about “{topic}”, most relevant first:");

    public static string QuestionsResponsibleItem(Lang lang, ResponsibleItem item)
    {
        var text = new StringBuilder("• ").Append(QuestionsCite(lang, item.Source));
        if (item.Assignment == UnitAssignment.None)
            text.Append('\n').Append(lang.Pick("  文件未指明责任单位", "  The document names no units for it"));
        else
        {
            text.Append('\n').Append(lang.Pick("  牵头：", "  Lead: ")).Append(QuestionsUnitList(lang, item.Leads));
            if (item.Responsible.Count > 0)
                text.Append('\n').Append(lang.Pick("  责任：", "  Responsible: ")).Append(QuestionsUnitList(lang, item.Responsible));
            if (QuestionsAssignmentNote(lang, item.Assignment) is { } note) text.Append('\n').Append("  ").Append(note);
        }
        if (item.Convenor is { } convenor)
            text.Append('\n').Append(lang.Pick($"  召集人：{convenor}", $"  Convenor: {convenor}"));
        return text.ToString();
    }

    /// <summary>No task holds all of the topic; one leads clearly: it is the closest match, the second the runner-up.</summary>
    public static string QuestionsClosestHeader(Lang lang, string topic, bool runnerUp) => lang.Pick(
        $"文件中没有与“{topic}”完全对应的表述。最接近的是第一项{(runnerUp ? "，其次是第二项" : "")}：",
        $"The documents have nothing worded exactly as “{topic}”. The closest match comes first{(runnerUp ? ", the runner-up second" : "")}:");

    public static string QuestionsWhichOneHeader(Lang lang, string topic) => lang.Pick(
        $"“{topic}”可能指以下几项，您问的是哪一项？",
        $"“{topic}” may mean any of these. Which one do you mean?");

    public static string QuestionsWhichOneNote(Lang lang, IReadOnlyList<string> titles) => titles.Count == 0
        ? lang.Pick("点按钮选择一项。", "Press a button to choose one.")
        : lang.Pick($"点按钮，或发送“谁负责 {titles[0]}”。", $"Press a button, or send \"who is responsible for {titles[0]}\".");

    /// <summary>The question an ask-back button asks.</summary>
    public static string QuestionsAskAbout(Lang lang, string title) => lang.Pick($"谁负责 {title}", $"who is responsible for {title}");

    public static string QuestionsNoTopicMatch(Lang lang, string topic, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
            return lang.Pick(
                $"没有找到与“{topic}”相关的任务：文件没有写明这项工作由谁负责。可以换个说法再问，例如“谁负责 实训基地”。",
                $"No task matches “{topic}”: the documents do not say who is responsible for it. Try other words, e.g. \"who is responsible for training bases\".");
        var text = new StringBuilder(lang.Pick($"没有找到与“{topic}”相关的任务。相近的有：", $"No task matches “{topic}”. The closest are:"));
        foreach (var title in suggestions)
            text.Append('\n').Append(lang.Pick($"• “{title}”（发送“谁负责 {title}”）", $"• “{title}” (send \"who is responsible for {title}\")"));
        return text.ToString();
    }

    /// <summary>Said under an answer that names units outside the joint meeting.</summary>
    public static string QuestionsNonMemberNote(Lang lang, string jointMeetingName) => lang.Pick(
        $"标“{QuestionsNonMemberMark(lang)}”的单位不是{jointMeetingName}的成员单位。",
        $"Units marked “{QuestionsNonMemberMark(lang)}” are not member units of {jointMeetingName}.");

    public static string QuestionsNonMemberMark(Lang lang) => lang.Pick("非成员单位", "not a member unit");

    // ---- the joint meeting itself

    public static string QuestionsMeetsPerYear(Lang lang, string name, int perYear) => lang.Pick(
        $"{name}原则上每年至少召开 {perYear} 次会议。发送“下次会议什么时候？”查看下一次会议。",
        $"{name} meets at least {perYear} time(s) a year. Send \"when is the next meeting\" for the next one.");

    public static string QuestionsMembersHeader(Lang lang, string name, int count) => lang.Pick(
        $"{name}共有 {count} 个成员单位：", $"{name} has {count} member unit(s):");

    public static string QuestionsOfficeIs(Lang lang, string name, string unit) => lang.Pick(
        $"{name}办公室设在{unit}。", $"The office of {name} is at {unit}.");

    public static string QuestionsLiaisonHeader(Lang lang, string name, int count) => count == 0
        ? lang.Pick($"{name}还没有登记联络员。成员单位的联络员发送“我是 区财政局 联络员”即可申请。",
            $"No liaison officers are registered for {name} yet. A unit's contact sends \"I am the contact for 区财政局\" to join.")
        : lang.Pick($"{name}已登记的联络员（{count} 人）：", $"The registered liaison officers of {name} ({count}):");

    public static string QuestionsLastMeeting(Lang lang, string name, DateOnly? date, string? agenda) => date is { } d
        ? lang.Pick($"{name}上一次会议于 {d:yyyy-MM-dd} 召开{(agenda is null ? "" : $"（{agenda}）")}。",
            $"{name} last met on {d:yyyy-MM-dd}{(agenda is null ? "" : $" ({agenda})")}.")
        : lang.Pick($"{name}还没有标记为已召开的会议。", $"No meeting of {name} has been marked as held yet.");

    public static string QuestionsNoJointMeetingClause(Lang lang) => lang.Pick(
        "文件中没有设立联席会议的条款，无法回答。", "The documents set up no joint meeting, so they do not say.");

    public static string QuestionsJointMeetingHeader(Lang lang, JointMeetingAspect aspect) => aspect switch
    {
        JointMeetingAspect.Frequency => lang.Pick("文件对联席会议召开频次的规定：", "How often the documents say the joint meeting meets:"),
        JointMeetingAspect.Members => lang.Pick("文件列出的联席会议成员单位：", "The member units the documents list:"),
        JointMeetingAspect.Office => lang.Pick("文件对联席会议办公室的规定：", "What the documents say about the joint meeting's office:"),
        JointMeetingAspect.Liaison => lang.Pick("文件对联络员的规定：", "What the documents say about liaison officers:"),
        _ => lang.Pick("文件不记录会议召开情况；以下是文件中的联席会议：", "The documents do not record meetings held; their joint meetings are:"),
    };

    public static string QuestionsJointMeetingFact(Lang lang, JointMeetingAspect aspect, JointMeetingFact fact, Citation source)
    {
        var name = fact.Clause.Name ?? lang.Pick("联席会议", "the joint meeting");
        var said = aspect switch
        {
            JointMeetingAspect.Members when fact.Clause.Members.Count > 0 => string.Join(ListSeparator(lang), fact.Clause.Members),
            JointMeetingAspect.Frequency when fact.Clause.MinMeetingsPerYear is { } n => lang.Pick($"每年至少召开 {n} 次", $"at least {n} time(s) a year"),
            _ when aspect is JointMeetingAspect.Office or JointMeetingAspect.Liaison && fact.Sentence is { } s => lang.Pick($"原文：{s}", $"the text says: {s}"),
            JointMeetingAspect.LastMeeting => lang.Pick($"召集人：{fact.Clause.Convenor ?? "文件未写明"}", $"convenor: {fact.Clause.Convenor ?? "not stated"}"),
            _ => lang.Pick("文件没有写明", "the document does not say"),
        };
        return lang.Pick($"• {name}：{said}", $"• {name}: {said}") + $"\n  {QuestionsCite(lang, source)}";
    }

    // ---- what a unit owns

    public static string QuestionsUnitHeader(Lang lang, string unit, int leads, int shares, string? jointMeetingName) =>
        jointMeetingName is null
            ? lang.Pick($"{unit}在文件中牵头 {leads} 项、参与 {shares} 项任务：", $"In the documents, {unit} leads {leads} task(s) and shares {shares}:")
            : lang.Pick($"{unit}在{jointMeetingName}中牵头 {leads} 项、参与 {shares} 项任务：", $"{unit} leads {leads} task(s) of {jointMeetingName} and shares {shares}:");

    public static string QuestionsUnitHasNoTasks(Lang lang, string unit) => lang.Pick(
        $"{unit}目前没有分配到任务。", $"{unit} has no tasks assigned.");

    public static string QuestionsNotAMemberUnit(Lang lang, string unit, string jointMeetingName) => lang.Pick(
        $"{unit}不是{jointMeetingName}的成员单位；以下是文件分配给它的任务。",
        $"{unit} is not a member unit of {jointMeetingName}; these are the tasks the documents give it.");

    public static string QuestionsDutyItem(Lang lang, DutyItem item)
    {
        var text = new StringBuilder("• ");
        if (item.UnitName is { } unit) text.Append(unit).Append(lang.Pick("：", ": "));
        text.Append(QuestionsCite(lang, item.Source)).Append(item.Leads ? lang.Pick(" —— 牵头", " — lead") : lang.Pick(" —— 参与", " — shared"));
        foreach (var target in item.Targets.Take(QuestionsMaxTargetsPerTask))
            text.Append('\n').Append(lang.Pick("  目标：", "  Target: ")).Append(Shorten(target.Text, QuestionsMaxTarget))
                .Append(target.Deadline is { } due ? lang.Pick($"（{due:yyyy-MM-dd}前）", $" (by {due:yyyy-MM-dd})") : "");
        if (item.Targets.Count > QuestionsMaxTargetsPerTask)
            text.Append('\n').Append(lang.Pick($"  另有 {item.Targets.Count - QuestionsMaxTargetsPerTask} 项目标", $"  and {item.Targets.Count - QuestionsMaxTargetsPerTask} more target(s)"));
        if (item.Report is { } report)
            text.Append('\n').Append(lang.Pick("  本轮报告：", "  This round: ")).Append(report.Status is { } status ? QuestionsStatusName(lang, status) : lang.Pick("尚未填写", "not yet reported"));
        return text.ToString();
    }

    public static string QuestionsNoUnitMatch(Lang lang, string unit, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? lang.Pick($"没有找到名为“{unit}”的单位。", $"No unit is called “{unit}”.")
        : lang.Pick(
            $"没有找到名为“{unit}”的单位。相近的有：{string.Join("、", suggestions)}（发送“单位职责 {suggestions[0]}”查看）。",
            $"No unit is called “{unit}”. The closest: {string.Join(", ", suggestions)} (send \"unit duties {suggestions[0]}\").");

    public static string QuestionsNoUnitMatchButMembers(Lang lang, string unit, string jointMeetingName, IReadOnlyList<string> members) => lang.Pick(
        $"没有找到名为“{unit}”的单位。{jointMeetingName}的成员单位有：{string.Join("、", members)}。",
        $"No unit is called “{unit}”. The member units of {jointMeetingName} are: {string.Join(", ", members)}.");

    // ---- targets falling due

    public static string QuestionsTargetsHeader(Lang lang, DateOnly? from, DateOnly? by, string? topic, int count)
    {
        var period = QuestionsPeriod(lang, from, by);
        return topic is null
            ? lang.Pick($"{period}到期的目标共 {count} 项：", $"{count} target(s) due {period}:")
            : lang.Pick($"{period}与“{topic}”相关的目标共 {count} 项：", $"{count} target(s) about “{topic}”{(period.Length > 0 ? " due " + period : "")}:");
    }

    public static string QuestionsTargetItem(Lang lang, TargetItem item)
    {
        var due = item.Deadline is { } d ? $"**{d:yyyy-MM-dd}** " : lang.Pick("（未定日期）", "(no date) ");
        var owners = item.Leads.Count == 0
            ? lang.Pick("；文件未分配责任单位", "; no unit is assigned")
            : lang.Pick("；牵头：", "; lead: ") + QuestionsUnitList(lang, item.Leads);
        return $"• {due}{Shorten(item.Text, QuestionsMaxTarget)}\n  {QuestionsCite(lang, item.Source)}{owners}";
    }

    public static string QuestionsNoTargets(Lang lang, DateOnly? from, DateOnly? by, string? topic, IReadOnlyList<(int Year, int Count)> nearest)
    {
        var period = QuestionsPeriod(lang, from, by);
        var text = new StringBuilder(topic is null
            ? lang.Pick($"{period}没有到期的目标。", $"No target falls due {period}.")
            : lang.Pick($"没有找到{period}与“{topic}”相关的目标。", $"No target about “{topic}”{(period.Length > 0 ? " falls due " + period : " was found")}."));
        if (nearest.Count > 0)
            text.Append(lang.Pick("相近的有：", " Nearest: "))
                .Append(string.Join(lang.Pick("；", "; "), nearest.Select(n => lang.Pick(
                    $"{n.Year}年到期 {n.Count} 项（发送“到期目标 {n.Year}”）",
                    $"{n.Count} due in {n.Year} (send \"targets due {n.Year}\")"))))
                .Append(lang.Pick("。", "."));
        return text.ToString();
    }

    // ---- my tasks

    public static string QuestionsMyTasksHeader(Lang lang, string unit, int leads, int shares) => lang.Pick(
        $"您是{unit}的联络员。{unit}牵头 {leads} 项、参与 {shares} 项任务：",
        $"You are the contact of {unit}. {unit} leads {leads} task(s) and shares {shares}:");

    public static string QuestionsRoundState(Lang lang, RoundState round)
    {
        var meeting = round.MeetingDate is { } m ? lang.Pick($"，会议 {m:yyyy-MM-dd}", $", meeting on {m:yyyy-MM-dd}") : "";
        var state = (round.Submitted, round.Late, round.Draft) switch
        {
            (true, true, _) => lang.Pick("已提交（逾期）", "submitted (late)"),
            (true, false, _) => lang.Pick("已提交，截止前仍可修改", "submitted; you can still edit it until the deadline"),
            (false, _, true) => lang.Pick("有草稿，尚未提交", "a draft, not yet submitted"),
            _ => lang.Pick("尚未填写", "not started"),
        };
        var how = round.Submitted ? "" : lang.Pick("发送“报告：……”即可填写。", " Send \"report: …\" to fill it in.");
        return lang.Pick(
            $"报告征集 {round.RoundId}（截止 {ReportDeadline(lang, round.Deadline)}{meeting}）：本单位报告{state}。{how}",
            $"Reporting round {round.RoundId} (due {ReportDeadline(lang, round.Deadline)}{meeting}): your unit's report is {state}.{how}");
    }

    public static string QuestionsNotAContact(Lang lang, string? jointMeetingName, string exampleUnit) => lang.Pick(
        $"您还不是{jointMeetingName ?? "联席会议"}成员单位的联络员，所以没有“我的任务”。如果您是某个成员单位的联络员，请发送“我是{exampleUnit}联络员”（换成您的单位），批准后即可查看本单位任务并填报。也可以发送“单位职责 {exampleUnit}”查看任一单位的任务。",
        $"You are not the contact of a member unit of {jointMeetingName ?? "a joint meeting"}, so you have no tasks here. If you are your unit's contact, send \"I am the contact for {exampleUnit}\" (with your unit's name); once approved you see your unit's tasks and report on them. Any unit's tasks: \"unit duties {exampleUnit}\".");

    public static string QuestionsPendingContact(Lang lang, string? unit) => lang.Pick(
        $"您的加入申请正在等待联席会议办公室批准。{(unit is null ? "" : $"在此之前，可以发送“单位职责 {unit}”查看{unit}的任务。")}",
        $"Your request to join is waiting for the secretariat's approval.{(unit is null ? "" : $" Meanwhile, \"unit duties {unit}\" shows the tasks of {unit}.")}");

    public static string QuestionsNoUnitOfYourOwn(Lang lang, string role, string exampleUnit) => lang.Pick(
        $"您是{role}，不代表某个成员单位，所以没有“我的任务”。发送“单位职责 {exampleUnit}”可查看任一单位的任务。",
        $"You are the {role} and act for no member unit, so you have no tasks of your own. \"unit duties {exampleUnit}\" shows any unit's tasks.");

    // ---- paging and usage

    public static string QuestionsPager(Lang lang, int page, int pages, int total) => lang.Pick(
        $"第 {page}/{pages} 页，共 {total} 项。", $"Page {page} of {pages}, {total} in all.");

    /// <summary>Follows the pager on the same line (hence the English leading space).</summary>
    public static string QuestionsHowToContinue(Lang lang, string query, int next) => lang.Pick(
        $"发送“更多”查看下一页（或发送“{query} 第{next}页”）。",
        $" Send \"more\" for the next page (or \"{query} page {next}\").");

    public static string QuestionsMoreButton(Lang lang) => lang.Pick("更多", "More");

    public static string QuestionsNothingToContinue(Lang lang) => lang.Pick(
        "没有可以继续显示的回答。请重新提问，例如“谁负责 实训基地”。",
        "There is no answer to continue. Please ask again, e.g. \"who is responsible for training bases\".");

    public static string QuestionsNoSuchPage(Lang lang, int page, int pages) => lang.Pick(
        $"这个回答只有 {pages} 页，没有第 {page} 页。", $"That answer has {pages} page(s); there is no page {page}.");

    public static string QuestionsStaleCard(Lang lang) => lang.Pick(
        "这张卡片的内容已无法继续显示。请重新提问。", "That card can no longer be continued. Please ask again.");

    public static string QuestionsUsage(Lang lang, PolicyQuestionKind kind) => kind switch
    {
        PolicyQuestionKind.UnitTasks => lang.Pick(
            "请写明单位，例如“单位职责 区财政局”或“区财政局负责什么”。",
            "Name the unit, e.g. \"unit duties 区财政局\" or \"what does the finance bureau own\"."),
        PolicyQuestionKind.TargetsDue => lang.Pick(
            "请写明年份或日期，例如“到期目标 2025”或“2022年底前到期的目标”。",
            "Give a year or a date, e.g. \"targets due by 2025\"."),
        _ => lang.Pick(
            "请写明哪项工作，例如“谁负责 实训基地”或“实训基地由哪些单位负责”。",
            "Name the work, e.g. \"who is responsible for training bases\"."),
    };

    // ---- shared pieces

    /// <summary>"《title》第二.三.3项“task”（第98行）": the document, the task and the line an answer comes from.</summary>
    public static string QuestionsCite(Lang lang, Citation source)
    {
        var text = new StringBuilder($"《{source.DocumentTitle}》");
        if (source.Path is { } path)
            text.Append(path.StartsWith('第') ? path : lang.Pick($"第{path}项", $" item {path}"));
        if (source.TaskTitle is { } title) text.Append(lang.Pick($"“{Shorten(title, QuestionsMaxTitle)}”", $" “{Shorten(title, QuestionsMaxTitle)}”"));
        if (source.Line is { } line) text.Append(lang.Pick($"（第{line}行）", $" (line {line})"));
        return text.ToString();
    }

    public static string QuestionsUnitList(Lang lang, IReadOnlyList<UnitRef> units) => units.Count == 0
        ? lang.Pick("无", "none")
        : string.Join(lang.Pick("、", ", "), units.Select(u => u.Member == false ? lang.Pick($"{u.Name}（{QuestionsNonMemberMark(lang)}）", $"{u.Name} ({QuestionsNonMemberMark(lang)})") : u.Name));

    public static string QuestionsStatusName(Lang lang, ProgressStatus status) => status switch
    {
        ProgressStatus.Done => lang.Pick("已完成", "done"),
        ProgressStatus.OnTrack => lang.Pick("按计划推进", "on track"),
        ProgressStatus.AtRisk => lang.Pick("存在风险", "at risk"),
        _ => lang.Pick("未开始", "not started"),
    };

    private static string? QuestionsAssignmentNote(Lang lang, UnitAssignment assignment) => assignment switch
    {
        UnitAssignment.FirstListed => lang.Pick("（文件未标明牵头单位，按惯例由首列单位牵头）", "(the document names no lead; by convention the first listed leads)"),
        UnitAssignment.Inferred => lang.Pick("（据文中“牵头/负责”措辞推断）", "(inferred from the wording 牵头/负责 in the text)"),
        _ => null,
    };

    // "2026年" for a calendar year, "截至2022-12-31" for everything up to a date.
    private static string QuestionsPeriod(Lang lang, DateOnly? from, DateOnly? by) => (from, by) switch
    {
        ({ } f, { } b) when f.Year == b.Year && f is { Month: 1, Day: 1 } && b is { Month: 12, Day: 31 } => lang.Pick($"{f.Year}年", $"in {f.Year}"),
        ({ } f, { } b) => lang.Pick($"{f:yyyy-MM-dd}至{b:yyyy-MM-dd}", $"between {f:yyyy-MM-dd} and {b:yyyy-MM-dd}"),
        (null, { } b) => lang.Pick($"截至{b:yyyy-MM-dd}", $"by {b:yyyy-MM-dd}"),
        ({ } f, null) => lang.Pick($"{f:yyyy-MM-dd}起", $"from {f:yyyy-MM-dd}"),
        _ => "",
    };
}
