using System.Text;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// The index's answer as plain Chinese text, every item naming its document and task path: how these tests check what the
/// index found. People read answers worded by the chat (Conversation/Features/Questions), the command line included.
/// </summary>
public static class PolicyAnswerText
{
    public static string Render(PolicyAnswer answer) => answer.Kind switch
    {
        PolicyQuestionKind.UnitTasks => RenderUnits(answer),
        PolicyQuestionKind.TargetsDue => RenderTargets(answer),
        PolicyQuestionKind.JointMeeting => RenderJointMeeting(answer),
        _ => RenderTopic(answer),
    };

    public static string Cite(PolicyDocument document, PolicyTask? task) =>
        task is null ? $"《{document.Title}》" : $"《{document.Title}》{Item(task)}";

    // "第二.三.4项"; the paths of 第N章 / 第N条 documents already say 第.
    public static string Item(PolicyTask task) => task.Path[0].StartsWith('第') ? task.PathText : $"第{task.PathText}项";

    public static string Assignment(UnitAssignment assignment) => assignment switch
    {
        UnitAssignment.Explicit => "文件明确",
        UnitAssignment.FirstListed => "文件未标明牵头单位，按惯例由首列单位牵头",
        UnitAssignment.Inferred => "据文中“牵头/负责”措辞推断",
        _ => "文件未指明责任单位",
    };

    private static string RenderTopic(PolicyAnswer answer)
    {
        if (answer.Tasks.Count == 0) return NothingFound($"没有找到与“{answer.Subject}”相关的任务，文件没有写明由谁负责。", answer.Suggestions);
        var text = new StringBuilder(answer.Fit switch
        {
            Retrieval.TopicFit.Closest => $"文件中没有与“{answer.Subject}”完全对应的表述，最接近的是第一项{(answer.Tasks.Count > 1 ? "，其次是第二项" : "")}：\n",
            Retrieval.TopicFit.Ambiguous => $"“{answer.Subject}”可能指以下几项，请说明是哪一项：\n",
            _ => $"与“{answer.Subject}”相关的任务（按相关程度排序）：\n",
        });
        foreach (var match in answer.Tasks)
        {
            var task = match.Task;
            text.Append($"• {Cite(match.Document, task)}“{task.Title}”（第{task.Line}行）\n");
            text.Append(task.Assignment == UnitAssignment.None
                ? $"  {Assignment(task.Assignment)}\n"
                : $"  牵头：{Join(task.Lead)}；责任：{Join(task.Responsible)}（{Assignment(task.Assignment)}）\n");
            if (match.Document.JointMeeting is { TaskPath: { } clause } meeting && clause.SequenceEqual(task.Path))
                text.Append($"  {meeting.Name ?? "联席会议"}召集人：{meeting.Convenor ?? "文件未写明"}\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string RenderJointMeeting(PolicyAnswer answer)
    {
        if (answer.JointMeetings.Count == 0) return "文件中没有设立联席会议的条款。";
        var text = new StringBuilder();
        foreach (var fact in answer.JointMeetings)
        {
            var name = fact.Clause.Name ?? "联席会议";
            var said = answer.Aspect switch
            {
                JointMeetingAspect.Members => fact.Clause.Members.Count == 0 ? "文件没有列出成员单位" : $"成员单位：{string.Join("、", fact.Clause.Members)}",
                JointMeetingAspect.Frequency when fact.Clause.MinMeetingsPerYear is { } n => $"原则上每年至少召开{n}次会议" + (fact.Sentence is { } s ? $"（原文：{s}）" : ""),
                JointMeetingAspect.LastMeeting => "文件不记录会议召开情况；请在联席会议的群里问“上次会议”",
                _ => fact.Sentence is { } s ? $"原文：{s}" : "文件没有写明",
            };
            text.Append($"• {name}（{Cite(fact.Document, fact.Task)}，第{fact.Task?.Line ?? fact.Clause.Line}行）：{said}\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string RenderUnits(PolicyAnswer answer)
    {
        if (answer.Units.Count == 0) return NothingFound($"没有找到名为“{answer.Subject}”的单位。", answer.Suggestions);
        var text = new StringBuilder($"“{answer.Subject}”承担的任务：\n");
        foreach (var match in answer.Units)
        {
            var unit = match.Unit;
            text.Append($"• {unit.Name}（{Cite(match.Document, null)}）：牵头 {unit.Leads.Count} 项，参与 {unit.Tasks.Count - unit.Leads.Count} 项\n");
            foreach (var path in unit.Tasks)
            {
                // Labels can repeat (numbering restarted under 【保障措施】): the task is the one naming this unit.
                var task = match.Document.Tasks.First(t => t.Path.SequenceEqual(path) && t.AllUnits.Contains(unit.Name));
                var role = unit.Leads.Any(l => l.SequenceEqual(path)) ? "牵头" : "参与";
                text.Append($"  - {Item(task)}“{task.Title}”（{role}）\n");
            }
            if (unit.Tasks.Count == 0) text.Append("  - 文件中未分配具体任务\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string RenderTargets(PolicyAnswer answer)
    {
        var period = Period(answer.DueFrom, answer.DueBy);
        var what = answer.TargetTopic is { } topic ? $"{period}与“{topic}”相关的目标" : $"{period}到期的目标";
        if (answer.Targets.Count == 0)
            return NothingFound(answer.TargetTopic is null ? $"{period}没有到期的目标。" : $"没有找到{what}。", answer.Suggestions);
        var text = new StringBuilder($"{what}（共{answer.Targets.Count}项）：\n");
        foreach (var due in answer.Targets)
        {
            var target = due.Target;
            var owner = due.Task is { Assignment: not UnitAssignment.None } t ? $"；牵头：{Join(t.Lead)}" : "";
            var value = target.Value is null ? "" : $"（目标值 {target.Value}）";
            var title = due.Task is null ? "" : $"“{due.Task.Title}”";
            var deadline = target.Deadline is { } d ? $"{d:yyyy-MM-dd} " : "";
            text.Append($"• {deadline}{Cite(due.Document, due.Task)}{title}：{target.Text}{value}{owner}\n");
        }
        return text.ToString().TrimEnd();
    }

    // "2026年" for a calendar year, "截至2022-12-31" for everything up to a date.
    private static string Period(DateOnly? from, DateOnly? by) => (from, by) switch
    {
        ({ } f, { } b) when f.Year == b.Year && f is { Month: 1, Day: 1 } && b is { Month: 12, Day: 31 } => $"{f.Year}年",
        ({ } f, { } b) => $"{f:yyyy-MM-dd}至{b:yyyy-MM-dd}",
        (null, { } b) => $"截至{b:yyyy-MM-dd}",
        ({ } f, null) => $"{f:yyyy-MM-dd}起",
        _ => "",
    };

    private static string NothingFound(string message, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? message : $"{message}相近的有：{string.Join("；", suggestions)}";

    private static string Join(IReadOnlyList<string> units) => units.Count == 0 ? "无" : string.Join("、", units);
}
