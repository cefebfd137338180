using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation;

// Meetings at overlapping times (issue 16): a move onto another planned meeting's time.
public static partial class Replies
{
    public static string MoveClashes(Lang lang, Meeting moving, Meeting taken) => lang.Pick(
        $"没有改期：那个时间已经安排了会议 {taken.Id}（{MeetingWhen(lang, taken)}），会议 {moving.Id} 仍在 {MeetingWhen(lang, moving)}。请另选时间；如果两次会议其实是同一次，请取消其中一次。",
        $"Not moved: meeting {taken.Id} is planned at that time ({MeetingWhen(lang, taken)}); meeting {moving.Id} stays at {MeetingWhen(lang, moving)}. Choose another time; if the two are the same meeting, cancel one of them.");
}
