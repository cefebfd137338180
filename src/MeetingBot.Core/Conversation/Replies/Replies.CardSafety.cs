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
        "round.opened" => lang.Pick($"发起了报告轮次 {subject}", $"opened reporting round {subject}"),
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
    public static string MeetingClashQuestion(Lang lang, Domain.Meetings.Meeting existing, string typedLine) => lang.Pick(
        $"这个时间已经安排了会议 {existing.Id}（{MeetingWhen(lang, existing)}），还没有安排新的会议。确实要在同一时间再安排一次会议吗？\n如确需安排，请按“仍然安排”，或发送：“{typedLine}”。如果是同一次会议，无需再操作。",
        $"Meeting {existing.Id} is planned at that time already ({MeetingWhen(lang, existing)}); nothing new was scheduled. Schedule another meeting at the same time?\nIf so, press \"Schedule anyway\" or send: \"{typedLine}\". If it is the same meeting, there is nothing more to do.");

    public static string ScheduleAnywayButton(Lang lang) => lang.Pick("仍然安排", "Schedule anyway");
}
