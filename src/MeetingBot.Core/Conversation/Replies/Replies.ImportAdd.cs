using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// A second policy document added to a joint meeting already at work (Features/Import).
public static partial class Replies
{
    public static string ImportAddButton(Lang lang, string jointMeeting) => lang.Pick($"添加到“{Shorten(jointMeeting, 20)}”", $"Add to \"{Shorten(jointMeeting, 20)}\"");

    /// <summary>On the preview card: what pressing "add to" would change, and what it leaves alone.</summary>
    public static string ImportAddChanges(Lang lang, string jointMeeting, DocumentAdded changes, int existingTasks) => lang.Pick(
        $"添加到“{Shorten(jointMeeting, 30)}”将：新增成员单位 {changes.NewUnits.Count} 个{NamedUnits(lang, changes.NewUnits)}；新增任务 {changes.NewTasks.Count} 项"
            + (changes.TasksWithNewUnits.Count > 0 ? $"；已有任务中 {changes.TasksWithNewUnits.Count} 项（{Shorten(string.Join("、", changes.TasksWithNewUnits.Select(t => t.Id)), 60)}）将计入新成员单位" : "")
            + (changes.ConvenorSet ? "；按本文件写明召集人" : "")
            + $"。已有的 {existingTasks} 项任务、更正、联络员和已提交的报告都保持不变。",
        $"Adding to \"{Shorten(jointMeeting, 30)}\" will: add {changes.NewUnits.Count} member units{NamedUnits(lang, changes.NewUnits)}; add {changes.NewTasks.Count} tasks"
            + (changes.TasksWithNewUnits.Count > 0 ? $"; {changes.TasksWithNewUnits.Count} existing tasks ({Shorten(string.Join(", ", changes.TasksWithNewUnits.Select(t => t.Id)), 60)}) will count a new member unit in" : "")
            + (changes.ConvenorSet ? "; set the convenor this document names" : "")
            + $". The {existingTasks} existing tasks, corrections, contacts and submitted reports stay as they are.");

    public static string DocumentAddedTo(Lang lang, string jointMeeting, string title, DocumentAdded changes, int tasks) => lang.Pick(
        $"已把《{Shorten(title, 60)}》添加到“{jointMeeting}”：新增成员单位 {changes.NewUnits.Count} 个{NamedUnits(lang, changes.NewUnits)}，新增任务 {changes.NewTasks.Count} 项，现共有任务 {tasks} 项。原有任务和已提交的报告不变。",
        $"Added \"{Shorten(title, 60)}\" to \"{jointMeeting}\": {changes.NewUnits.Count} member units{NamedUnits(lang, changes.NewUnits)} and {changes.NewTasks.Count} tasks added, {tasks} tasks in all. The existing tasks and submitted reports are unchanged.");

    public static string ImportAlreadyInJointMeeting(Lang lang, string title, string jointMeeting) => lang.Pick(
        $"《{Shorten(title, 60)}》已经是“{jointMeeting}”的文件，没有再次添加，什么都没有改变。要用这个版本替换它的任务，请发送文件时附上“重新导入”。",
        $"\"{Shorten(title, 60)}\" is a document of \"{jointMeeting}\" already; it was not added again and nothing changed. To replace its tasks with this version, send the file with \"reimport\".");

    private static string NamedUnits(Lang lang, IReadOnlyList<string> units) =>
        units.Count == 0 ? "" : lang.Pick($"（{Shorten(string.Join("、", units), 120)}）", $" ({Shorten(string.Join(", ", units), 120)})");
}
