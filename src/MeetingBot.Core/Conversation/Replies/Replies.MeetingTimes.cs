using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation;

// Meetings at overlapping times (issue 16): a move onto another planned meeting's time.
public static partial class Replies
{
    public static string MoveClashes(Lang lang, Meeting moving, Meeting taken) => lang.Pick(
        $"没有改期：那个时间已经安排了会议 {taken.Id}（{MeetingWhen(lang, taken)}），会议 {moving.Id} 仍在 {MeetingWhen(lang, moving)}。请另选时间；如果两次会议其实是同一次，请取消其中一次。",
        $"Not moved: meeting {taken.Id} is planned at that time ({MeetingWhen(lang, taken)}); meeting {moving.Id} stays at {MeetingWhen(lang, moving)}. Choose another time; if the two are the same meeting, cancel one of them.");
}

// Attendance answered before the meeting moved (issue 16): shown in the overview, not counted as an answer to the new time.
public static partial class Replies
{
    private static string AnsweredForOldTime(Lang lang) => lang.Pick(
        "（⚠ 是改期前的答复，尚未按新时间确认）", " (⚠ answered before the meeting moved; not yet confirmed for the new time)");

    private static string OldTimeAnswersTotal(Lang lang, int count) => lang.Pick(
        $"，改期前的答复 {count}（待按新时间重新答复）", $", {count} answered before the move (to answer again for the new time)");
}

// A meeting offered as a choice (buttons, drop-downs): its number, its title and its local time, never its agenda.
public static partial class Replies
{
    /// <summary>"m1 第一次全体会议 · 6月18日 14:30" / "m1 First plenary · Jun 18, 14:30": short enough for a button.</summary>
    public static string MeetingChoice(Lang lang, Meeting meeting)
    {
        var start = meeting.State.LocalStart;
        var when = lang.Pick($"{start.Month}月{start.Day}日 {start:HH:mm}", start.ToString("MMM d, HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        var title = MeetingTopic(meeting) is { } topic ? " " + Shorten(topic, 16) : "";
        return $"{meeting.Id}{title} · {when}";
    }
}

// One vocabulary (issue 16): a name that already says the role is not followed by the role again.
public static partial class Replies
{
    /// <summary>"张召集（召集人）", but "召集人" alone for someone whose name is the role (a web chat persona).</summary>
    private static string NameWithRole(Lang lang, Domain.JointMeetings.Contact contact)
    {
        var name = contact.Account.DisplayName;
        var role = RoleName(lang, contact.Role.ToString());
        return name.Contains(role, StringComparison.OrdinalIgnoreCase) ? name : lang.Pick($"{name}（{role}）", $"{name} ({role})");
    }
}
