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

    public static string ReminderLateNote(Lang lang) => lang.Pick("补发：机器人停机期间未能按时发送的提醒。", "Sent late: this reminder was due while the bot was down.");

    private static string ReminderDeadline(Lang lang, ReportingRound round) => ReportDeadline(lang, round.State.Deadline);

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

    // ---- in chat: the schedule and the calendar ----

    public static string RemindersMembersOnly(Lang lang) => lang.Pick(
        "提醒计划只向本联席会议的成员显示。如需加入，请发送“我是（单位名称）联络员”。",
        "The reminder schedule is shown to members of this joint meeting only. To join, send \"I am the contact for [unit]\".");

    public static string RemindersManagersOnly(Lang lang) => lang.Pick(
        "没有执行：只有召集人或联席会议办公室可以修改提醒日历。",
        "Not done: only the convenor or the secretariat can change the reminder calendar.");

    public static string RemindersBadDate(Lang lang, string typed, bool working) => lang.Pick(
        $"没有执行：“{Shorten(typed, 40)}”不是日期。请写成 2026-12-31（可写多个，用空格分开，或写 2027-02-10至2027-02-16），例如“{(working ? "添加工作日 2027-01-09" : "添加休息日 2026-12-31 元旦")}”。",
        $"Not done: \"{Shorten(typed, 40)}\" is not a date. Write it as 2026-12-31 (several separated by spaces, or 2027-02-10~2027-02-16), e.g. \"{(working ? "add working day 2027-01-09" : "add day off 2026-12-31 New Year")}\".");

    public static string RemindersPastDay(Lang lang, DateOnly day) => lang.Pick(
        $"没有执行：{day:yyyy-MM-dd} 已经过去，提醒日历只需要今后的日子。",
        $"Not done: {day:yyyy-MM-dd} has passed; the reminder calendar only needs days to come.");

    public static string RemindersDefaultDayOffName(Lang lang) => lang.Pick("休息日", "day off");

    public static string RemindersDaysAdded(Lang lang, IReadOnlyList<DateOnly> days, bool working, string? name, Calendar.IWorkingCalendar calendar)
    {
        var list = days.Count <= 6 ? string.Join(lang.Pick("、", ", "), days.Select(d => MeetingDay(lang, d))) : lang.Pick($"{MeetingDay(lang, days[0])}至{MeetingDay(lang, days[^1])}共 {days.Count} 天", $"{days.Count} days from {MeetingDay(lang, days[0])} to {MeetingDay(lang, days[^1])}");
        return working
            ? lang.Pick($"已把 {list} 记为工作日：这些日子照常发送提醒。", $"Recorded {list} as working day(s): reminders go out on them as usual.")
            : lang.Pick($"已把 {list} 记为休息日{(name is null ? "" : $"（{name}）")}：落在这些日子的提醒顺延到下一个工作日上午。", $"Recorded {list} as day(s) off{(name is null ? "" : $" ({name})")}: reminders falling on them move to the next working morning.");
    }

    public static string RemindersChinaCalendar(Lang lang, bool on, Domain.Reminders.ReminderCalendarSettings settings) => (on
        ? lang.Pick("已开启中国法定节假日日历：提醒避开法定节假日，调休上班日照常发送。", "The mainland China holiday calendar is on: reminders skip official holidays and go out on make-up working days.")
        : lang.Pick("已关闭节假日日历：提醒只避开周六、周日。", "Weekends only: reminders skip Saturdays and Sundays, nothing else."))
        + AddedDaysNote(lang, settings);

    private static string AddedDaysNote(Lang lang, Domain.Reminders.ReminderCalendarSettings settings) =>
        settings.DaysOff.Count + settings.WorkingDays.Count == 0 ? "" : lang.Pick(
            $"另有办公室添加的休息日 {settings.DaysOff.Count} 天、工作日 {settings.WorkingDays.Count} 天。",
            $" Also {settings.DaysOff.Count} day(s) off and {settings.WorkingDays.Count} working day(s) added by the secretariat.");

    public static string RemindersScheduleHeader(Lang lang, JointMeeting jm, int days, int count, Domain.Reminders.ReminderTiming timing, Domain.Reminders.ReminderCalendarSettings settings)
    {
        var calendar = settings.UseChinaCalendar ? lang.Pick("中国法定节假日和调休", "mainland China's holidays and make-up days") : lang.Pick("仅周末", "weekends only");
        var hours = lang.Pick($"上午 {timing.Morning:HH:mm} 发送，{timing.QuietFrom:HH:mm}–{timing.QuietUntil:HH:mm} 不打扰", $"sent at {timing.Morning:HH:mm}, none {timing.QuietFrom:HH:mm}–{timing.QuietUntil:HH:mm}");
        var head = count == 0
            ? lang.Pick($"**{jm.Name}** 未来 {days} 天没有要发送的提醒。", $"**{jm.Name}** has no reminders in the next {days} days.")
            : lang.Pick($"**{jm.Name}** 未来 {days} 天的提醒（{count} 项）：", $"**{jm.Name}**: reminders of the next {days} days ({count}):");
        return head + lang.Pick($"\n时区 {jm.State.TimeZoneId}；日历：{calendar}；{hours}。", $"\nTime zone {jm.State.TimeZoneId}; calendar: {calendar}; {hours}.") + AddedDaysNote(lang, settings);
    }

    public static string RemindersYearUnknown(Lang lang, int year) => lang.Pick(
        $"注意：{year}年的法定节假日和调休还没有收录，暂按周末计算。国务院公布后，办公室可发送“添加休息日 …”“添加工作日 …”补上，或用命令行导入 .ics。",
        $"Note: {year}'s official holidays and make-up days are not known yet; weekends are used meanwhile. Once announced, the secretariat can send \"add day off …\" and \"add working day …\", or import an .ics from the command line.");

    public static string RemindersPager(Lang lang, int page, int pages) => lang.Pick(
        $"第 {page}/{pages} 页。" + (page < pages ? $"发送“提醒计划 第{page + 1}页”查看下一页。" : ""),
        $"Page {page} of {pages}." + (page < pages ? $" Send \"reminder schedule page {page + 1}\" for the next." : ""));

    public static string RemindersNoSuchPage(Lang lang, int page, int pages) => lang.Pick(
        $"提醒计划只有 {pages} 页，没有第 {page} 页。", $"The reminder schedule has {pages} page(s), not {page}.");

    public static string RemindersScheduleLine(Lang lang, JointMeeting jm, DateTime local, Domain.Reminders.ReminderKey key, IReadOnlyList<string> recipients) =>
        $"{ReminderWhen(lang, local)} {ReminderKindName(lang, key)} · {ReminderSubjectName(lang, jm, key)} → {ReminderRecipients(lang, jm, recipients)}";

    public static string RemindersRecentHeader(Lang lang, int count) => count == 0
        ? lang.Pick("最近两周没有发送过提醒。", "No reminders went out in the last two weeks.")
        : lang.Pick($"最近发送的提醒（{count} 项）：", $"Recent reminders ({count}):");

    public static string RemindersRecentLine(Lang lang, JointMeeting jm, DateTime local, Domain.Reminders.ReminderRecord record) =>
        $"{ReminderWhen(lang, local)} {ReminderStateName(lang, record)} · {ReminderKindName(lang, record.Key)} · {ReminderSubjectName(lang, jm, record.Key)} → {ReminderRecipients(lang, jm, [record.Key.Recipient])}";

    private static string ReminderWhen(Lang lang, DateTime local) => $"{MeetingDay(lang, DateOnly.FromDateTime(local))} {local:HH:mm}";

    public static string ReminderStateName(Lang lang, Domain.Reminders.ReminderRecord record) => record.State switch
    {
        Domain.Reminders.ReminderState.Sent when record.Late => lang.Pick("已补发", "sent late"),
        Domain.Reminders.ReminderState.Sent => lang.Pick("已发送", "sent"),
        Domain.Reminders.ReminderState.Skipped => lang.Pick("已跳过（错过超过一天）", "skipped (missed by over a day)"),
        Domain.Reminders.ReminderState.Failed => lang.Pick("发送失败", "failed"),
        _ => lang.Pick("发送中", "sending"),
    };

    public static string ReminderKindName(Lang lang, Domain.Reminders.ReminderKey key)
    {
        var name = key.Name;
        if (name.StartsWith("due-", StringComparison.Ordinal))
            return name == "due-0" ? lang.Pick("报告截止当天提醒", "report due today") : lang.Pick($"报告提醒（截止前{name[4..]}天）", $"report reminder ({name[4..]} days before the deadline)");
        if (name.StartsWith("overdue-", StringComparison.Ordinal))
            return lang.Pick($"逾期提醒（第{name[8..]}个工作日）", $"overdue nudge (working day {name[8..]})");
        return name switch
        {
            "escalation" => lang.Pick("逾期催交（列出未交单位）", "escalation (missing units listed)"),
            Domain.Reminders.ReminderSubjects.Before7 => lang.Pick("会议通知（提前7天）", "meeting notice (a week before)"),
            Domain.Reminders.ReminderSubjects.Before1 => lang.Pick("会议通知（提前1天）", "meeting notice (the day before)"),
            Domain.Reminders.ReminderSubjects.JulyCheck => lang.Pick("年度会议次数检查（年中）", "meetings-this-year check (mid-year)"),
            Domain.Reminders.ReminderSubjects.OctoberCheck => lang.Pick("年度会议次数检查（10月）", "meetings-this-year check (October)"),
            Domain.Reminders.ReminderSubjects.Within60 => lang.Pick("目标到期提醒（60天内）", "target due within 60 days"),
            _ => name,
        };
    }

    private static string ReminderSubjectName(Lang lang, JointMeeting jm, Domain.Reminders.ReminderKey key)
    {
        var s = key.Subject;
        if (Domain.Reminders.ReminderSubjects.IdOf(s, Domain.Reminders.ReminderSubjects.RoundPrefix) is { } round) return lang.Pick($"报告征集 {round}", $"round {round}");
        if (Domain.Reminders.ReminderSubjects.IdOf(s, Domain.Reminders.ReminderSubjects.MeetingPrefix) is { } meeting) return lang.Pick($"会议 {meeting}", $"meeting {meeting}");
        if (Domain.Reminders.ReminderSubjects.IdOf(s, Domain.Reminders.ReminderSubjects.YearPrefix) is { } year) return lang.Pick($"{year}年", year);
        if (Domain.Reminders.ReminderSubjects.TargetOf(s) is { } target)
            return lang.Pick($"任务 {TaskNumbers.Display(target.TaskId, lang)} 目标{target.Number}（{key.Date:yyyy-MM-dd} 到期）", $"task {TaskNumbers.Display(target.TaskId, lang)} target {target.Number} (due {key.Date:yyyy-MM-dd})");
        return s;
    }

    private static string ReminderRecipients(Lang lang, JointMeeting jm, IReadOnlyList<string> recipients)
    {
        var names = recipients.Select(r => r == Domain.Reminders.ReminderSubjects.Managers ? lang.Pick("召集人和联席会议办公室", "the convenor and the secretariat") : UnitName(jm, r)).ToList();
        return names.Count <= 5
            ? string.Join(lang.Pick("、", ", "), names)
            : lang.Pick($"{string.Join("、", names.Take(5))}等 {names.Count} 个单位", $"{string.Join(", ", names.Take(5))} and {names.Count - 5} more");
    }
}
