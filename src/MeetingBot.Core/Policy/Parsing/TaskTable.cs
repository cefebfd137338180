using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>What a column of a task table holds.</summary>
internal enum TableColumn { Number, Task, Lead, Responsible, Supporting, Schedule, Other }

/// <summary>One row of a task table: its number, the task's text and the units and deadline of its cells.</summary>
internal sealed record TableRow(int Line, int Number, string Task, string Lead, string Responsible, string Supporting, string Schedule);

/// <summary>
/// A task table flattened to text, in either of the two shapes documents come in: one row per line with the cells
/// between separators (<c>序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限</c>, or tabs, or wide spaces), or one cell per line
/// (序号 ⏎ 工作任务 ⏎ 牵头单位 … ⏎ 1 ⏎ 建设… ⏎ 市教育局 …). The header names the columns; each row is a task.
/// </summary>
internal static partial class TaskTable
{
    /// <summary>The columns of a header written on one line, or null when the line is not a task table's header.</summary>
    public static TableColumn[]? PipeHeader(string line)
    {
        // Nearly every line is prose: a header names a column of units (单位 / 部门 / 牵头) and has separators.
        if (!(line.Contains("单位") || line.Contains("部门") || line.Contains("牵头"))) return null;
        if (line.IndexOfAny(['|', '｜', '\t']) < 0 && !line.Contains("  ") && !line.Contains("\u3000\u3000")) return null;
        var cells = Cells(line);
        return cells.Length >= 3 ? Columns(cells) : null;
    }

    /// <summary>The columns of a header written one cell per line from <paramref name="lines"/>[start] (序号 first).</summary>
    public static TableColumn[]? CellHeader(IReadOnlyList<string> lines, int start, out int count)
    {
        count = 0;
        if (lines[start].Trim() is not ("序号" or "编号")) return null;
        var names = new List<string>();
        for (var i = start; i < lines.Count && names.Count < 10; i++)
        {
            var cell = lines[i].Trim(' ', '\u3000', '\t');
            if (cell.Length == 0) continue;
            if (!HeaderName().IsMatch(cell)) break;
            names.Add(cell);
            count = i - start + 1;
        }
        return names.Count >= 3 ? Columns(names.ToArray()) : null;
    }

    public static string[] Cells(string line) =>
        line.Contains('|') || line.Contains('｜') || line.Contains('\t')
            ? line.Split(['|', '｜', '\t']).Select(c => c.Trim(' ', '\u3000')).SkipWhile(c => c.Length == 0).Reverse().SkipWhile(c => c.Length == 0).Reverse().ToArray()
            : WideSpace().Split(line.Trim(' ', '\u3000'));

    /// <summary>A line of dashes under a header (| --- | --- |).</summary>
    public static bool IsRule(string line) => RuleLine().IsMatch(line);

    // A task table has a task column and a column of units; a number column alone does not make one.
    private static TableColumn[]? Columns(string[] names)
    {
        var columns = names.Select(Classify).ToArray();
        var hasTask = columns.Contains(TableColumn.Task);
        var hasUnits = columns.Any(c => c is TableColumn.Lead or TableColumn.Responsible);
        return hasTask && hasUnits ? columns : null;
    }

    private static TableColumn Classify(string name)
    {
        name = Regex.Replace(name, @"[\s\u3000]", "");
        if (name is "序号" or "编号" or "序") return TableColumn.Number;
        if (TaskName().IsMatch(name)) return TableColumn.Task;
        return NoteLabels.Classify(name == "牵头" ? "牵头单位" : name) switch
        {
            NoteField.Lead => TableColumn.Lead,
            NoteField.Responsible => TableColumn.Responsible,
            NoteField.Supporting => TableColumn.Supporting,
            NoteField.Schedule => TableColumn.Schedule,
            _ => TableColumn.Other,
        };
    }

    /// <summary>
    /// Reads a row's cells into a row. Where the cells are as many as the columns, each is the column's; where
    /// fewer (an empty cell left no line), each is read by what it holds, and the caller is told to warn.
    /// </summary>
    public static TableRow? Row(TableColumn[] columns, IReadOnlyList<string> cells, int line, int number, out bool byContent)
    {
        byContent = false;
        var values = columns.ToDictionary(c => c, _ => new List<string>());
        if (cells.Count == columns.Length)
        {
            for (var i = 0; i < cells.Count; i++) values[columns[i]].Add(cells[i]);
        }
        else
        {
            byContent = true;
            var unitColumns = new Queue<TableColumn>(columns.Where(c => c is TableColumn.Lead or TableColumn.Responsible or TableColumn.Supporting));
            foreach (var cell in cells.Skip(columns[0] == TableColumn.Number ? 1 : 0))
            {
                if (columns.Contains(TableColumn.Schedule) && LooksLikeSchedule(cell)) values[TableColumn.Schedule].Add(cell);
                else if (LooksLikeUnits(cell) && unitColumns.Count > 0) values[unitColumns.Dequeue()].Add(cell);
                else values[TableColumn.Task].Add(cell);
            }
        }
        var task = string.Join("", values[TableColumn.Task].Select(t => t.TrimEnd('。') + "。")).TrimEnd('。');
        if (task.Length == 0) return null;
        return new TableRow(line, number, task + "。", Join(values, TableColumn.Lead), Join(values, TableColumn.Responsible),
            Join(values, TableColumn.Supporting), Join(values, TableColumn.Schedule));
    }

    private static string Join(Dictionary<TableColumn, List<string>> values, TableColumn column) =>
        values.TryGetValue(column, out var v) ? string.Join("、", v.Where(x => x is not ("/" or "—" or "-" or "无"))) : "";

    public static bool LooksLikeSchedule(string cell) =>
        cell.Length <= 30 && (DeadlineReader.FindAll(cell, 2000).Count > 0 || ScheduleWords().IsMatch(cell));

    public static bool LooksLikeUnits(string cell)
    {
        if (cell.Length > 200 || cell.Contains('。')) return false;
        var units = Units.UnitListParser.Parse(cell);
        return units.Count > 0 && units.All(u => Units.UnitNames.EndsWithUnitSuffix(u.Name) || Units.UnitNames.IsGroup(u.Name));
    }

    [GeneratedRegex(@"^(?:序号|编号|类别|领域|重点领域|[\u4e00-\u9fff]{0,4}(?:任务|措施|举措|内容|事项|目标|工作)|[\u4e00-\u9fff]{0,4}(?:单位|部门)|牵头|完成时限|完成时间|完成期限|时间节点|时限|时间安排|进度安排|备注)$")]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{0,4}(?:任务|措施|举措|事项|目标)|工作内容|任务内容|具体内容|主要内容|内容)$")]
    private static partial Regex TaskName();

    [GeneratedRegex(@"持续推进|长期坚持|长期推进|逐年推进|前完成|年底|年内|每年|每季度|每月")]
    private static partial Regex ScheduleWords();

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex WideSpace();

    [GeneratedRegex(@"^[\s|｜:：\-—–]+$")]
    private static partial Regex RuleLine();
}
