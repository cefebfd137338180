using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// A round's reports and status for Excel: the status matrix (unit × task), every unit's entry on every task it
/// is asked about, and the targets with their latest figures and pace; as one .xlsx with a sheet each, or the
/// reports alone as CSV.
/// </summary>
public static class RoundExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static FileAttachment Xlsx(RoundReadModels round, Lang lang) =>
        new(Replies.FileExport(lang, round.Brief.JointMeeting.Name, round.Brief.Round.Id, "xlsx"), Workbook.ContentType, WriteXlsx(round, lang));

    public static byte[] WriteXlsx(RoundReadModels round, Lang lang) =>
        Workbook.Write($"{round.Brief.JointMeeting.Name} {round.Brief.Round.Id}", [Status(round.Status, lang), Reports(round.Brief, lang), Targets(round.Brief, lang)]);

    /// <summary>The reports sheet as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese), RFC 4180 quoting.</summary>
    public static byte[] WriteCsv(RoundReadModels round, Lang lang) => Csv.Write(Reports(round.Brief, lang));

    public static SheetTable Status(RoundStatusMatrix status, Lang lang)
    {
        var zone = status.JointMeeting.TimeZone;
        var header = new List<string> { Replies.DocUnitColumn(lang), Replies.DocStateColumn(lang), Replies.DocFilledColumn(lang), Replies.DocSubmittedAtColumn(lang) };
        header.AddRange(status.Tasks.Select(t => TaskNumbers.Display(t.Id, lang)));
        var rows = status.Units.Select(u =>
        {
            var row = new List<SheetValue> { u.UnitName, Replies.CellName(lang, u.State), $"{u.Filled}/{u.Asked}",
                u.SubmittedAt is { } at ? $"{TimeZones.LocalTime(at, zone):yyyy-MM-dd HH:mm}" : null };
            row.AddRange(u.Cells.Select(c => (SheetValue)(c == ReportCell.NotAsked ? null : Replies.CellName(lang, c))));
            return (IReadOnlyList<SheetValue>)row;
        }).ToList();
        return new SheetTable(Replies.SheetStatus(lang), header, rows);
    }

    public static SheetTable Reports(RoundBrief brief, Lang lang)
    {
        var header = new[] { Replies.DocTaskColumn(lang), Replies.DocUnitColumn(lang), Replies.DocRoleColumn(lang), Replies.DocStateColumn(lang),
            Replies.DocStatusColumn(lang), Replies.DocFiguresColumn(lang), Replies.DocNarrativeColumn(lang) };
        var rows = brief.Tasks.SelectMany(task => task.Units.Select(unit => (IReadOnlyList<SheetValue>)
        [
            TaskNumbers.Label(task.Task, lang), unit.UnitName, Replies.TaskRole(lang, unit.Lead), Replies.CellName(lang, unit.State),
            unit.Entry is { } e ? Replies.StatusName(lang, e.Status) : null,
            unit.Entry is { } f ? string.Join("\n", f.Figures.Select(x => Figure(lang, task.Task, x.TargetIndex, x.Value))) : null,
            unit.Entry?.Narrative,
        ])).ToList();
        return new SheetTable(Replies.SheetReports(lang), header, rows);
    }

    public static SheetTable Targets(RoundBrief brief, Lang lang)
    {
        var header = new[] { Replies.DocTaskColumn(lang), Replies.DocTargetColumn(lang), Replies.DocDeadlineColumn(lang), Replies.DocFigureColumn(lang),
            Replies.DocUnitColumn(lang), Replies.DocPaceColumn(lang), lang.Pick("完成目标比例", "Share of target"), lang.Pick("时间进度", "Share of time") };
        var rows = brief.Tasks.SelectMany(task => task.Targets.Select(t => (IReadOnlyList<SheetValue>)
        [
            TaskNumbers.Label(task.Task, lang), t.Target.Text, t.Target.Deadline?.ToString("yyyy-MM-dd"), t.Figure,
            t.FigureUnitId is { } u ? task.Units.First(x => x.UnitId == u).UnitName : null,
            Replies.PaceName(lang, t.Pace.Mark), new SheetValue(null, t.Pace.Reached), new SheetValue(null, t.Pace.Elapsed),
        ])).ToList();
        return new SheetTable(Replies.SheetTargets(lang), header, rows);
    }

    private static string Figure(Lang lang, AssignedTask task, int index, string value) =>
        index < task.Targets.Count && task.Targets[index].Value is { } goal
            ? $"{lang.Pick("目标", "target ")}{index + 1}{lang.Pick("：", ": ")}{value} / {goal}"
            : $"{lang.Pick("目标", "target ")}{index + 1}{lang.Pick("：", ": ")}{value}";
}

/// <summary>A sheet as CSV the way Excel in China opens it: UTF-8 with a BOM, CRLF rows, fields quoted when they must be.</summary>
public static class Csv
{
    public static byte[] Write(SheetTable sheet)
    {
        var text = new StringBuilder();
        Line(text, sheet.Header.Select(h => (SheetValue)h).ToList(), sheet.Header.Count);
        foreach (var row in sheet.Rows) Line(text, row, sheet.Header.Count);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IReadOnlyList<SheetValue> values, int columns)
    {
        for (var c = 0; c < columns; c++)
        {
            if (c > 0) text.Append(',');
            var value = c < values.Count ? values[c] : default;
            var field = value.Share is { } share ? share.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : XmlText.Clean(value.Text);
            // A field starting with = + - @ would be a formula in Excel: a leading apostrophe keeps it text.
            if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
            text.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field);
        }
        text.Append("\r\n");
    }
}
