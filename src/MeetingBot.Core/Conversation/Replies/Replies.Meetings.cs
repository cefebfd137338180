using System.Globalization;
using System.Text;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation;

// Meetings: scheduling, notices, attendance, the year's list and the at-least-N check.
public static partial class Replies
{
    private const string MeetingHomeZone = JointMeetingSettings.DefaultTimeZoneId;
    private static readonly string[] MeetingZhWeekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    // ---- how a meeting is written ----

    public static string MeetingDay(Lang lang, DateOnly date) => lang == Lang.En
        ? date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
        : $"{date.Year}年{date.Month}月{date.Day}日（{MeetingZhWeekdays[(int)date.DayOfWeek]}）";

    /// <summary>"2026年6月18日（周四）14:30–16:30", with the zone when it is not Beijing time.</summary>
    public static string MeetingWhen(Lang lang, Meeting meeting)
    {
        var start = meeting.State.LocalStart;
        var end = start.AddMinutes(meeting.State.DurationMinutes);
        var text = lang == Lang.En
            ? $"{MeetingDay(lang, meeting.LocalDate)}, {start:HH:mm}–{end:HH:mm}"
            : $"{MeetingDay(lang, meeting.LocalDate)}{start:HH:mm}–{end:HH:mm}";
        if (meeting.State.TimeZoneId != MeetingHomeZone)
            text += lang.Pick($"（{meeting.State.TimeZoneId} 时间）", $" ({meeting.State.TimeZoneId} time)");
        return text;
    }

    public static string MeetingDuration(Lang lang, int minutes) => minutes % 60 == 0
        ? lang.Pick($"{minutes / 60}小时", $"{minutes / 60} h")
        : minutes > 60 && minutes % 30 == 0
            ? lang.Pick($"{minutes / 60.0:0.#}小时", $"{minutes / 60.0:0.#} h")
            : lang.Pick($"{minutes}分钟", $"{minutes} min");

    /// <summary>The first line of the agenda: what the meeting is called in lists and buttons.</summary>
    public static string? MeetingTopic(Meeting meeting) =>
        meeting.State.Agenda?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    public static string MeetingLabel(Lang lang, Meeting meeting) =>
        MeetingTopic(meeting) is { } topic ? $"{meeting.Id} {Shorten(topic, 30)}" : meeting.Id;

    public static string MeetingSummary(Lang lang, JointMeeting jointMeeting, Meeting meeting) =>
        MeetingTopic(meeting) is { } topic ? $"{jointMeeting.Name}：{Shorten(topic, 80)}".Replace("：", lang.Pick("：", ": ")) : jointMeeting.Name;

    public static string MeetingStatusName(Lang lang, Meeting meeting, DateOnly today) => meeting.Status switch
    {
        MeetingStatus.Held => lang.Pick("已召开", "held"),
        MeetingStatus.Cancelled => lang.Pick("已取消", "cancelled"),
        _ when meeting.LocalDate < today => lang.Pick("已过期，未登记召开", "passed, not marked held"),
        _ => lang.Pick("计划中", "planned"),
    };

    public static IEnumerable<(string Title, string Value)> MeetingFacts(Lang lang, Meeting meeting, bool showLink = true)
    {
        var s = meeting.State;
        yield return (lang.Pick("编号", "Id"), meeting.Id);
        yield return (lang.Pick("时间", "When"), MeetingWhen(lang, meeting));
        if (s.Location is { } place) yield return (lang.Pick("地点", "Place"), Shorten(place, 200));
        if (s.OnlineLink is { } link && showLink) yield return (lang.Pick("线上会议", "Online"), link);
        if (s.Agenda is { } agenda) yield return (lang.Pick("议程", "Agenda"), Shorten(agenda, 800));
        if (meeting.Status == MeetingStatus.Cancelled) yield return (lang.Pick("取消原因", "Cancelled because"), Shorten(s.CancelReason ?? "", 200));
    }

    private static string MeetingFactsText(Lang lang, Meeting meeting, bool showLink = true) =>
        string.Join("\n", MeetingFacts(lang, meeting, showLink).Select(f => lang.Pick($"- {f.Title}：{f.Value}", $"- {f.Title}: {f.Value}")));

    public static string InvitationDescription(Lang lang, Meeting meeting)
    {
        var text = new StringBuilder();
        if (meeting.State.Agenda is { } agenda) text.Append(agenda).Append("\n\n");
        if (meeting.State.OnlineLink is { } link) text.Append(lang.Pick("线上会议：", "Online: ")).Append(link).Append("\n\n");
        text.Append(meeting.Status == MeetingStatus.Cancelled
            ? lang.Pick($"会议已取消：{meeting.State.CancelReason}", $"The meeting is cancelled: {meeting.State.CancelReason}")
            : lang.Pick($"会议编号 {meeting.Id}。回复参会情况：在与机器人的对话中发送“参加 {meeting.Id}”“派员参加 {meeting.Id} 姓名”或“请假 {meeting.Id}”。",
                $"Meeting {meeting.Id}. To answer, send the bot \"attend {meeting.Id}\", \"send deputy {meeting.Id} [name]\" or \"absent {meeting.Id}\"."));
        return text.ToString();
    }

    /// <summary>"2026-06-18 2026-06-19 14:30": how to move this meeting to the next day, as an example to type.</summary>
    public static string MeetingMoveExample(Meeting meeting) =>
        $"{meeting.Id} {meeting.LocalDate.AddDays(1):yyyy-MM-dd} {meeting.State.LocalStart:HH:mm}";

    // ---- forms ----

    public static string ScheduleFormTitle(Lang lang) => lang.Pick("安排会议", "Schedule a meeting");
    public static string ScheduleButton(Lang lang) => lang.Pick("安排并通知成员单位", "Schedule and notify the units");
    public static string RescheduleFormTitle(Lang lang, Meeting meeting) => lang.Pick($"调整会议 {MeetingLabel(lang, meeting)}", $"Reschedule {MeetingLabel(lang, meeting)}");
    public static string RescheduleButton(Lang lang) => lang.Pick("调整并通知成员单位", "Reschedule and notify the units");
    public static string CancelFormTitle(Lang lang, Meeting meeting) => lang.Pick($"取消会议 {MeetingLabel(lang, meeting)}", $"Cancel {MeetingLabel(lang, meeting)}");
    public static string CancelButton(Lang lang) => lang.Pick("取消会议并通知成员单位", "Cancel and notify the units");
    public static string MeetingConfirmButton(Lang lang) => lang.Pick("确认", "Confirm");
    public static string MeetingDateLabel(Lang lang) => lang.Pick("日期", "Date");
    public static string MeetingDateRequired(Lang lang) => lang.Pick("请选择日期", "Choose the date");
    public static string MeetingTimeLabel(Lang lang) => lang.Pick("开始时间", "Start time");
    public static string MeetingTimeRequired(Lang lang) => lang.Pick("请选择开始时间", "Choose the start time");
    public static string MeetingDurationLabel(Lang lang) => lang.Pick("时长", "Duration");
    public static string MeetingPlaceLabel(Lang lang) => lang.Pick("地点", "Place");
    public static string MeetingPlacePlaceholder(Lang lang) => lang.Pick("例如：区政府第一会议室", "e.g. Room 301, District Government");
    public static string MeetingLinkLabel(Lang lang) => lang.Pick("线上会议链接（可选）", "Online meeting link (optional)");
    public static string MeetingAgendaLabel(Lang lang) => lang.Pick("议题和议程", "Topic and agenda");
    public static string MeetingAgendaPlaceholder(Lang lang) => lang.Pick("第一行是会议名称，例如：第一次全体会议", "The first line names the meeting, e.g. First plenary");
    public static string CancelReasonLabel(Lang lang) => lang.Pick("取消原因（会通知各成员单位）", "Reason (the units are told)");
    public static string CancelReasonRequired(Lang lang) => lang.Pick("请填写取消原因", "Give the reason");
    public static string DeputyLabel(Lang lang) => lang.Pick("参会人员姓名和职务", "Name and title of who attends");
    public static string DeputyRequired(Lang lang) => lang.Pick("请填写参会人员姓名", "Give the name of who attends");

    public static string ScheduleFormText(Lang lang) => lang.Pick(
        "请在卡片中填写会议信息。也可以直接输入一行，例如：\n“安排会议 2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室 链接：https://…”\n日期也可以写成“6月18日下午2点半”，时长写成“2小时”。",
        "Fill in the card. Or type one line, e.g.:\n\"schedule meeting 2026-06-18 14:30 First plenary place: Room 301 link: https://…\"\nDates like \"June 18\" and times like \"2:30pm\" work too; add a duration as \"2 hours\".");

    public static string RescheduleFormText(Lang lang, Meeting meeting) => lang.Pick(
        $"请在卡片中修改会议 {meeting.Id} 的安排（现为 {MeetingWhen(lang, meeting)}）。也可以直接输入：“调整会议 {MeetingMoveExample(meeting)}”，地点、链接、议程可用“地点：…”“链接：…”“议程：…”修改。",
        $"Change meeting {meeting.Id} (now {MeetingWhen(lang, meeting)}) in the card. Or type: \"reschedule {MeetingMoveExample(meeting)}\"; change the place, link or agenda with \"place: …\", \"link: …\", \"agenda: …\".");

    public static string CancelFormText(Lang lang, Meeting meeting) => lang.Pick(
        $"取消会议需要写明原因，原因会通知各成员单位。请在卡片中填写，或输入：“取消会议 {meeting.Id} 原因：……”。",
        $"Cancelling needs a reason, which the units are told. Fill it in the card, or type: \"cancel meeting {meeting.Id} because …\".");

    // ---- confirmations ----

    public static string Scheduled(Lang lang, Meeting meeting, MeetingNoticeCount notified, MeetingYearCheck check) => lang.Pick(
        $"已安排会议 **{meeting.Id}**：\n{MeetingFactsText(lang, meeting)}\n\n{MeetingNotified(lang, notified)}\n{MeetingYearCheckLine(lang, check)}\n如需调整，发送“调整会议 {MeetingMoveExample(meeting)}”；如需撤销，发送“取消会议 {meeting.Id} 原因：……”。",
        $"Scheduled meeting **{meeting.Id}**:\n{MeetingFactsText(lang, meeting)}\n\n{MeetingNotified(lang, notified)}\n{MeetingYearCheckLine(lang, check)}\nTo move it, send \"reschedule {MeetingMoveExample(meeting)}\"; to undo, send \"cancel meeting {meeting.Id} because …\".");

    public static string Rescheduled(Lang lang, Meeting meeting, string before, MeetingNoticeCount notified) => lang.Pick(
        $"已调整会议 **{meeting.Id}**（原定 {before}）：\n{MeetingFactsText(lang, meeting)}\n\n{MeetingNotified(lang, notified)}",
        $"Rescheduled meeting **{meeting.Id}** (was {before}):\n{MeetingFactsText(lang, meeting)}\n\n{MeetingNotified(lang, notified)}");

    public static string Cancelled(Lang lang, Meeting meeting, MeetingNoticeCount notified, MeetingYearCheck check) => lang.Pick(
        $"已取消会议 **{meeting.Id}**（{MeetingWhen(lang, meeting)}），原因：{meeting.State.CancelReason}。\n{MeetingNotified(lang, notified)}\n{MeetingYearCheckLine(lang, check)}\n如需另行安排，发送“安排会议”。",
        $"Cancelled meeting **{meeting.Id}** ({MeetingWhen(lang, meeting)}), because: {meeting.State.CancelReason}.\n{MeetingNotified(lang, notified)}\n{MeetingYearCheckLine(lang, check)}\nTo schedule another, send \"schedule meeting\".");

    public static string MarkedHeld(Lang lang, Meeting meeting, MeetingYearCheck check) => lang.Pick(
        $"已登记会议 **{meeting.Id}**（{MeetingWhen(lang, meeting)}）已召开。\n{MeetingYearCheckLine(lang, check)}",
        $"Recorded meeting **{meeting.Id}** ({MeetingWhen(lang, meeting)}) as held.\n{MeetingYearCheckLine(lang, check)}");

    /// <summary>How many were told, and which units have nobody to tell.</summary>
    public sealed record MeetingNoticeCount(int Units, int Contacts, IReadOnlyList<string> UnitsWithoutContacts);

    private static string MeetingNotified(Lang lang, MeetingNoticeCount n)
    {
        var text = lang.Pick($"已通知 {n.Units} 个成员单位的 {n.Contacts} 位联络员（附日历邀请 .ics）。", $"Notified {n.Contacts} contact(s) of {n.Units} member unit(s), with a calendar invitation (.ics).");
        if (n.UnitsWithoutContacts.Count == 0) return text;
        var names = string.Join(lang.Pick("、", ", "), n.UnitsWithoutContacts.Take(8));
        var more = n.UnitsWithoutContacts.Count > 8 ? lang.Pick($"等 {n.UnitsWithoutContacts.Count} 个单位", $" and {n.UnitsWithoutContacts.Count - 8} more") : "";
        return text + lang.Pick($"\n以下单位还没有联络员，未能通知：{names}{more}。", $"\nThese units have no contact yet and were not notified: {names}{more}.");
    }

    // ---- notices ----

    public static string MeetingNoticeHeadline(Lang lang, MeetingNoticeKind kind) => kind switch
    {
        MeetingNoticeKind.Scheduled => lang.Pick("会议通知", "Meeting notice"),
        MeetingNoticeKind.Rescheduled => lang.Pick("会议调整通知", "Meeting rescheduled"),
        _ => lang.Pick("会议取消通知", "Meeting cancelled"),
    };

    public static string MeetingNotice(Lang lang, JointMeeting jointMeeting, Meeting meeting, MeetingNoticeKind kind, string? before, string? note, string? unitName)
    {
        var text = new StringBuilder();
        text.Append(lang.Pick($"**{MeetingNoticeHeadline(lang, kind)}**｜{jointMeeting.Name}\n", $"**{MeetingNoticeHeadline(lang, kind)}** | {jointMeeting.Name}\n"));
        if (before is not null) text.Append(MeetingMoved(lang, before, meeting)).Append('\n');
        if (note is not null) text.Append(lang.Pick($"说明：{note}\n", $"Note: {note}\n"));
        text.Append(MeetingFactsText(lang, meeting)).Append('\n');
        text.Append(kind == MeetingNoticeKind.Cancelled
            ? lang.Pick("日历邀请已更新为取消。", "The calendar invitation attached cancels the entry.")
            : lang.Pick("附件是日历邀请（.ics），可加入日历。", "The attached invitation (.ics) adds it to your calendar."));
        if (kind != MeetingNoticeKind.Cancelled)
            text.Append('\n').Append(unitName is null
                ? lang.Pick($"各单位的回复可发送“参会情况 {meeting.Id}”查看。", $"Send \"attendance {meeting.Id}\" to see the units' answers.")
                : lang.Pick($"请代表{unitName}回复：“参加 {meeting.Id}”、“派员参加 {meeting.Id} 姓名”或“请假 {meeting.Id}”。",
                    $"Please answer for {unitName}: \"attend {meeting.Id}\", \"send deputy {meeting.Id} [name]\" or \"absent {meeting.Id}\"."));
        if (kind == MeetingNoticeKind.Rescheduled && unitName is not null)
            text.Append(lang.Pick("（时间有变，如参会安排随之改变，请重新回复。）", " (If the new time changes who attends, answer again.)"));
        return text.ToString();
    }

    public static string AttendancePrompt(Lang lang, string unitName) => lang.Pick($"请代表{unitName}回复是否参会：", $"Will {unitName} attend?");

    public static string AttendanceName(Lang lang, Attendance attendance) => attendance switch
    {
        Attendance.Attend => lang.Pick("参加", "Attend"),
        Attendance.SendDeputy => lang.Pick("派员参加", "Send a deputy"),
        _ => lang.Pick("请假", "Absent"),
    };

    private static string AttendanceAnswerText(Lang lang, AttendanceReply reply) => reply.Attendance == Attendance.SendDeputy
        ? lang.Pick($"派员参加（{reply.Who}）", $"sends a deputy ({reply.Who})")
        : lang == Lang.En ? AttendanceName(lang, reply.Attendance).ToLowerInvariant() : AttendanceName(lang, reply.Attendance);

    // ---- attendance ----

    public static string AttendanceRecorded(Lang lang, JointMeeting jointMeeting, Meeting meeting, AttendanceReply reply)
    {
        var unit = UnitName(jointMeeting, reply.UnitId);
        var change = reply.Attendance == Attendance.Absent
            ? lang.Pick($"如能参加，可发送“参加 {meeting.Id}”更改。", $"If you can come after all, send \"attend {meeting.Id}\".")
            : lang.Pick($"如有变化，可发送“请假 {meeting.Id}”或“派员参加 {meeting.Id} 姓名”更改。", $"If that changes, send \"absent {meeting.Id}\" or \"send deputy {meeting.Id} [name]\".");
        return lang.Pick(
            $"已登记：{unit} {AttendanceAnswerText(lang, reply)} {meeting.Id} 的会议（{MeetingWhen(lang, meeting)}）。{change}",
            $"Recorded: {unit} {AttendanceAnswerText(lang, reply)} at meeting {meeting.Id} ({MeetingWhen(lang, meeting)}). {change}");
    }

    public static string AttendanceOverview(Lang lang, JointMeeting jointMeeting, Meeting meeting, DateOnly today)
    {
        var text = new StringBuilder(lang.Pick(
            $"会议 **{meeting.Id}**（{MeetingWhen(lang, meeting)}，{MeetingStatusName(lang, meeting, today)}）参会情况：\n",
            $"Attendance for meeting **{meeting.Id}** ({MeetingWhen(lang, meeting)}, {MeetingStatusName(lang, meeting, today)}):\n"));
        var replies = meeting.State.Replies.ToDictionary(r => r.UnitId);
        int attend = 0, deputy = 0, absent = 0, outdated = 0;
        var silent = new List<string>();
        foreach (var unit in jointMeeting.Units)
        {
            if (!replies.TryGetValue(unit.Id, out var reply)) { silent.Add(unit.Name); continue; }
            // An answer given before the meeting moved is no answer to its new time: shown as such, not counted.
            var old = meeting.AnsweredForEarlierTime(reply);
            if (old) outdated++;
            else _ = reply.Attendance switch { Attendance.Attend => attend++, Attendance.SendDeputy => deputy++, _ => absent++ };
            text.Append($"- {unit.Name}：{AttendanceAnswerText(lang, reply)}".Replace("：", lang.Pick("：", ": ")))
                .Append(old ? AnsweredForOldTime(lang) : "").Append('\n');
        }
        if (silent.Count > 0)
            text.Append(lang.Pick($"- 未回复（{silent.Count}）：", $"- No answer yet ({silent.Count}): "))
                .Append(string.Join(lang.Pick("、", ", "), silent.Take(30)))
                .Append(silent.Count > 30 ? lang.Pick("等", " …") : "").Append('\n');
        text.Append(lang.Pick($"合计：参加 {attend}，派员参加 {deputy}，请假 {absent}，未回复 {silent.Count}",
            $"In all: {attend} attend, {deputy} send a deputy, {absent} absent, {silent.Count} not answered"))
            .Append(outdated == 0 ? "" : OldTimeAnswersTotal(lang, outdated)).Append(lang.Pick("。", "."));
        return text.ToString();
    }

    public static string AttendanceNeedsUnitContact(Lang lang, Participant me) => me.IsManager
        ? lang.Pick("参会回复由各成员单位的联络员代表本单位填写；召集人和联席会议办公室可发送“参会情况 编号”查看各单位的回复。",
            "Attendance is answered by each member unit's contact for their unit; the convenor and the secretariat can send \"attendance [id]\" to see the answers.")
        : me.Role == ContactRole.Observer
            ? lang.Pick("列席人员只能查看。参会回复由各成员单位的联络员填写。", "An observer only reads. Each member unit's contact answers for their unit.")
            : lang.Pick("只有成员单位的联络员可以回复参会情况。如需加入，请发送“我是区财政局联络员”（换成您的单位）。",
                "Only a member unit's contact can answer for the unit. To join, send \"I am the contact for [your unit]\".");

    public static string AttendanceMembersOnly(Lang lang) => lang.Pick(
        "参会情况只有本联席会议的成员可以查看。如需加入，请发送“我是区财政局联络员”（换成您的单位）。",
        "Only members of this joint meeting can see the attendance. To join, send \"I am the contact for [your unit]\".");

    // ---- lists ----

    public static string YearList(Lang lang, JointMeeting jointMeeting, int year, IReadOnlyList<Meeting> meetings, MeetingYearCheck check, DateOnly today, bool showLinks, bool mayPlan)
    {
        const int MaxShown = 30;
        var text = new StringBuilder(lang.Pick($"**{jointMeeting.Name}** {year} 年的会议：\n", $"**{jointMeeting.Name}**: meetings in {year}:\n"));
        if (meetings.Count == 0) text.Append(lang.Pick("- （还没有）\n", "- (none yet)\n"));
        foreach (var m in meetings.Take(MaxShown))
        {
            var place = m.State.Location ?? (showLinks ? m.State.OnlineLink : null);
            text.Append($"- **{m.Id}** {MeetingWhen(lang, m)}");
            if (MeetingTopic(m) is { } topic) text.Append(' ').Append(Shorten(topic, 40));
            if (place is not null) text.Append(lang.Pick($"，{Shorten(place, 40)}", $", {Shorten(place, 40)}"));
            text.Append(lang.Pick($"（{MeetingStatusName(lang, m, today)}）", $" ({MeetingStatusName(lang, m, today)})")).Append('\n');
        }
        if (meetings.Count > MaxShown)
            text.Append(lang.Pick($"……共 {meetings.Count} 次，只列出前 {MaxShown} 次。\n", $"… {meetings.Count} in all; the first {MaxShown} are shown.\n"));
        if (mayPlan && meetings.Any(m => m.Status == MeetingStatus.Planned && m.LocalDate < today))
            text.Append(lang.Pick("已过期的会议如已召开，请发送“会议已召开 编号”登记。\n", "For a past meeting that took place, send \"mark [id] held\".\n"));
        text.Append(MeetingYearCheckLine(lang, check, today, mayPlan));
        return text.ToString();
    }

    /// <summary>The at-least-N rule for a year: held, planned, missing, and until when the year can still comply.</summary>
    /// <param name="mayPlan">Whether the reader may schedule meetings: only they are told to send "安排会议".</param>
    public static string MeetingYearCheckLine(Lang lang, MeetingYearCheck check, DateOnly? today = null, bool mayPlan = true)
    {
        var counts = lang.Pick(
            $"{check.Year} 年要求至少召开 {check.Required} 次：已召开 {check.Held} 次，已计划 {check.Planned} 次",
            $"{check.Year} requires at least {check.Required} meeting(s): {check.Held} held, {check.Planned} planned");
        if (check.Complies) return counts + lang.Pick("，符合要求。", "; the rule is met.");
        var missing = lang.Pick($"，还差 {check.Missing} 次", $", {check.Missing} missing");
        if (today is { } day && !check.StillPossible(day))
            return counts + missing + lang.Pick("，本年已无法达到要求。", "; the year can no longer comply.");
        var by = check.NoLongerCompliableFrom is { } from ? from.AddDays(-1) : new DateOnly(check.Year, 12, 31);
        if (!mayPlan)
            return counts + missing + lang.Pick(
                $"。召集人或联席会议办公室需在 {by:yyyy-MM-dd} 前安排（需提前 {MeetingYearCheck.NoticeDays} 天通知）。",
                $". The convenor or the secretariat must schedule by {by:yyyy-MM-dd} (units need {MeetingYearCheck.NoticeDays} days' notice).");
        return counts + missing + lang.Pick(
            $"。请在 {by:yyyy-MM-dd} 前安排（需提前 {MeetingYearCheck.NoticeDays} 天通知），发送“安排会议”。",
            $". Schedule by {by:yyyy-MM-dd} (units need {MeetingYearCheck.NoticeDays} days' notice): send \"schedule meeting\".");
    }

    public static string NextMeeting(Lang lang, JointMeeting jointMeeting, Meeting meeting, bool showLink, AttendanceReply? myUnitsAnswer, string? myUnitName)
    {
        var text = lang.Pick($"下次会议：**{jointMeeting.Name}**\n{MeetingFactsText(lang, meeting, showLink)}",
            $"Next meeting: **{jointMeeting.Name}**\n{MeetingFactsText(lang, meeting, showLink)}");
        if (myUnitName is null) return text;
        return text + "\n" + (myUnitsAnswer is null
            ? lang.Pick($"{myUnitName}还没有回复是否参会：发送“参加 {meeting.Id}”、“派员参加 {meeting.Id} 姓名”或“请假 {meeting.Id}”。",
                $"{myUnitName} has not answered yet: send \"attend {meeting.Id}\", \"send deputy {meeting.Id} [name]\" or \"absent {meeting.Id}\".")
            : lang.Pick($"{myUnitName}已回复：{AttendanceAnswerText(lang, myUnitsAnswer)}。", $"{myUnitName} answered: {AttendanceAnswerText(lang, myUnitsAnswer)}."));
    }

    public static string NoNextMeeting(Lang lang, bool mayPlan, MeetingYearCheck check, DateOnly today) => lang.Pick(
        "目前没有计划中的会议。", "No meeting is planned.")
        + (mayPlan
            ? lang.Pick("发送“安排会议”填写表单，或直接输入“安排会议 2026-06-18 14:30 第一次全体会议”。", " Send \"schedule meeting\" for the form, or type \"schedule meeting 2026-06-18 14:30 First plenary\".")
            : lang.Pick("会议由召集人或联席会议办公室安排，安排后会通知各成员单位联络员。", " The convenor or the secretariat schedules meetings; every unit's contacts are notified."))
        + "\n" + MeetingYearCheckLine(lang, check, today, mayPlan);

    // ---- which meeting ----

    /// <param name="mayPlan">Whether the reader may schedule meetings: only they are told to send "安排会议".</param>
    public static string NoMeetingToAct(Lang lang, MeetingVerb verb, bool mayPlan) => verb switch
    {
        MeetingVerb.Attend => lang.Pick("目前没有等待回复的会议。发送“会议安排”查看今年的会议。", "No planned meeting is waiting for an answer. Send \"meetings\" to see this year's."),
        _ when !mayPlan => lang.Pick("目前没有计划中的会议。发送“会议安排”查看今年的会议。", "No meeting is planned. Send \"meetings\" to see this year's."),
        _ => lang.Pick("目前没有计划中的会议。发送“会议安排”查看今年的会议，或发送“安排会议”安排一次。", "No meeting is planned. Send \"meetings\" to see this year's, or \"schedule meeting\" to plan one."),
    };

    public static string NoMeetingStarted(Lang lang) => lang.Pick(
        "没有已开始但尚未登记的会议。会议开始后才能登记为已召开；发送“会议安排”查看今年的会议。",
        "No meeting has started that is not yet marked held. A meeting can be marked held once it has started; send \"meetings\" to see this year's.");

    public static string WhichMeeting(Lang lang, Func<string, string> typed, IReadOnlyList<Meeting> candidates)
    {
        var text = new StringBuilder(lang.Pick("是哪一次会议？请在命令后写上会议编号：\n", "Which meeting? Put its id after the command:\n"));
        foreach (var m in candidates.Take(10))
            text.Append(lang.Pick($"- “{typed(m.Id)}” {MeetingWhen(lang, m)}", $"- \"{typed(m.Id)}\" {MeetingWhen(lang, m)}")).Append(MeetingTopic(m) is { } t ? " " + Shorten(t, 30) : "").Append('\n');
        if (candidates.Count > 10) text.Append(lang.Pick($"……共 {candidates.Count} 次；发送“会议安排”查看全部。", $"… {candidates.Count} in all; send \"meetings\" for the list."));
        return text.ToString().TrimEnd();
    }

    public static string UnknownMeeting(Lang lang, string reference) => lang.Pick(
        $"没有找到会议“{Shorten(reference, 40)}”，没有做任何修改。发送“会议安排”查看会议和编号。",
        $"There is no meeting \"{Shorten(reference, 40)}\"; nothing was changed. Send \"meetings\" to see the meetings and their ids.");

    /// <summary>A card or command about a meeting that is no longer planned: what happened to it.</summary>
    public static string MeetingNoLongerPlanned(Lang lang, Meeting meeting, bool fromCard)
    {
        var what = meeting.Status == MeetingStatus.Cancelled
            ? lang.Pick($"会议 {meeting.Id}（{MeetingWhen(lang, meeting)}）已取消，原因：{meeting.State.CancelReason}。", $"Meeting {meeting.Id} ({MeetingWhen(lang, meeting)}) was cancelled, because: {meeting.State.CancelReason}.")
            : lang.Pick($"会议 {meeting.Id}（{MeetingWhen(lang, meeting)}）已召开。", $"Meeting {meeting.Id} ({MeetingWhen(lang, meeting)}) has been held.");
        var unchanged = fromCard
            ? lang.Pick("这张卡片已失效，没有做任何修改。", " This card no longer applies; nothing was changed.")
            : lang.Pick("没有做任何修改。", " Nothing was changed.");
        return what + unchanged + lang.Pick("发送“下次会议”查看接下来的会议。", " Send \"next meeting\" for what comes next.");
    }

    public static string UnitNoLongerMember(Lang lang, string unitId) => lang.Pick(
        $"这张卡片所代表的单位（{Shorten(unitId, 20)}）已不是成员单位，卡片已失效，没有做任何修改。",
        $"The unit this card answers for ({Shorten(unitId, 20)}) is no longer a member unit; the card no longer applies and nothing was changed.");

    // ---- input problems ----

    /// <param name="today">Moves the example's dates to come (<see cref="ExampleDates"/>); null keeps them as written.</param>
    public static string MeetingProblemText(Lang lang, MeetingVerb verb, MeetingProblem problem, string? detail, DateOnly? today = null)
    {
        var d = Shorten(detail ?? "", 60);
        var what = problem switch
        {
            MeetingProblem.MissingDate => lang.Pick($"没有看出会议日期（“{d}”）。", $"I could not find the date (\"{d}\")."),
            MeetingProblem.MissingTime => lang.Pick("没有看出开始时间。", "I could not find the start time."),
            MeetingProblem.InvalidDate => lang.Pick($"“{d}”不是有效的日期。", $"\"{d}\" is not a valid date."),
            MeetingProblem.InvalidTime => lang.Pick($"“{d}”不是有效的时间（结束时间应晚于开始时间）。", $"\"{d}\" is not a valid time (an end must come after the start)."),
            MeetingProblem.InvalidDuration => lang.Pick($"时长“{d}”不符合要求：会议时长应在 {MeetingForm.MinMinutes} 分钟到 {MeetingForm.MaxMinutes / 60} 小时之间。",
                $"The duration \"{d}\" does not fit: a meeting lasts {MeetingForm.MinMinutes} minutes to {MeetingForm.MaxMinutes / 60} hours."),
            MeetingProblem.InvalidLink => lang.Pick($"“{d}”不是网址（线上会议链接应以 https:// 开头）。", $"\"{d}\" is not a web link (an online meeting link starts with https://)."),
            MeetingProblem.TooLong => lang.Pick($"内容太长（“{d}”）：地点和链接最多 {Meeting.MaxPlaceLength} 字，议程最多 {Meeting.MaxAgendaLength} 字，原因最多 {MeetingCommands.MaxReasonLength} 字，姓名最多 {MeetingCommands.MaxDeputyLength} 字。",
                $"That is too long (\"{d}\"): a place or link takes at most {Meeting.MaxPlaceLength} characters, an agenda {Meeting.MaxAgendaLength}, a reason {MeetingCommands.MaxReasonLength}, a name {MeetingCommands.MaxDeputyLength}."),
            MeetingProblem.MissingReason => lang.Pick("取消会议需要写明原因。", "Cancelling a meeting needs a reason."),
            MeetingProblem.MissingDeputy => lang.Pick("派员参加需要写明参会人员姓名。", "Sending a deputy needs the deputy's name."),
            _ => lang.Pick("没有看出要改成什么。", "I could not tell what to change."),
        };
        var how = verb switch
        {
            MeetingVerb.Schedule => lang.Pick("例如：“安排会议 2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室”，或只发送“安排会议”填写表单。",
                "For example: \"schedule meeting 2026-06-18 14:30 First plenary place: Room 301\", or just \"schedule meeting\" for the form."),
            MeetingVerb.Reschedule => lang.Pick("例如：“调整会议 2026-06-18 2026-06-20 09:00”，或只发送“调整会议 编号”填写表单。",
                "For example: \"reschedule 2026-06-18 2026-06-20 09:00\", or just \"reschedule [id]\" for the form."),
            MeetingVerb.Cancel => lang.Pick("例如：“取消会议 2026-06-18 原因：召集人临时出差”。", "For example: \"cancel meeting 2026-06-18 because the convenor is away\"."),
            _ => lang.Pick("例如：“派员参加 2026-06-18 李四”。", "For example: \"send deputy 2026-06-18 Li Si\"."),
        };
        if (today is { } day) how = ExampleDates.AsOf(how, day);
        return lang.Pick($"没有执行：{what}{how}", $"Not done: {what} {how}");
    }
}
