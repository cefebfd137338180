namespace MeetingBot.Core.Conversation;

// A report on a task that a re-import of the policy document removed while the report was being written.
public static partial class Replies
{
    /// <summary>Nothing was saved: the task(s) the report named are gone from the joint meeting since the card or text was read.</summary>
    public static string ReportOnRemovedTask(Lang lang, IReadOnlyList<string> taskLabels) => lang.Pick(
        $"没有保存：任务 {Shorten(string.Join("、", taskLabels), 120)} 已在召集人重新导入政策文件时删除（新版本没有这项任务，删除时也还没有单位报告过），不能再报告。本次填写的内容都没有保存，请按现在的任务重新填写。",
        $"Not saved: task {Shorten(string.Join(", ", taskLabels), 120)} was removed when the convenor re-imported the policy document (the new version has no such task, and no unit had reported on it then), so it cannot be reported on. Nothing of this save was kept; please fill in the tasks as they are now.");
}
