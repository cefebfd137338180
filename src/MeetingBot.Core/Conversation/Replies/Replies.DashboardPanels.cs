using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Conversation;

// The dashboard's reminder panel and a unit contact's own view of it, and how they are handed out in chat.
public static partial class Replies
{
    public static string DashRemindersHeading(Lang lang) => lang.Pick("提醒", "Reminders");

    public static string DashRemindersZone(Lang lang, string zoneId) => lang.Pick($"时间均为联席会议所在时区（{zoneId}）。", $"Times are in the joint meeting's time zone ({zoneId}).");

    public static string DashUpcomingHeading(Lang lang, int shown, int total, int days) => total == shown
        ? lang.Pick($"即将发送（未来 {days} 天，{total} 项）", $"Due next (the next {days} days: {total})")
        : lang.Pick($"即将发送（未来 {days} 天共 {total} 项，列出最近 {shown} 项）", $"Due next (the next {days} days: {total}, the first {shown} shown)");

    public static string DashNoUpcoming(Lang lang, int days) => lang.Pick($"未来 {days} 天没有要发送的提醒。", $"No reminders are due in the next {days} days.");

    public static string DashRecentHeading(Lang lang, int days) => lang.Pick($"最近 {days} 天", $"The last {days} days");

    public static string DashNoRecent(Lang lang, int days) => lang.Pick($"最近 {days} 天没有发送过提醒。", $"No reminders went out in the last {days} days.");

    public static string DashUndelivered(Lang lang) => lang.Pick("未送达", "undelivered");

    public static string DashUnitTitle(Lang lang, string jointMeeting, string unit) => lang.Pick($"{jointMeeting} · {unit} 工作看板", $"{jointMeeting} · {unit}: dashboard");

    public static string DashUnitState(Lang lang, ReportCell state, int filled, int asked) => lang.Pick(
        $"本单位：{CellName(lang, state)}（已填 {filled}/{asked} 项任务）", $"Your unit: {CellName(lang, state)} ({filled} of {asked} tasks filled in)");

    public static string DashUnitNotAsked(Lang lang) => lang.Pick("本轮报告没有要求本单位报告的任务。", "This round asks your unit about no task.");

    public static string DashUnitTasksHeading(Lang lang) => lang.Pick("本单位的任务", "Your unit's tasks");

    public static string DashRoleColumn(Lang lang) => lang.Pick("分工", "Part");

    public static string DashStateColumn(Lang lang) => lang.Pick("状态", "State");

    public static string DashEntryColumn(Lang lang) => lang.Pick("本单位已提交的内容", "What your unit submitted");

    public static string DashUnitNoSuchUnit(Lang lang) => lang.Pick("这个单位不是该联席会议的成员单位。", "That unit is not a member of this joint meeting.");

    public static string DashboardMembersOnly(Lang lang) => lang.Pick(
        "只有召集人、联席会议办公室和成员单位的联络员可以打开工作看板。",
        "Only the convenor, the secretariat and the member units' contacts can open the dashboard.");

    public static string DashboardUnitLink(Lang lang, string jointMeeting, string unit, Uri link) => lang.Pick(
        $"{jointMeeting}·{unit}工作看板（只显示本单位的任务；只读；链接有有效期，请勿转发）：[打开看板]({link.AbsoluteUri})",
        $"Your unit's dashboard in {jointMeeting} ({unit}; only your unit's tasks; read-only; the link expires, do not forward it): [open the dashboard]({link.AbsoluteUri})");
}
