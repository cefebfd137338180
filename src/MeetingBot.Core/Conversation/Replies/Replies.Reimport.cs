using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// Re-importing a joint meeting's own document: what the new version changes, and a task it dropped that reports keep.
public static partial class Replies
{
    public static string ImportReimportChanges(Lang lang, string jointMeeting, TasksReimported changes) => lang.Pick(
        $"确认重新导入后，“{Shorten(jointMeeting, 30)}”将：新增任务 {changes.Added.Count} 项{TaskIds(lang, changes.Added)}；删除任务 {changes.Removed.Count} 项{TaskIds(lang, changes.Removed)}"
            + (changes.KeptAsReported.Count > 0 ? $"；新版本不再有、但已有单位报告的任务 {changes.KeptAsReported.Count} 项{TaskIds(lang, changes.KeptAsReported)}保留并标为“已不在文件当前版本中”，报告不丢失，今后不再要求报告" : "")
            + $"；保留更正 {changes.CorrectionsKept} 项。成员单位不增不减"
            + (changes.UnitsNotMembers.Count > 0 ? $"（文件写到、尚非成员单位的：{Shorten(string.Join("、", changes.UnitsNotMembers), 120)}）" : "") + "。",
        $"Re-importing into \"{Shorten(jointMeeting, 30)}\" will: add {changes.Added.Count} tasks{TaskIds(lang, changes.Added)}; remove {changes.Removed.Count} tasks{TaskIds(lang, changes.Removed)}"
            + (changes.KeptAsReported.Count > 0 ? $"; keep {changes.KeptAsReported.Count} tasks the new version no longer has{TaskIds(lang, changes.KeptAsReported)} because units have reported on them, marked \"no longer in the current version of the document\" (their reports stay; new rounds do not ask for them)" : "")
            + $"; keep {changes.CorrectionsKept} corrections. No member unit is added or removed"
            + (changes.UnitsNotMembers.Count > 0 ? $" (named in the document but not members: {Shorten(string.Join(", ", changes.UnitsNotMembers), 120)})" : "") + ".");

    /// <summary>The mark of a task the current version of its document no longer has, kept for the reports made on it.</summary>
    public static string TaskDropped(Lang lang) => lang.Pick(
        "（已不在文件当前版本中，保留已有报告，不再要求报告）",
        " (no longer in the current version of the document; its reports are kept, no new reports asked)");

    /// <summary>Under "我的任务": tasks the unit reported on that the current version of the document no longer has.</summary>
    public static string QuestionsDroppedButReported(Lang lang, IReadOnlyList<string> taskLabels) => lang.Pick(
        $"已不在文件当前版本中、但本单位报告过的任务（报告保留，不再要求报告）：{Shorten(string.Join("；", taskLabels), 300)}",
        $"Tasks no longer in the current version of the document that your unit reported on (reports kept, no new reports asked): {Shorten(string.Join("; ", taskLabels), 300)}");

    private static string TaskIds(Lang lang, IReadOnlyList<AssignedTask> tasks) =>
        tasks.Count == 0 ? "" : lang.Pick($"（{Shorten(string.Join("、", tasks.Select(t => t.Id)), 80)}）", $" ({Shorten(string.Join(", ", tasks.Select(t => t.Id)), 80)})");
}
