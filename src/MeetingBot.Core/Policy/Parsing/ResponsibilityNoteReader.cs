using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Finds responsibility notes in a paragraph and reads them. Three families are known: labelled fields
/// (牵头单位：…；责任单位：…；配合单位：…；完成时限：…, Yongnian and most work plans), a bare list (责任单位：A、B,
/// Ningxia/Shanxi: the first listed leads) and wording (A会同有关部门负责 / A、B按照职责分工负责 / A牵头，B配合,
/// Wuhua). A bracketed aside that is not a note ("（含技工学校，下同）") is left alone.
/// </summary>
internal static partial class ResponsibilityNoteReader
{
    private sealed record Parts(List<UnitListParser.ParsedUnit> Lead, List<UnitListParser.ParsedUnit> Others, bool Explicit);

    public static List<(ResponsibilityNote Note, int Start, int End)> Find(Paragraph paragraph, int? planYear = null)
    {
        var text = paragraph.Text;
        var found = new List<(ResponsibilityNote, int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('（' or '(' or '【')) continue;
            var (end, closed) = MatchingClose(text, i);
            var note = Read(text[(i + 1)..(closed ? end : end + 1)], paragraph.LineAt(i), !closed, planYear);
            if (note is null) continue;
            found.Add((note, i, end));
            i = end;
        }
        if (found.Count > 0) return found;

        // An unbracketed note: "牵头单位：市教育局" as its own line, or closing a paragraph.
        var first = NoteLabels.Find(text).FirstOrDefault(l => NoteLabels.IsUnitField(l.Field));
        if (first.Length > 0)
        {
            var note = Read(text[first.Index..], paragraph.LineAt(first.Index), unclosed: false, planYear);
            if (note is not null) found.Add((note, first.Index, text.Length - 1));
        }
        return found;
    }

    /// <summary>A note from the cells of a task table's row, read as the labelled note they amount to.</summary>
    public static ResponsibilityNote? FromCells(TableRow row, int? planYear)
    {
        var fields = new List<string>();
        if (row.Lead.Length > 0) fields.Add("牵头单位：" + row.Lead);
        if (row.Responsible.Length > 0) fields.Add("责任单位：" + row.Responsible);
        if (row.Supporting.Length > 0) fields.Add("配合单位：" + row.Supporting);
        if (row.Schedule.Length > 0) fields.Add("完成时限：" + row.Schedule);
        return fields.Count == 0 ? null : Read(string.Join("；", fields), row.Line, unclosed: false, planYear);
    }

    public static ResponsibilityNote? Read(string content, int line, bool unclosed, int? planYear = null)
    {
        content = content.Trim(' ', '\u3000', '。', '.', '；', ';');
        // "…按职责分工负责。以下各项均需各县区人民政府落实，不再一一列出": the second sentence is a standing rule.
        List<string> standing = [];
        if (content.Contains('。') && StandingRule().Match(content) is { Success: true } rule)
        {
            standing = UnitsOf(rule.Groups["units"].Value, null).Select(u => u.Name).ToList();
            content = (content[..rule.Index] + content[(rule.Index + rule.Length)..]).Trim(' ', '\u3000', '。', '；', ';', '，', ',');
        }
        if (content.Length < 2 || content.Length > 400 || content.Contains('。')) return null;
        // Most brackets are asides ("含技工学校，下同"): only text with a note's words is worth the patterns.
        if (!content.Contains('负') && !content.Contains('牵') && !content.Contains("单位") && !content.Contains("部门")) return null;

        var labels = NoteLabels.Find(content).ToList();
        var (parts, due) = labels.Count > 0 && labels.Any(l => NoteLabels.IsUnitField(l.Field)) && (labels[0].Index == 0 || IsSchedule(content[..labels[0].Index]))
            ? ReadLabelled(content, labels, line, planYear)
            : ReadWording(content, line, planYear);
        if (parts is null) return null;

        var lead = parts.Explicit ? parts.Lead : parts.Lead.Concat(parts.Others).Take(1).ToList();
        var others = parts.Explicit ? parts.Others : parts.Lead.Concat(parts.Others).Skip(1).ToList();
        if (lead.Count == 0 && others.Count == 0) return null;
        var leadNames = lead.Select(u => u.Name).Distinct().ToList();
        return new ResponsibilityNote(
            leadNames,
            others.Select(u => u.Name).Where(n => !leadNames.Contains(n)).Distinct().ToList(),
            lead.Concat(others).Select(u => (u.Name, u.Written)).ToList(),
            parts.Explicit ? UnitAssignment.Explicit : UnitAssignment.FirstListed,
            line, unclosed, due) { Standing = standing };
    }

    // "年底前完成，牵头单位：…": a schedule written before the labelled fields.
    private static bool IsSchedule(string text)
    {
        text = text.Trim(' ', '\u3000', '，', ',', '；', ';');
        return text.Length is > 0 and <= 24 && (DeadlineReader.FindAll(text, 2000).Count > 0 || TrailingSchedule().IsMatch("，" + text));
    }

    private static (Parts?, PolicyTarget?) ReadLabelled(string content, List<(int Index, int Length, NoteField Field)> labels, int line, int? planYear)
    {
        var lead = new List<UnitListParser.ParsedUnit>();
        var others = new List<UnitListParser.ParsedUnit>();
        var responsible = new List<UnitListParser.ParsedUnit>();
        PolicyTarget? due = labels[0].Index > 0 ? Due(content[..labels[0].Index].Trim(' ', '\u3000', '，', ',', '；', ';'), line, planYear) : null;
        for (var k = 0; k < labels.Count; k++)
        {
            var start = labels[k].Index + labels[k].Length;
            var end = k + 1 < labels.Count ? labels[k + 1].Index : content.Length;
            var value = content[start..end].Trim(' ', '；', ';', '，', ',', '。');
            switch (labels[k].Field)
            {
                case NoteField.Lead:
                    lead.AddRange(UnitsOf(value, PrefixOf(lead)));
                    break;
                case NoteField.Supporting:
                    others.AddRange(UnitsOf(value, PrefixOf(lead)));
                    break;
                case NoteField.Responsible when value.Contains("牵头"):
                    // 责任单位：市教育局牵头，市财政局、市人社局参与
                    var worded = ReadWording(value, line, planYear).Parts;
                    if (worded is null) return (null, null);
                    lead.AddRange(worded.Lead);
                    others.AddRange(worded.Others);
                    break;
                case NoteField.Responsible:
                    responsible.AddRange(UnitsOf(value, PrefixOf(lead)));
                    break;
                case NoteField.Schedule:
                    due ??= Due(value, line, planYear);
                    break;
            }
        }
        if (lead.Count > 0) return (new Parts(lead, responsible.Concat(others).ToList(), Explicit: true), due);
        if (responsible.Count > 0) return (new Parts(responsible, others, Explicit: false), due);
        // Only 配合单位: units that support, with no lead named and no list whose first could lead.
        return others.Count > 0 ? (new Parts([], others, Explicit: true), due) : (null, null);
    }

    private static (Parts? Parts, PolicyTarget? Due) ReadWording(string content, int line, int? planYear)
    {
        // A trailing schedule ("，2025年底前完成") is the note's deadline, not part of its wording.
        PolicyTarget? due = null;
        var schedule = TrailingSchedule().Match(content);
        if (schedule.Success)
        {
            due = Due(schedule.Groups["when"].Value, line, planYear);
            content = content[..schedule.Index];
        }

        var m = LeadWording().Match(content);
        if (m.Success)
        {
            var lead = UnitListParser.Parse(m.Groups["lead"].Value);
            var others = UnitListParser.Parse(m.Groups["others"].Value, PrefixOf(lead));
            return AllUnits(lead) && AllUnits(others) && lead.Count > 0 ? (new Parts(lead, others, true), due) : (null, null);
        }
        m = CoWording().Match(content);
        if (m.Success)
        {
            var lead = UnitListParser.Parse(m.Groups["lead"].Value);
            var others = UnitListParser.Parse(m.Groups["others"].Value, PrefixOf(lead)).Where(u => UnitNames.EndsWithUnitSuffix(u.Name)).ToList();
            return AllUnits(lead) && lead.Count > 0 ? (new Parts(lead, others, true), due) : (null, null);
        }
        m = SharedWording().Match(content);
        if (m.Success)
        {
            var units = UnitListParser.Parse(m.Groups["units"].Value);
            return AllUnits(units) && units.Count > 0 ? (new Parts(units, [], false), due) : (null, null);
        }
        return (null, null);
    }

    // Units of a labelled field, unless the field does not read as a list of units.
    private static List<UnitListParser.ParsedUnit> UnitsOf(string value, string? prefix)
    {
        var units = UnitListParser.Parse(value, prefix);
        return units.Where(u => UnitNames.EndsWithUnitSuffix(u.Name) || UnitNames.IsGroup(u.Name)).ToList();
    }

    private static PolicyTarget? Due(string text, int line, int? planYear) =>
        DeadlineReader.FindAll(text, planYear).FirstOrDefault() is { } deadline ? new PolicyTarget(text, deadline.Date, deadline.Text, null, line) : null;

    private static bool AllUnits(List<UnitListParser.ParsedUnit> units) =>
        units.All(u => UnitNames.EndsWithUnitSuffix(u.Name) && u.Name.Length <= 30);

    private static string? PrefixOf(IEnumerable<UnitListParser.ParsedUnit> units) =>
        units.Select(u => UnitNames.JurisdictionPrefix(u.Name)).FirstOrDefault(p => p is not null);

    private static (int End, bool Closed) MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '（' or '(' or '【') depth++;
            else if (text[i] is '）' or ')' or '】' && --depth == 0) return (i, true);
        }
        return (text.Length - 1, false);
    }

    // 以下各项均需各县区人民政府落实，不再一一列出 / 以下任务均由各乡镇配合落实
    [GeneratedRegex(@"[。；;]?\s*以下(?:各项|各条|任务|各项任务|事项|所列任务)?[^。]{0,6}?(?:均需|均须|均要|均由|都需|都由)(?<units>[^，,。；;]{2,40}?)(?:配合|参与|负责|共同)?(?:落实|参与|负责|推进)[^。]*")]
    private static partial Regex StandingRule();

    // A、B牵头(负责)，C、D配合 / 参与
    [GeneratedRegex(@"^(?<lead>[^，,；;]+?)牵头(?:负责)?(?:[，,；;](?<others>.+?)(?:按照?职责分工)?(?:配合|参与|负责|协同)(?:落实)?)?$")]
    private static partial Regex LeadWording();

    // A会同B(按照职责分工)负责
    [GeneratedRegex(@"^(?<lead>.+?)会同(?<others>.+?)(?:按照?职责分工)?(?:分别)?(?:负责|落实|推进)(?:落实)?$")]
    private static partial Regex CoWording();

    // A、B(按照职责分工)负责
    [GeneratedRegex(@"^(?<units>.+?)(?:按照?职责分工)?(?:分别)?负责(?:落实)?$")]
    private static partial Regex SharedWording();

    // "…负责，2025年底前完成" / "…负责；持续推进"
    [GeneratedRegex(@"[，,；;]\s*(?<when>(?:\d{4}年[^，,；;]*|持续推进|长期坚持|长期推进|逐年推进|[^，,；;]*前完成))$")]
    private static partial Regex TrailingSchedule();
}
