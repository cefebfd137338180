using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>Answers to buttons pressed twice and to cards older than what they would change.</summary>
public static partial class Replies
{
    public static string AlreadyDone(Lang lang, ActionReceipt receipt, TimeZoneInfo zone)
    {
        var at = TimeZones.LocalTime(receipt.At, zone);
        var what = DoneWhat(lang, receipt.Done.Action, receipt.Done.Subject, receipt.Done.Detail);
        return lang.Pick(
            $"这个按钮已经处理过了：{receipt.By.DisplayName} 于 {at:yyyy-MM-dd HH:mm} {what}。这次没有重复执行，也没有再通知任何人。",
            $"This button was handled already: {receipt.By.DisplayName} {what} on {at:yyyy-MM-dd HH:mm}. Nothing was done again and nobody was notified again.");
    }

    // What an audited action did, in words (the audit's codes are English and stable).
    private static string DoneWhat(Lang lang, string action, string subject, string? detail) => action switch
    {
        "meeting.scheduled" => lang.Pick($"安排了会议 {subject}（{detail}）", $"scheduled meeting {subject} ({detail})"),
        "meeting.rescheduled" => lang.Pick($"调整了会议 {subject}（{detail}）", $"rescheduled meeting {subject} ({detail})"),
        "meeting.cancelled" => lang.Pick($"取消了会议 {subject}", $"cancelled meeting {subject}"),
        "meeting.held" => lang.Pick($"记录会议 {subject} 已召开", $"recorded meeting {subject} as held"),
        "meeting.attendance" => lang.Pick($"答复了会议 {subject} 的参会情况（{detail}）", $"answered attendance for meeting {subject} ({detail})"),
        "report.saved" => lang.Pick($"保存了报告 {subject}（{detail}）", $"saved report {subject} ({detail})"),
        "report.submitted" => lang.Pick($"提交了报告 {subject}（{detail}）", $"submitted report {subject} ({detail})"),
        "round.opened" => lang.Pick($"发起了报告征集 {subject}", $"opened reporting round {subject}"),
        "contact.approved" => lang.Pick("批准了加入申请", "approved the request to join"),
        "contact.rejected" => lang.Pick("拒绝了加入申请", "rejected the request to join"),
        "unit.removed" => lang.Pick($"移除了成员单位 {subject}", $"removed member unit {subject}"),
        "unit.added" => lang.Pick($"添加了成员单位 {subject}", $"added member unit {subject}"),
        "conversation.bound" => lang.Pick("绑定了本群", "bound this conversation"),
        _ => lang.Pick($"完成了这项操作（{action} {subject}）", $"did this ({action} {subject})"),
    };
}

public static partial class Replies
{
    public static string MeetingClashQuestion(Lang lang, IReadOnlyList<Domain.Meetings.Meeting> clashes, string typedLine)
    {
        var taken = string.Join(lang.Pick("；", "; "), clashes.Select(m => lang.Pick($"{m.Id}（{MeetingWhen(lang, m)}）", $"{m.Id} ({MeetingWhen(lang, m)})")));
        return lang.Pick(
            $"这个时间已经安排了会议 {taken}，还没有安排新的会议。确实要在同一时间再安排一次会议吗？\n如确需安排，请按“仍然安排”，或发送：“{typedLine}”。如果是同一次会议，无需再操作。",
            $"Meeting {taken} is planned at that time already; nothing new was scheduled. Schedule another meeting at the same time?\nIf so, press \"Schedule anyway\" or send: \"{typedLine}\". If it is the same meeting, there is nothing more to do.");
    }

    public static string ScheduleAnywayButton(Lang lang) => lang.Pick("仍然安排", "Schedule anyway");
}

public static partial class Replies
{
    public static string StaleReportCard(Lang lang, int cardVersion, Domain.Reporting.ProgressReport now, IReadOnlyList<string> changedTasks, TimeZoneInfo zone)
    {
        var s = now.State;
        var at = TimeZones.LocalTime(s.UpdatedAt, zone);
        var tasks = changedTasks.Count == 0 ? "" : string.Join(lang.Pick("、", ", "), changedTasks);
        return lang.Pick(
            $"没有保存：这张卡片是按第 {cardVersion} 版填写的，报告之后已由 {s.UpdatedBy.DisplayName} 于 {at:yyyy-MM-dd HH:mm} 更新到第 {s.Version} 版" +
            (tasks.Length > 0 ? $"，任务 {tasks} 在此期间有改动" : "") + "。为避免覆盖较新的内容，请在下面按最新内容生成的卡片上修改后再保存或提交。",
            $"Not saved: this card was filled in from version {cardVersion}; {s.UpdatedBy.DisplayName} has since updated the report to version {s.Version} ({at:yyyy-MM-dd HH:mm})" +
            (tasks.Length > 0 ? $", changing task {tasks}" : "") + ". So as not to overwrite newer work, edit the card below, made from the current report, and save or submit again.");
    }

    public static string StaleBlankReportCard(Lang lang, int cardVersion, Domain.Reporting.ProgressReport now, TimeZoneInfo zone)
    {
        var s = now.State;
        var at = TimeZones.LocalTime(s.UpdatedAt, zone);
        return lang.Pick(
            $"没有提交：这张卡片是按第 {cardVersion} 版生成的，页面是空白的，而报告之后已由 {s.UpdatedBy.DisplayName} 于 {at:yyyy-MM-dd HH:mm} 更新到第 {s.Version} 版。请核对下面按最新内容生成的卡片后再提交，或发送“我的报告”查看全部内容。",
            $"Not submitted: this card was made from version {cardVersion} and its page is blank, while {s.UpdatedBy.DisplayName} has since updated the report to version {s.Version} ({at:yyyy-MM-dd HH:mm}). Check the card below, made from the current report, before submitting, or send \"my report\" to see all of it.");
    }
}

public static partial class Replies
{
    /// <summary>"会议时间从 X 改到 Y。": what a change notice says first.</summary>
    public static string MeetingMoved(Lang lang, string before, Domain.Meetings.Meeting meeting)
    {
        var now = MeetingWhen(lang, meeting);
        return before == now
            ? lang.Pick($"会议安排有调整，时间不变：{now}。", $"The meeting's arrangements changed; the time stays {now}.")
            : lang.Pick($"会议时间从 {before} 改到 {now}。", $"Moved from {before} to {now}.");
    }

    /// <summary>"2026年6月18日（周四）14:30": a start the meeting had before.</summary>
    public static string MeetingStart(Lang lang, DateTime localStart) => lang == Lang.En
        ? $"{MeetingDay(lang, DateOnly.FromDateTime(localStart))}, {localStart:HH:mm}"
        : $"{MeetingDay(lang, DateOnly.FromDateTime(localStart))}{localStart:HH:mm}";

    public static string AttendanceOnOldNotice(Lang lang, Domain.Meetings.Meeting meeting) =>
        meeting.State.MovedFrom is { } from
            ? lang.Pick(
                $"没有记录：您答复的是旧的会议通知。会议 {meeting.Id} 的时间已从 {MeetingStart(lang, from)} 改到 {MeetingWhen(lang, meeting)}，请按新的时间重新答复：",
                $"Not recorded: you answered an old notice. Meeting {meeting.Id} has moved from {MeetingStart(lang, from)} to {MeetingWhen(lang, meeting)}; please answer again for the new time:")
            : lang.Pick(
                $"没有记录：您答复的是旧的会议通知，会议 {meeting.Id} 的安排已调整（现为 {MeetingWhen(lang, meeting)}），请按新的安排重新答复：",
                $"Not recorded: you answered an old notice. Meeting {meeting.Id} has changed (now {MeetingWhen(lang, meeting)}); please answer again:");

    public static string MeetingFormStale(Lang lang, Domain.Meetings.Meeting meeting) => lang.Pick(
        $"没有执行：这张卡片发出后，会议 {meeting.Id} 已被调整（现为 {MeetingWhen(lang, meeting)}）。为避免覆盖新的安排，请在下面的最新卡片上重新操作。",
        $"Not done: meeting {meeting.Id} was changed after this card was sent (now {MeetingWhen(lang, meeting)}). So as not to undo that change, use the fresh card below.");
}

public static partial class Replies
{
    /// <summary>The mark on a planned reminder that reaches nobody: which recipients, and why.</summary>
    public static string RemindersUndeliverable(Lang lang, Domain.JointMeetings.JointMeeting jm, IReadOnlyList<string> recipients)
    {
        var names = string.Join(lang.Pick("、", ", "), recipients.Select(r => r == Domain.Reminders.ReminderSubjects.Managers
            ? lang.Pick("召集人和联席会议办公室", "the convenor and the secretariat")
            : UnitName(jm, r)));
        return lang.Pick($"（⚠ 无法送达：{names}没有已批准的联络员）", $" (⚠ cannot be delivered: {names} has no approved contact)");
    }
}
