using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation;

// Reminders: report deadlines, overdue nudges, escalation, meeting notices, the year's meeting count, targets.
public static partial class Replies
{
    /// <summary>Put before a reminder that goes out after its time (the bot was down).</summary>
    public static string ReminderLateMarker(Lang lang) => lang.Pick("【补发】", "[Sent late] ");

    private static string ReminderDeadline(Lang lang, ReportingRound round) => MeetingDay(lang, round.State.Deadline);

    private static string ReminderForMeeting(Lang lang, Meeting? meeting) => meeting is null ? "" : lang.Pick(
        $"（为 {MeetingDay(lang, meeting.LocalDate)} 的会议 {meeting.Id} 准备）",
        $" (for meeting {meeting.Id} on {MeetingDay(lang, meeting.LocalDate)})");

    private static string ReminderWhere(Lang lang, UnitRound unit) =>
        unit.Report is { IsNew: false } ? lang.Pick("已有草稿，尚未提交", "a draft is saved but not submitted") : lang.Pick("尚未填报", "nothing reported yet");

    public static string ReminderDue(Lang lang, JointMeeting jm, UnitRound unit, int daysLeft) => lang.Pick(
        $"【报告提醒】{jm.Name}：{unit.Unit.Name}的工作进展报告（报告征集 {unit.Round.Id}{ReminderForMeeting(lang, unit.Meeting)}）"
            + (daysLeft <= 0 ? $"**今天**（{ReminderDeadline(lang, unit.Round)}）截止" : $"将于 {ReminderDeadline(lang, unit.Round)} 截止，还有 {daysLeft} 天")
            + $"。本单位需报告 {unit.Tasks.Count} 项任务，目前{ReminderWhere(lang, unit)}。\n点击“填写报告”或发送“我的报告”打开填报卡片，填完后发送“提交报告”。",
        $"[Report reminder] {jm.Name}: the progress report of {unit.Unit.Name} (round {unit.Round.Id}{ReminderForMeeting(lang, unit.Meeting)}) is due "
            + (daysLeft <= 0 ? $"**today** ({ReminderDeadline(lang, unit.Round)})" : $"on {ReminderDeadline(lang, unit.Round)}, in {daysLeft} day(s)")
            + $". Your unit reports on {unit.Tasks.Count} task(s); so far {ReminderWhere(lang, unit)}.\nPress \"Fill in the report\" or send \"my report\" (我的报告) to open the report card, then send \"submit report\".");

    public static string ReminderOverdue(Lang lang, JointMeeting jm, UnitRound unit, int workingDays) => lang.Pick(
        $"【报告逾期】{jm.Name}：{unit.Unit.Name}的工作进展报告（报告征集 {unit.Round.Id}）已于 {ReminderDeadline(lang, unit.Round)} 截止，已逾期 {workingDays} 个工作日，目前{ReminderWhere(lang, unit)}。请尽快提交（逾期提交的报告会被标注）。\n点击“填写报告”或发送“我的报告”打开填报卡片，填完后发送“提交报告”。",
        $"[Report overdue] {jm.Name}: the progress report of {unit.Unit.Name} (round {unit.Round.Id}) was due on {ReminderDeadline(lang, unit.Round)} and is {workingDays} working day(s) overdue; so far {ReminderWhere(lang, unit)}. Please submit it soon (late reports are marked).\nPress \"Fill in the report\" or send \"my report\" (我的报告) to open the report card, then send \"submit report\".");

    public static string ReminderEscalation(Lang lang, JointMeeting jm, ReportingRound round, Meeting? meeting, IReadOnlyList<string> missing, int workingDays) => lang.Pick(
        $"【报告催交】{jm.Name}：报告征集 {round.Id}{ReminderForMeeting(lang, meeting)}已于 {ReminderDeadline(lang, round)} 截止，今天是逾期第 {workingDays} 个工作日，以下 {missing.Count} 个单位仍未提交：{List(lang, missing)}。\n发送“谁还没交报告”查看详情。",
        $"[Reports missing] {jm.Name}: round {round.Id}{ReminderForMeeting(lang, meeting)} was due on {ReminderDeadline(lang, round)}; today is working day {workingDays} overdue and these {missing.Count} unit(s) have not submitted: {List(lang, missing)}.\nSend \"who has not reported\" for details.");

    public static string ReminderReportTitle(Lang lang) => lang.Pick("工作进展报告提醒", "Progress report reminder");

    public static string ReminderReportButton(Lang lang) => lang.Pick("填写报告", "Fill in the report");

    public static IEnumerable<(string Title, string Value)> ReminderReportFacts(Lang lang, UnitRound unit) =>
    [
        (lang.Pick("单位", "Unit"), unit.Unit.Name),
        (lang.Pick("报告征集", "Round"), unit.Round.Id),
        (lang.Pick("截止日期", "Deadline"), ReminderDeadline(lang, unit.Round)),
        (lang.Pick("任务", "Tasks"), unit.Tasks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (lang.Pick("状态", "Status"), unit.Report is { State.Submitted: true } ? lang.Pick("已提交", "submitted") : ReminderWhere(lang, unit)),
    ];

    public static string ReminderMeetingHeadline(Lang lang, bool tomorrow) =>
        tomorrow ? lang.Pick("会议提醒：明天召开", "Meeting reminder: tomorrow") : lang.Pick("会议提醒：一周后召开", "Meeting reminder: in a week");

    public static string ReminderMeeting(Lang lang, JointMeeting jm, Meeting meeting, string? unit, int daysAhead) => lang.Pick(
        $"【会议提醒】{jm.Name}：会议 **{meeting.Id}** 将于{(daysAhead == 1 ? "明天" : $" {daysAhead} 天后")}召开：\n{MeetingFactsText(lang, meeting)}"
            + (unit is null ? "" : $"\n请{unit}回复参会情况（参加 / 派员参加 / 不参加），可点击卡片按钮。"),
        $"[Meeting reminder] {jm.Name}: meeting **{meeting.Id}** is {(daysAhead == 1 ? "tomorrow" : $"in {daysAhead} days")}:\n{MeetingFactsText(lang, meeting)}"
            + (unit is null ? "" : $"\nPlease reply for {unit} whether you attend, send a deputy or are absent (the card's buttons)."));

    public static string ReminderYear(Lang lang, JointMeeting jm, MeetingYearCheck check, bool october)
    {
        var lastDay = check.NoLongerCompliableFrom is { } d ? d.AddDays(-1) : (DateOnly?)null;
        var deadline = lastDay is { } l
            ? lang.Pick($"最晚请在 {MeetingDay(lang, l)} 前安排（会议需提前 {MeetingYearCheck.NoticeDays} 天通知）。", $"Plan them by {MeetingDay(lang, l)} at the latest (meetings need {MeetingYearCheck.NoticeDays} days' notice).")
            : "";
        return lang.Pick(
            $"【年度会议提醒】{jm.Name}：{check.Year}年原则上至少召开 {check.Required} 次会议，{(october ? "截至10月" : "截至年中")}已召开 {check.Held} 次、计划中 {check.Planned} 次，还差 {check.Missing} 次。{deadline}\n发送“安排会议”安排会议。",
            $"[Meetings this year] {jm.Name}: at least {check.Required} meeting(s) are due in {check.Year}; {(october ? "as of October" : "at mid-year")} {check.Held} held and {check.Planned} planned, {check.Missing} missing. {deadline}\nSend \"schedule meeting\" to plan one.");
    }

    public static string ReminderTarget(Lang lang, JointMeeting jm, string unit, AssignedTask task, TaskTarget target, int daysLeft) => lang.Pick(
        $"【目标提醒】{jm.Name}：{unit}牵头的任务 {TaskNumbers.Display(task.Id, lang)} {Shorten(task.Title, 60)} 有一项目标将于 {MeetingDay(lang, target.Deadline!.Value)} 到期（还有 {daysLeft} 天）：\n“{Shorten(target.Text, 200)}”\n发送“我的任务”查看本单位的全部任务和目标。",
        $"[Target reminder] {jm.Name}: task {TaskNumbers.Display(task.Id, lang)} {Shorten(task.Title, 60)}, which {unit} leads, has a target due on {MeetingDay(lang, target.Deadline!.Value)} (in {daysLeft} days):\n\"{Shorten(target.Text, 200)}\"\nSend \"my tasks\" to see all your unit's tasks and targets.");
}
