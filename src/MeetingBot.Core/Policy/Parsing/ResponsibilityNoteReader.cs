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

    public static List<(ResponsibilityNote Note, int Start, int End)> Find(Paragraph paragraph)
    {
        var text = paragraph.Text;
        var found = new List<(ResponsibilityNote, int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('（' or '(' or '【')) continue;
            var (end, closed) = MatchingClose(text, i);
            var note = Read(text[(i + 1)..(closed ? end : end + 1)], paragraph.LineAt(i), !closed);
            if (note is null) continue;
            found.Add((note, i, end));
            i = end;
        }
        if (found.Count > 0) return found;

        // An unbracketed note: "牵头单位：市教育局" as its own line, or closing a paragraph.
        var first = NoteLabels.Find(text).FirstOrDefault(l => NoteLabels.IsUnitField(l.Field));
        if (first.Length > 0)
        {
            var note = Read(text[first.Index..], paragraph.LineAt(first.Index), unclosed: false);
            if (note is not null) found.Add((note, first.Index, text.Length - 1));
        }
        return found;
    }

    public static ResponsibilityNote? Read(string content, int line, bool unclosed)
    {
        content = content.Trim(' ', '\u3000', '。', '.', '；', ';');
        if (content.Length < 2 || content.Length > 400 || content.Contains('。')) return null;
        // Most brackets are asides ("含技工学校，下同"): only text with a note's words is worth the patterns.
        if (!content.Contains('负') && !content.Contains('牵') && !content.Contains("单位") && !content.Contains("部门")) return null;

        var labels = NoteLabels.Find(content).ToList();
        var (parts, due) = labels.Count > 0 && labels[0].Index == 0 && labels.Any(l => NoteLabels.IsUnitField(l.Field))
            ? ReadLabelled(content, labels, line)
            : ReadWording(content, line);
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
            line, unclosed, due);
    }

    private static (Parts?, PolicyTarget?) ReadLabelled(string content, List<(int Index, int Length, NoteField Field)> labels, int line)
    {
        var lead = new List<UnitListParser.ParsedUnit>();
        var others = new List<UnitListParser.ParsedUnit>();
        var responsible = new List<UnitListParser.ParsedUnit>();
        PolicyTarget? due = null;
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
                    var worded = ReadWording(value, line).Parts;
                    if (worded is null) return (null, null);
                    lead.AddRange(worded.Lead);
                    others.AddRange(worded.Others);
                    break;
                case NoteField.Responsible:
                    responsible.AddRange(UnitsOf(value, PrefixOf(lead)));
                    break;
                case NoteField.Schedule:
                    due ??= Due(value, line);
                    break;
            }
        }
        if (lead.Count > 0) return (new Parts(lead, responsible.Concat(others).ToList(), Explicit: true), due);
        if (responsible.Count > 0) return (new Parts(responsible, others, Explicit: false), due);
        // Only 配合单位: units that support, with no lead named and no list whose first could lead.
        return others.Count > 0 ? (new Parts([], others, Explicit: true), due) : (null, null);
    }

    private static (Parts? Parts, PolicyTarget? Due) ReadWording(string content, int line)
    {
        // A trailing schedule ("，2025年底前完成") is the note's deadline, not part of its wording.
        PolicyTarget? due = null;
        var schedule = TrailingSchedule().Match(content);
        if (schedule.Success)
        {
            due = Due(schedule.Groups["when"].Value, line);
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

    private static PolicyTarget? Due(string text, int line) =>
        DeadlineReader.FindAll(text).FirstOrDefault() is { } deadline ? new PolicyTarget(text, deadline.Date, deadline.Text, null, line) : null;

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
