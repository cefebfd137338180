using System.Globalization;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Conversation;

/// <summary>The words of the brief's Word document, the Excel and CSV exports and the dashboard.</summary>
public static partial class Replies
{
    public static string DocBriefTitle(Lang lang) => lang.Pick("会议简报", "Meeting brief");

    public static string DocMeeting(Lang lang, string meetingId, DateTime localStart, string? title) => lang.Pick(
        $"会议：{meetingId}（{localStart:yyyy年M月d日 HH:mm}）" + (title is null ? "" : $" {title}"),
        $"Meeting: {meetingId} ({localStart:yyyy-MM-dd HH:mm})" + (title is null ? "" : $" {title}"));

    public static string DocRound(Lang lang, string roundId, DateOnly deadline) => lang.Pick(
        $"报告征集：{roundId}，截止日期 {ReportDeadline(lang, deadline)}",
        $"Reporting round: {roundId}, due {ReportDeadline(lang, deadline)}");

    public static string DocCompiled(Lang lang, DateTime localTime, string zone) => lang.Pick(
        $"编制时间：{localTime:yyyy年M月d日 HH:mm}（{zone}）",
        $"Compiled: {localTime:yyyy-MM-dd HH:mm} ({zone})");

    public static string DocCompletenessHeading(Lang lang) => lang.Pick("一、报告提交情况", "1. Who has reported");

    public static string DocCompletenessSummary(Lang lang, int asked, int submitted, int late, int drafts, int missing) => lang.Pick(
        $"应报单位{asked}个，已提交{submitted}个（其中逾期{late}个），仅草稿{drafts}个，未报告{missing}个。",
        $"{asked} units asked: {submitted} submitted ({late} late), {drafts} draft only, {missing} missing.");

    public static string DocAgendaHeading(Lang lang) => lang.Pick("二、建议会议研究的事项", "2. Suggested for the agenda");

    public static string DocAgendaNone(Lang lang) => lang.Pick(
        "各项任务均已报告，无风险或滞后事项。", "Every task is reported, and none is at risk or behind pace.");

    public static string DocAgendaReasons(Lang lang, bool atRisk, bool behind, bool unreported)
    {
        var reasons = new List<string>();
        if (atRisk) reasons.Add(lang.Pick("有单位报告存在风险", "a unit reports it at risk"));
        if (behind) reasons.Add(lang.Pick("目标滞后于序时进度或已逾期", "a target is behind pace or overdue"));
        if (unreported) reasons.Add(lang.Pick("无单位报告", "no unit has reported on it"));
        return string.Join(lang.Pick("；", "; "), reasons);
    }

    public static string DocTasksHeading(Lang lang) => lang.Pick("三、各项任务进展情况", "3. Progress by task");

    public static string DocLeadUnits(Lang lang, IReadOnlyList<string> units) => lang.Pick("牵头单位：", "Lead: ") + NamesOrNone(lang, units);

    public static string DocResponsibleUnits(Lang lang, IReadOnlyList<string> units) => lang.Pick("责任单位：", "Responsible: ") + NamesOrNone(lang, units);

    private static string NamesOrNone(Lang lang, IReadOnlyList<string> units) => units.Count == 0 ? lang.Pick("无", "none") : string.Join(lang.Pick("、", ", "), units);

    public static string DocUnitColumn(Lang lang) => lang.Pick("单位", "Unit");
    public static string DocStateColumn(Lang lang) => lang.Pick("提交情况", "State");
    public static string DocFilledColumn(Lang lang) => lang.Pick("已填/应报任务", "Tasks filled/asked");
    public static string DocSubmittedAtColumn(Lang lang) => lang.Pick("首次提交时间", "First submitted");
    public static string DocTargetColumn(Lang lang) => lang.Pick("目标", "Target");
    public static string DocDeadlineColumn(Lang lang) => lang.Pick("期限", "Deadline");
    public static string DocFigureColumn(Lang lang) => lang.Pick("最新数据", "Latest figure");
    public static string DocPaceColumn(Lang lang) => lang.Pick("序时进度", "Pace");
    public static string DocTaskColumn(Lang lang) => lang.Pick("任务", "Task");
    public static string DocStatusColumn(Lang lang) => lang.Pick("进展状态", "Status");
    public static string DocNarrativeColumn(Lang lang) => lang.Pick("进展说明", "Progress");
    public static string DocRoleColumn(Lang lang) => lang.Pick("职责", "Role");
    public static string DocFiguresColumn(Lang lang) => lang.Pick("数据", "Figures");
    public static string DocVersionColumn(Lang lang) => lang.Pick("版本", "Version");
    public static string DocUpdatedColumn(Lang lang) => lang.Pick("最后修改", "Last saved");

    public static string DocNone(Lang lang) => lang.Pick("无", "—");

    public static string CellName(Lang lang, ReportCell cell) => cell switch
    {
        ReportCell.Submitted => lang.Pick("已提交", "Submitted"),
        ReportCell.Late => lang.Pick("逾期提交", "Late"),
        ReportCell.Draft => lang.Pick("仅草稿", "Draft only"),
        ReportCell.Missing => lang.Pick("未报告", "Missing"),
        _ => lang.Pick("不涉及", "Not asked"),
    };

    public static string PaceName(Lang lang, PaceMark mark) => mark switch
    {
        PaceMark.OnPace => lang.Pick("符合序时进度", "On pace"),
        PaceMark.Behind => lang.Pick("滞后于序时进度", "Behind pace"),
        PaceMark.Done => lang.Pick("已完成", "Done"),
        PaceMark.Overdue => lang.Pick("已逾期未完成", "Overdue"),
        PaceMark.NoFigures => lang.Pick("暂无数据", "No figures yet"),
        PaceMark.NoDeadline => lang.Pick("无完成期限", "No deadline"),
        _ => lang.Pick("非量化目标", "Not measurable"),
    };

    /// <summary>"目标完成75%，时间过去50%": the two shares a pace compares.</summary>
    public static string PaceShares(Lang lang, decimal? reached, decimal? elapsed)
    {
        var parts = new List<string>();
        if (reached is { } r) parts.Add(lang.Pick($"完成目标的{Percent(r)}", $"{Percent(r)} of the target"));
        if (elapsed is { } e) parts.Add(lang.Pick($"时间过去{Percent(e)}", $"{Percent(e)} of the time"));
        return string.Join(lang.Pick("，", ", "), parts);
    }

    private static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string DocUnitHeading(Lang lang, string unit, bool lead, ReportCell state) =>
        $"{unit}" + lang.Pick($"（{TaskRole(lang, lead)}）", $" ({TaskRole(lang, lead)})") + lang.Pick("：", ": ") + CellName(lang, state);

    public static string DocNotOnThisTask(Lang lang) => lang.Pick("已提交报告，未涉及此项任务。", "Submitted, nothing on this task.");

    /// <summary>The footer: {PAGE} and {PAGES} become Word's page number fields.</summary>
    public static string DocPageNumber(Lang lang) => lang.Pick("第 {PAGE} 页 共 {PAGES} 页", "Page {PAGE} of {PAGES}");

    public static string SheetStatus(Lang lang) => lang.Pick("提交情况", "Status");
    public static string SheetReports(Lang lang) => lang.Pick("报告内容", "Reports");
    public static string SheetTargets(Lang lang) => lang.Pick("目标进度", "Targets");
    public static string SheetMatrix(Lang lang) => lang.Pick("职责分工", "Responsibilities");

    public static string FileBrief(Lang lang, string jointMeeting, string roundId) => lang.Pick($"{jointMeeting}会议简报-{roundId}.docx", $"{jointMeeting} brief {roundId}.docx");
    public static string FileExport(Lang lang, string jointMeeting, string roundId, string extension) => lang.Pick($"{jointMeeting}报告汇总-{roundId}.{extension}", $"{jointMeeting} reports {roundId}.{extension}");
    public static string FileMatrix(Lang lang, string jointMeeting) => lang.Pick($"{jointMeeting}职责分工.xlsx", $"{jointMeeting} responsibilities.xlsx");

    public static string BriefFilesAttached(Lang lang) => lang.Pick(
        "可打印的 Word 简报和 Excel 汇总表见下方文件。", "The Word brief to print and the Excel export are in the files below.");

    // ---- The dashboard ----

    public static string DashTitle(Lang lang, string jointMeeting) => lang.Pick($"{jointMeeting} 工作看板", $"{jointMeeting} dashboard");

    public static string DashMeetingsHeading(Lang lang, int year) => lang.Pick($"{year}年会议", $"Meetings in {year}");

    public static string DashMeetingsLine(Lang lang, int held, int planned, int required) => lang.Pick(
        $"已召开 {held} 次，已安排 {planned} 次；要求每年至少 {required} 次。",
        $"{held} held, {planned} planned; at least {required} a year are required.");

    public static string DashMeetingsShort(Lang lang, int missing) => lang.Pick($"还差 {missing} 次", $"{missing} short");

    public static string DashMeetingsOk(Lang lang) => lang.Pick("符合要求", "On track");

    public static string DashRoundHeading(Lang lang, string roundId, DateOnly deadline) => lang.Pick(
        $"报告征集 {roundId}（截止 {ReportDeadline(lang, deadline)}）", $"Reporting round {roundId} (due {ReportDeadline(lang, deadline)})");

    public static string DashNoRound(Lang lang) => lang.Pick("还没有发起过报告征集。", "No reporting round has been opened yet.");

    public static string DashTargetsHeading(Lang lang) => lang.Pick("目标与序时进度", "Targets and pace");

    public static string DashNoTargets(Lang lang) => lang.Pick("本轮任务没有量化目标。", "The round's tasks have no targets.");

    public static string DashboardNotServed(Lang lang) => lang.Pick(
        "这里的机器人没有提供工作看板。", "This bot does not serve a dashboard here.");

    public static string DashboardLink(Lang lang, string jointMeeting, Uri link) => lang.Pick(
        $"{jointMeeting}工作看板（只读；链接有有效期，请勿转发）：[打开看板]({link.AbsoluteUri})",
        $"The dashboard of {jointMeeting} (read-only; the link expires, do not forward it): [open the dashboard]({link.AbsoluteUri})");
}
