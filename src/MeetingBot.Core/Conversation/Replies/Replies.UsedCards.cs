using MeetingBot.Core.Domain;

namespace MeetingBot.Core.Conversation;

/// <summary>The words of a used card (what was done, by whom, when) and of the quote an answer starts with.</summary>
public static partial class Replies
{
    /// <summary>The line an answer to a pressed card starts with, naming the card (which may be far up the chat).</summary>
    public static string Quote(Lang lang, string card) => lang.Pick($"> 回复：{card}\n\n", $"> Re: {card}\n\n");

    /// <summary>What a used card says instead of its buttons: "✓ 已批准 — 张三，2026-12-07 14:05".</summary>
    public static string UsedCardDone(Lang lang, string done, string who, DateTimeOffset at, TimeZoneInfo zone) =>
        lang.Pick($"✓ {done}（{who}，{TimeZones.LocalTime(at, zone):yyyy-MM-dd HH:mm}）", $"✓ {done} (by {who}, {TimeZones.LocalTime(at, zone):yyyy-MM-dd HH:mm})");

    /// <summary>A note on a used card: its buttons are gone, and the typed command or a fresh card still works.</summary>
    public static string UsedCardHint(Lang lang, string command) => lang.Pick(
        $"这张卡片已使用。如需修改，发送“{command}”。", $"This card has been used. To change it, send \"{command}\".");

    public static string ApprovedDone(Lang lang, string person) => lang.Pick($"已批准 {person}", $"Approved {person}");

    public static string RejectedDone(Lang lang, string person) => lang.Pick($"已拒绝 {person}", $"Rejected {person}");

    public static string JoinRequestQuote(Lang lang, string person) => lang.Pick($"{person} 的加入申请", $"{person}'s request to join");

    public static string AttendanceDone(Lang lang, string answer) => lang.Pick($"已回复：{answer}", $"Answered: {answer}");

    public static string ScheduledDone(Lang lang, string meeting) => lang.Pick($"已安排会议 {meeting}", $"Scheduled meeting {meeting}");

    public static string ScheduleFormQuote(Lang lang) => lang.Pick("安排会议卡片", "the schedule card");

    public static string ReportSubmittedDone(Lang lang, string unit) => lang.Pick($"已提交{unit}的报告", $"Submitted {unit}'s report");

    public static string ReportCardQuote(Lang lang, string unit, string round) => lang.Pick(
        $"{unit}进度报告卡片（报告征集 {round}）", $"{unit}'s report card (round {round})");
}
