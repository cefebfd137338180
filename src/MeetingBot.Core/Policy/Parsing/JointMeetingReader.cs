using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Finds the clause that sets up the joint meeting (联席会议): its name, convenor (…担任召集人), members (由…等部门
/// 组成, or the units of the item's note), meetings a year (每年至少召开2次/两次) and whether members report to it.
/// Without a 联席会议, a coordination mechanism led by one unit (建立A牵头、B、C…等部门密切配合的工作协调机制) is taken.
/// Members named as fields ("由教育、财政…等部门组成") are resolved to the document's own units where one matches.
/// </summary>
internal static partial class JointMeetingReader
{
    public static JointMeetingClause? Read(IReadOnlyList<TaskDraft> tasks, IReadOnlyList<string> knownUnits)
    {
        var best = tasks
            .SelectMany(t => t.Paragraphs.Select(p => (Task: t, Paragraph: p, Score: Score(t, p.Text))))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (best.Task is not null) return JointMeeting(best.Task, best.Paragraph, knownUnits);

        foreach (var task in tasks)
            foreach (var paragraph in task.Paragraphs)
                if (CoordinationMechanism().Match(paragraph.Text) is { Success: true } m)
                    return Coordination(task, paragraph, m);
        return null;
    }

    private static int Score(TaskDraft task, string text)
    {
        var prose = NotePattern().Replace(text, "");
        if (!prose.Contains("联席会议")) return 0;
        var score = 1;
        if (task.Title.Contains("联席会议")) score += 2;
        if (prose.Contains("召集人")) score += 3;
        if (prose.Contains("组成")) score += 3;
        if (MeetingsPerYear(prose) is not null) score += 2;
        if (prose.Contains("联席会议制度")) score += 1;
        return score;
    }

    private static JointMeetingClause JointMeeting(TaskDraft task, Paragraph paragraph, IReadOnlyList<string> knownUnits)
    {
        var text = paragraph.Text;
        var at = text.IndexOf("联席会议", StringComparison.Ordinal);
        // The name where the clause sets the meeting up ("…联席会议制度"), else the longest plain mention.
        var name = AllIndexes(text, "联席会议")
            .Select(i => (Name: NameBefore(text, i), SetsUp: text.AsSpan(i + 4).StartsWith("制度")))
            .Where(c => c.Name is not null && !NotAName().IsMatch(c.Name))
            .OrderByDescending(c => c.SetsUp).ThenByDescending(c => c.Name!.Length)
            .Select(c => c.Name).FirstOrDefault();
        var prefix = name is null ? null : UnitNames.JurisdictionPrefix(name);

        List<string> members;
        var composed = ComposedOf().Match(text);
        if (composed.Success)
        {
            var fragments = composed.Groups["list"].Value.Split('、', '，', ',');
            var listed = UnitListParser.Parse(composed.Groups["list"].Value);
            members = fragments.Count(f => UnitNames.EndsWithUnitSuffix(f.Trim().TrimEnd('等'))) * 2 > fragments.Length
                ? listed.Select(u => u.Name).ToList()
                : composed.Groups["list"].Value.Split('、', '，', ',').Select(f => f.Trim()).Where(f => f.Length > 0)
                    .Select(f => ResolveField(f.EndsWith('等') ? f[..^1] : f, knownUnits, prefix)).ToList();
        }
        else
        {
            members = task.Lead.Concat(task.Responsible).ToList();
        }

        return new JointMeetingClause(JointMeetingKind.JointMeeting, name, Convenor(text), members.Distinct().ToList(),
            MeetingsPerYear(text), MembersReport().IsMatch(text), paragraph.LineAt(Math.Max(at, 0)), task.Item.Path);
    }

    private static JointMeetingClause Coordination(TaskDraft task, Paragraph paragraph, Match m)
    {
        var lead = UnitListParser.Parse(m.Groups["lead"].Value);
        var prefix = lead.Select(u => UnitNames.JurisdictionPrefix(u.Name)).FirstOrDefault(p => p is not null);
        var others = UnitListParser.Parse(m.Groups["list"].Value, prefix);
        var members = lead.Concat(others).Select(u => u.Name).Where(UnitNames.EndsWithUnitSuffix).Distinct().ToList();
        return new JointMeetingClause(JointMeetingKind.CoordinationMechanism, null, lead.FirstOrDefault()?.Name, members,
            MeetingsPerYear(paragraph.Text), MembersReport().IsMatch(paragraph.Text), paragraph.LineAt(m.Index), task.Item.Path);
    }

    // "教育" → the document's 自治区教育厅; a field no unit of the document matches stays a department of that field.
    private static string ResolveField(string field, IReadOnlyList<string> knownUnits, string? prefix)
    {
        if (UnitNames.EndsWithUnitSuffix(field) && knownUnits.Contains(field)) return field;
        var key = UnitNames.Key(field);
        var match = knownUnits.Where(u => UnitNames.StemKey(u).StartsWith(key, StringComparison.Ordinal))
            .OrderBy(u => UnitNames.StemKey(u).Length).FirstOrDefault();
        if (match is not null) return match;
        return UnitNames.EndsWithUnitSuffix(field) ? (prefix ?? "") + field : (prefix ?? "") + field + "部门";
    }

    private static string? NameBefore(string text, int at)
    {
        if (at < 0) return null;
        var start = at;
        while (start > 0 && IsNameChar(text[start - 1])) start--;
        var name = LeadingVerb().Replace(text[start..(at + 4)], "");
        return name.Length >= 4 ? name : null;
    }

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    private static bool IsNameChar(char c) => c is >= '\u4e00' and <= '\u9fff' && c is not ('的' or '由' or '和' or '及');

    private static string? Convenor(string text)
    {
        var m = ConvenorPattern().Match(text);
        if (!m.Success) return null;
        var who = m.Groups["who"].Value.Trim();
        return who.StartsWith('由') ? who[1..] : who;
    }

    private static int? MeetingsPerYear(string text)
    {
        var m = MeetingsPattern().Match(text);
        if (!m.Success) return null;
        var n = char.IsAsciiDigit(m.Groups["n"].Value[0]) ? int.Parse(m.Groups["n"].Value) : ChineseNumerals.Parse(m.Groups["n"].Value);
        return m.Groups["period"].Value switch { "半年" => 2 * n, "季度" => 4 * n, "月" => 12 * n, _ => n };
    }

    [GeneratedRegex(@"[（(](?:牵头单位|责任单位)[^）)]*[）)]?")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"由(?<list>[^。；;]+?)(?:等)?(?:部门|单位|方面)?(?:共同)?组成")]
    private static partial Regex ComposedOf();

    [GeneratedRegex(@"(?:召集人由(?<who>[^，。；,;]{2,40}?)担任|(?<who>[^，。；,;]{2,40}?)(?:担任|任|为)召集人)")]
    private static partial Regex ConvenorPattern();

    [GeneratedRegex(@"每(?<period>年|半年|季度|月)[^，。；,;]{0,10}?(?<n>\d{1,2}|[一二两三四五六七八九十])次")]
    private static partial Regex MeetingsPattern();

    [GeneratedRegex(@"成员单位[^。]{0,40}?(?:报告|汇报)|向联席会议(?:报告|汇报)")]
    private static partial Regex MembersReport();

    [GeneratedRegex("[向就由]|成员单位")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:建立健全|建立完善|健全完善|进一步完善|建立|完善|健全|成立|设立|组建)")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"建立(?<lead>[^，。；、,;]{2,30}?)牵头[、，,](?<list>[^。；;]+?)等(?:部门|单位)[^。；;]{0,60}?(?:协调机制|工作机制|联动机制)")]
    private static partial Regex CoordinationMechanism();
}
