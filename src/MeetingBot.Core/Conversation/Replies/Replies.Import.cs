using MeetingBot.Core.Conversation.Features.Import;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation;

// Importing a policy document sent in chat (Features/Import).
public static partial class Replies
{
    public static IReadOnlyList<CommandHelp> ImportCommands { get; } =
    [
        new(Audience.Anyone, "发送政策文件（.docx / .pdf / .html / .txt）", "send a policy document (.docx / .pdf / .html / .txt)",
            "预览它提出的联席会议，确认后创建；召集人发送新版本可重新导入", "Preview the joint meeting it sets up and create it on confirmation; a convenor sending a new version can re-import it"),
    ];

    public static string ImportPreviewTitle(Lang lang, string title) => lang.Pick($"导入预览：《{Shorten(title, 60)}》", $"Import preview: \"{Shorten(title, 60)}\"");

    public static IEnumerable<(string, string)> ImportPreviewFacts(Lang lang, PolicyDocument document, string fileName, string format)
    {
        yield return (lang.Pick("文件", "File"), lang.Pick($"{Shorten(fileName, 60)}（{FormatName(lang, format)}）", $"{Shorten(fileName, 60)} ({FormatName(lang, format)})"));
        if (document.Issuer is { } issuer) yield return (lang.Pick("发文机关", "Issued by"), Shorten(issuer, 60));
        if (document.DocumentNumber is { } number) yield return (lang.Pick("文号", "Number"), number);
        if (document.Date is { } date) yield return (lang.Pick("日期", "Date"), date.ToString("yyyy-MM-dd"));
        var members = document.JointMeeting?.Members is { Count: > 0 } m ? m : document.Units.Select(u => u.Name).ToList();
        yield return (lang.Pick("成员单位", "Member units"), lang.Pick($"{members.Count} 个：", $"{members.Count}: ") + Shorten(string.Join(ListSeparator(lang), members), 300));
        yield return (lang.Pick("联席会议条款", "Joint-meeting clause"), document.JointMeeting is { } clause
            ? lang.Pick($"召集人 {clause.Convenor ?? "未写明"}；每年至少 {clause.MinMeetingsPerYear?.ToString() ?? "（未写明，按 2）"} 次",
                $"convenor {clause.Convenor ?? "not named"}; at least {clause.MinMeetingsPerYear?.ToString() ?? "(not stated; 2 assumed)"} meetings a year")
            : lang.Pick("文件中没有（成员取自任务的单位，每年至少 2 次）", "none in the document (members from the tasks' units; 2 meetings a year)"));
    }

    private static string FormatName(Lang lang, string format) => format switch
    {
        "Word file" => lang.Pick("Word 文件", "Word file"),
        "PDF" => "PDF",
        "web page" => lang.Pick("网页", "web page"),
        _ => lang.Pick("文本文件", "text file"),
    };

    public static string ImportPreviewTasksHeading(Lang lang, int withUnits, int all) =>
        lang.Pick($"任务 {withUnits} 项有牵头或责任单位（共 {all} 个条目）：", $"{withUnits} tasks with lead or responsible units ({all} numbered items in all):");

    public static string ImportPreviewTask(Lang lang, PolicyTask task) => lang.Pick(
        $"{task.PathText} {Shorten(task.Title, 40)} — 牵头：{Units(lang, task.Lead)}；责任：{Units(lang, task.Responsible)}{(task.Assignment == UnitAssignment.FirstListed ? "（未写牵头，按首列单位）" : task.Assignment == UnitAssignment.Inferred ? "（据文中措辞推断）" : "")}",
        $"{task.PathText} {Shorten(task.Title, 40)} — lead: {Units(lang, task.Lead)}; responsible: {Units(lang, task.Responsible)}{(task.Assignment == UnitAssignment.FirstListed ? " (no lead named; the first listed)" : task.Assignment == UnitAssignment.Inferred ? " (inferred from the wording)" : "")}");

    private static string Units(Lang lang, IReadOnlyList<string> units) => units.Count == 0 ? lang.Pick("无", "none") : Shorten(string.Join(ListSeparator(lang), units), 80);

    public static string ImportPreviewMoreTasks(Lang lang, int more) => lang.Pick($"……另有 {more} 项，创建后可用“任务”查看。", $"… and {more} more, listed once created.");

    public static string ImportPreviewTargets(Lang lang, int count, IReadOnlyList<string> examples) => lang.Pick(
        $"目标 {count} 个，例如：{string.Join("；", examples.Take(3).Select(t => Shorten(t, 40)))}",
        $"{count} targets, e.g.: {string.Join("; ", examples.Take(3).Select(t => Shorten(t, 40)))}");

    public static string ImportPreviewWarnings(Lang lang, IReadOnlyList<string> warnings) => lang.Pick(
        $"解析提示 {warnings.Count} 条（请核对）：{string.Join("；", warnings.Take(3).Select(w => Shorten(w, 80)))}",
        $"{warnings.Count} parser notes (please check): {string.Join("; ", warnings.Take(3).Select(w => Shorten(w, 80)))}");

    public static string ImportPreviewNothingYet(Lang lang) => lang.Pick(
        "确认前什么都不会创建。创建后可以用“更正”修改任务的单位。", "Nothing is created before you confirm. Once created, task units can be corrected with \"correct\".");

    public static string ImportPreviewSummary(Lang lang, PolicyDocument document) => lang.Pick(
        $"读取了《{Shorten(document.Title, 60)}》：{document.Tasks.Count(t => t.AllUnits.Any())} 项任务、{document.Units.Count} 个单位。请在卡片上确认。",
        $"Read \"{Shorten(document.Title, 60)}\": {document.Tasks.Count(t => t.AllUnits.Any())} tasks, {document.Units.Count} units. Please confirm on the card.");

    public static string ImportCreateButton(Lang lang) => lang.Pick("创建联席会议", "Create joint meeting");
    public static string ImportReimportButton(Lang lang, string jointMeeting) => lang.Pick($"重新导入到“{Shorten(jointMeeting, 20)}”", $"Re-import into \"{Shorten(jointMeeting, 20)}\"");
    public static string ImportDiscardButton(Lang lang) => lang.Pick("放弃", "Discard");

    public static string ImportOneAtATime(Lang lang, string first) => lang.Pick($"一次导入一个文件：先读“{first}”。", $"One file at a time: reading \"{first}\" first.");

    public static string ImportTooLarge(Lang lang, string name, int maxMegabytes) => lang.Pick(
        $"“{name}”太大（上限 {maxMegabytes} MB），没有导入。请发送正文文件，不要附带扫描件或图片。",
        $"\"{name}\" is too large (limit {maxMegabytes} MB); nothing was imported. Send the document itself, without scans or pictures.");

    public static string ImportNotFetched(Lang lang, string name, string why) => lang.Pick(
        $"没能取到文件“{name}”（{Shorten(why, 120)}），没有导入。请再发一次。", $"Could not fetch \"{name}\" ({Shorten(why, 120)}); nothing was imported. Please send it again.");

    public static string ImportUnreadable(Lang lang, string name, string error) => lang.Pick(
        $"没能读取“{name}”：{Shorten(error, 300)}。什么都没有改变。可以发送 .docx、带文字的 .pdf、保存的网页 .html 或 .txt。",
        $"Could not read \"{name}\": {Shorten(error, 300)}. Nothing was changed. Send a .docx, a .pdf with text, a saved web page (.html) or a .txt.");

    public static string ImportAlreadyHandled(Lang lang) => lang.Pick(
        "这个导入预览已经确认或放弃过了（也可能已过期），没有再做改动。需要的话请重新发送文件。",
        "This import preview was confirmed or discarded already (or has expired); nothing more was changed. Send the file again if needed.");

    public static string ImportDiscarded(Lang lang, string name) => lang.Pick($"已放弃导入“{name}”，什么都没有创建。", $"Discarded \"{name}\"; nothing was created.");

    public static string Reimported(Lang lang, string jointMeeting, string title, int tasks, int correctionsKept) => lang.Pick(
        $"已把《{Shorten(title, 60)}》重新导入到“{jointMeeting}”：任务 {tasks} 项，保留了 {correctionsKept} 条更正。",
        $"Re-imported \"{Shorten(title, 60)}\" into \"{jointMeeting}\": {tasks} tasks, {correctionsKept} corrections kept.");
}
