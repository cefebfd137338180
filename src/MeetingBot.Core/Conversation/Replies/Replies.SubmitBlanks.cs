namespace MeetingBot.Core.Conversation;

/// <summary>The words of submitting a report card while some of the unit's tasks are blank.</summary>
public static partial class Replies
{
    public static string SubmitWithBlanksTitle(Lang lang, string unitName, int blankCount) => lang.Pick(
        $"{unitName}还有 {blankCount} 项任务未填写，报告尚未提交",
        $"{unitName} has {blankCount} task(s) left blank; the report is not submitted yet");

    /// <param name="draftVersion">The draft version this page was saved as, or null when the page changed nothing.</param>
    public static string SubmitWithBlanks(Lang lang, string unitName, IReadOnlyList<string> blank, int? draftVersion) =>
        lang.Pick(
            $"未填写的任务：{string.Join("、", blank)}。"
            + (draftVersion is { } v ? $"本页已保存为草稿（第 {v} 版）。" : "")
            + "仍要提交请点“仍然提交”，或发送“确认提交报告”；要继续填写，发送“我的报告”。",
            $"Tasks left blank: {string.Join(", ", blank)}. "
            + (draftVersion is { } e ? $"This page was saved as a draft (version {e}). " : "")
            + "To submit anyway, press \"Submit anyway\" or send \"submit report\"; to keep filling it in, send \"my report\".");

    public static string SubmitAnywayButton(Lang lang) => lang.Pick("仍然提交", "Submit anyway");
}
