using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Finds responsibility notes in a paragraph and reads them. Three families are known: labelled
/// (牵头单位：…；责任单位：…, Yongnian), a bare list (责任单位：A、B, Ningxia/Shanxi: the first listed leads) and
/// wording (A会同有关部门负责 / A、B按照职责分工负责 / A牵头负责, Wuhua). A bracketed aside that is not a
/// note ("（含技工学校，下同）") is left alone.
/// </summary>
internal static partial class ResponsibilityNoteReader
{
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

        // An unbracketed note: "责任单位：省教育厅" as its own line or closing a paragraph.
        var label = LabelPattern().Match(text);
        if (label.Success)
        {
            var note = Read(text[label.Index..], paragraph.LineAt(label.Index), unclosed: false);
            if (note is not null) found.Add((note, label.Index, text.Length - 1));
        }
        return found;
    }

    public static ResponsibilityNote? Read(string content, int line, bool unclosed)
    {
        content = content.Trim(' ', '\u3000', '。', '.');
        if (content.Length < 2 || content.Length > 400 || content.Contains('。')) return null;
        return ReadLabelled(content, line, unclosed) ?? ReadWording(content, line, unclosed);
    }

    private static ResponsibilityNote? ReadLabelled(string content, int line, bool unclosed)
    {
        var labels = LabelPattern().Matches(content);
        if (labels.Count == 0 || labels[0].Index > 0) return null;
        var lead = new List<UnitListParser.ParsedUnit>();
        var responsible = new List<UnitListParser.ParsedUnit>();
        for (var k = 0; k < labels.Count; k++)
        {
            var start = labels[k].Index + labels[k].Length;
            var end = k + 1 < labels.Count ? labels[k + 1].Index : content.Length;
            var isLead = labels[k].Groups["lead"].Success;
            var units = UnitListParser.Parse(content[start..end], PrefixOf(lead));
            (isLead ? lead : responsible).AddRange(units);
        }
        if (lead.Count + responsible.Count == 0) return null;
        return lead.Count > 0
            ? Build(lead, responsible, UnitAssignment.Explicit, line, unclosed)
            : Build(responsible.Take(1), responsible.Skip(1), UnitAssignment.FirstListed, line, unclosed);
    }

    private static ResponsibilityNote? ReadWording(string content, int line, bool unclosed)
    {
        var m = LeadWording().Match(content);
        if (m.Success)
        {
            var lead = UnitListParser.Parse(m.Groups["lead"].Value);
            var others = UnitListParser.Parse(m.Groups["others"].Value, PrefixOf(lead));
            return AllUnits(lead) && AllUnits(others) && lead.Count > 0 ? Build(lead, others, UnitAssignment.Explicit, line, unclosed) : null;
        }
        m = CoWording().Match(content);
        if (m.Success)
        {
            var lead = UnitListParser.Parse(m.Groups["lead"].Value);
            var others = UnitListParser.Parse(m.Groups["others"].Value, PrefixOf(lead));
            return AllUnits(lead) && lead.Count > 0 ? Build(lead, others.Where(u => UnitNames.EndsWithUnitSuffix(u.Name)), UnitAssignment.Explicit, line, unclosed) : null;
        }
        m = SharedWording().Match(content);
        if (m.Success)
        {
            var units = UnitListParser.Parse(m.Groups["units"].Value);
            return AllUnits(units) && units.Count > 0 ? Build(units.Take(1), units.Skip(1), UnitAssignment.FirstListed, line, unclosed) : null;
        }
        return null;
    }

    private static bool AllUnits(List<UnitListParser.ParsedUnit> units) =>
        units.All(u => UnitNames.EndsWithUnitSuffix(u.Name) && u.Name.Length <= 30);

    private static string? PrefixOf(IEnumerable<UnitListParser.ParsedUnit> units) =>
        units.Select(u => UnitNames.JurisdictionPrefix(u.Name)).FirstOrDefault(p => p is not null);

    private static ResponsibilityNote Build(IEnumerable<UnitListParser.ParsedUnit> lead, IEnumerable<UnitListParser.ParsedUnit> responsible,
        UnitAssignment assignment, int line, bool unclosed)
    {
        var leadList = lead.ToList();
        var leadNames = leadList.Select(u => u.Name).Distinct().ToList();
        var rest = responsible.ToList();
        var responsibleNames = rest.Select(u => u.Name).Where(n => !leadNames.Contains(n)).Distinct().ToList();
        var written = leadList.Concat(rest).Select(u => (u.Name, u.Written)).ToList();
        return new ResponsibilityNote(leadNames, responsibleNames, written, assignment, line, unclosed);
    }

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

    [GeneratedRegex(@"(?:(?<lead>牵头单位|牵头部门|主责单位|主要责任单位|牵头)|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|协同单位)\s*[:：]")]
    private static partial Regex LabelPattern();

    // A、B牵头(负责)，C、D配合 / 参与
    [GeneratedRegex(@"^(?<lead>[^，,；;]+?)牵头(?:负责)?(?:[，,；;](?<others>.+?)(?:按照?职责分工)?(?:配合|参与|负责|协同)(?:落实)?)?$")]
    private static partial Regex LeadWording();

    // A会同B(按照职责分工)负责
    [GeneratedRegex(@"^(?<lead>.+?)会同(?<others>.+?)(?:按照?职责分工)?(?:分别)?(?:负责|落实|推进)(?:落实)?$")]
    private static partial Regex CoWording();

    // A、B(按照职责分工)负责
    [GeneratedRegex(@"^(?<units>.+?)(?:按照?职责分工)?(?:分别)?负责(?:落实)?$")]
    private static partial Regex SharedWording();
}
