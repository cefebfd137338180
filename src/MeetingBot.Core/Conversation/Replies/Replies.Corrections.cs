using System.Text;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// Corrections of the imported document: a task shown, its units corrected, a unit's aliases, units merged.
public static partial class Replies
{
    /// <summary>"二.三.4 建立双师型教师队伍" with its lead and responsible units and its targets.</summary>
    public static string TaskDetail(Lang lang, JointMeeting jm, AssignedTask task)
    {
        var text = new StringBuilder();
        text.Append("**").Append(TaskNumbers.Label(task, lang)).Append("**\n");
        if (task.Dropped) text.Append(TaskDropped(lang).Trim(' ', '（', '）', '(', ')')).Append('\n');
        if (task.NotForThisMeeting)
        {
            text.Append(lang.Pick("已标记为不属于本联席会议：不要求报告，也不提醒。", "Marked as not for this joint meeting: no reports, no reminders."));
            return text.ToString();
        }
        text.Append(lang.Pick("牵头单位：", "Lead: ")).Append(UnitList(lang, jm, task.LeadUnitIds, task.LeadUnitNames)).Append('\n');
        text.Append(lang.Pick("责任单位：", "Responsible: ")).Append(UnitList(lang, jm, task.ResponsibleUnitIds, task.ResponsibleUnitNames)).Append('\n');
        if (task.Targets.Count == 0) text.Append(lang.Pick("目标：无", "Targets: none"));
        else
        {
            text.Append(lang.Pick("目标：", "Targets:"));
            foreach (var target in task.Targets)
                text.Append("\n- ").Append(Shorten(target.Text, 80))
                    .Append(target.Deadline is { } d ? lang.Pick($"（{d:yyyy年M月d日}前）", $" (by {d:yyyy-MM-dd})") : "");
        }
        return text.ToString();
    }

    // Member units by name; a name the document wrote that is no member unit is shown as such, so it can be fixed.
    private static string UnitList(Lang lang, JointMeeting jm, IReadOnlyList<string> unitIds, IReadOnlyList<string> writtenNames)
    {
        var names = unitIds.Select(id => UnitName(jm, id)).ToList();
        var missing = writtenNames.Where(n => jm.FindUnit(n) is null).ToList();
        if (names.Count == 0 && missing.Count == 0) return lang.Pick("无", "none");
        var shown = string.Join(lang.Pick("、", ", "), names);
        if (missing.Count == 0) return shown;
        var others = string.Join(lang.Pick("、", ", "), missing);
        return (shown.Length > 0 ? shown + lang.Pick("；", "; ") : "") + lang.Pick($"文件还写了 {others}（不是成员单位）", $"the document also names {others} (not member units)");
    }

    public static string TaskCorrected(Lang lang, JointMeeting jm, AssignedTask task) =>
        lang.Pick("已更正，各单位的任务和报告随之调整：\n", "Corrected; units' tasks and reports follow:\n") + TaskDetail(lang, jm, task);

    public static string TaskNotForThisMeeting(Lang lang, AssignedTask task) => lang.Pick(
        $"已将任务 **{TaskNumbers.Label(task, lang)}** 标记为不属于本联席会议：各单位不再就它报告，也不再提醒其目标。",
        $"Task **{TaskNumbers.Label(task, lang)}** is marked as not for this joint meeting: no unit reports on it and its targets are not reminded.");

    public static string TaskNumberNotFound(Lang lang, string typed, JointMeeting jm) => lang.Pick(
        $"**{jm.Name}** 没有编号为“{Shorten(typed, 20)}”的任务。请按文件中的编号写，例如“任务 {Example(jm, lang)}”。",
        $"**{jm.Name}** has no task numbered \"{Shorten(typed, 20)}\". Use the document's numbering, e.g. \"task {Example(jm, lang)}\".");

    public static string TaskNumberAmbiguous(Lang lang, string typed, IReadOnlyList<AssignedTask> tasks) => lang.Pick(
        $"编号“{Shorten(typed, 20)}”对应多项任务：{string.Join("；", tasks.Select(t => Shorten(t.Title, 30)))}。文件中这个编号重复了，请联系办公室处理。",
        $"Number \"{Shorten(typed, 20)}\" matches several tasks: {string.Join("; ", tasks.Select(t => Shorten(t.Title, 30)))}. The document repeats it; please ask the secretariat.");

    private static string Example(JointMeeting jm, Lang lang) =>
        jm.Tasks.FirstOrDefault(t => t.Path.Contains('.')) is { } task ? TaskNumbers.Display(task.Id, lang) : lang.Pick("二.三.4", "2.3.4");

    public static string UnitToAddFirst(Lang lang, string typed, JointMeeting jm) => UnitNotFound(lang, typed, jm) + lang.Pick(
        $"\n如果文件漏掉了这个单位，先“添加成员单位 {Shorten(typed, 40)}”，再更正任务。",
        $"\nIf the document missed this unit, first \"add unit {Shorten(typed, 40)}\", then correct the task.");

    public static string AliasAdded(Lang lang, MemberUnit unit, string alias, int tasks) => lang.Pick(
        $"已为 **{unit.Name}** 添加别名“{alias}”；它现在承担 {tasks} 项任务。",
        $"**{unit.Name}** is now also called \"{alias}\"; it has {tasks} tasks.");

    public static string AliasAlreadyKnown(Lang lang, MemberUnit unit, string alias) => lang.Pick(
        $"“{alias}”已经是 **{unit.Name}** 的名称，无需添加。",
        $"\"{alias}\" is already a name of **{unit.Name}**; nothing to add.");

    public static string AliasIsAnotherUnit(Lang lang, MemberUnit other, MemberUnit unit) => lang.Pick(
        $"“{other.Name}”是另一个成员单位。如果两者是同一单位，请“合并单位 {other.Name} 到 {unit.Name}”。",
        $"\"{other.Name}\" is another member unit. If the two are one, \"merge unit {other.Name} into {unit.Name}\".");

    public static string MergeIntoItself(Lang lang, MemberUnit unit) => lang.Pick(
        $"这两个名称都是 **{unit.Name}**，无需合并。",
        $"Both names are **{unit.Name}**; nothing to merge.");

    public static string UnitsMerged(Lang lang, MemberUnit kept, string merged, int tasks) => lang.Pick(
        $"已将 **{merged}** 并入 **{kept.Name}**：其名称成为别名，联络员和任务随之转入；{kept.Name} 现承担 {tasks} 项任务。",
        $"Merged **{merged}** into **{kept.Name}**: its names are now aliases, its contacts and tasks moved over; {kept.Name} has {tasks} tasks.");

    public static string Reimported(Lang lang, string title, int tasks, int corrections) => lang.Pick(
        $"已按《{title}》重新导入 {tasks} 项任务，保留了 {corrections} 项更正。",
        $"Imported the {tasks} tasks of \"{title}\" again, keeping {corrections} corrections.");

    public static string DocumentToReimportMissing(Lang lang, JointMeeting jm) => lang.Pick(
        $"找不到 **{jm.Name}** 所依据的文件（{string.Join("、", jm.State.Sources.Select(s => s.SourceName))}），无法重新导入。请先把文件放回数据目录。",
        $"The document **{jm.Name}** was set up from ({string.Join(", ", jm.State.Sources.Select(s => s.SourceName))}) is not available, so it cannot be imported again. Put the file back in the data folder first.");
}
