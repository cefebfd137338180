using System.Text;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Everything the bot says, in Chinese and English, in one class split by area (Replies.*.cs). Tests assert on
/// these, not on copied sentences.
/// </summary>
public static partial class Replies
{
    public static string NotUnderstood(Lang lang, string text) => lang.Pick(
        $"没有理解“{Shorten(text, 40)}”。输入“帮助”查看我能做的事。",
        $"I did not understand \"{Shorten(text, 40)}\". Type \"help\" to see what I can do.");

    public static string UnknownCardAction(Lang lang) => lang.Pick(
        "这张卡片的按钮已不再使用。输入“帮助”查看现在能做的事。",
        "That card's button is no longer in use. Type \"help\" to see what you can do now.");

    public static string KeptConflicting(Lang lang) => lang.Pick(
        "其他人正在同时修改同一内容，您的操作没有生效。请稍后再试一次。",
        "Someone else kept changing the same thing at the same time; nothing of yours was changed. Please try again.");

    public static string TooLarge(Lang lang) => lang.Pick(
        "内容太长，无法保存，没有做任何修改。请缩短后再试。",
        "That is too large to store; nothing was changed. Please shorten it and try again.");

    public static string StoreUnavailable(Lang lang) => lang.Pick(
        "存储暂时不可用，没有做任何修改。请稍后再试。",
        "Storage is unavailable for the moment; nothing was changed. Please try again shortly.");

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string UnitName(JointMeeting jointMeeting, string unitId) =>
        jointMeeting.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;
}
