namespace MeetingBot.Core.Policy.Units;

/// <summary>
/// Splits a written list of units into names: 、，,；; separate; 和/及/与 separate only between two whole names
/// (工业和信息化厅 stays one); fragments that are not yet a unit name are joined to the next
/// (各市、县〔区〕人民政府 is one unit); a jurisdiction prefix written once is applied to the names after it
/// (自治区教育厅、财政厅 → 自治区财政厅).
/// </summary>
public static class UnitListParser
{
    /// <summary>A unit as the document means it, and the form it was written in when that differs.</summary>
    public sealed record ParsedUnit(string Name, string Written);

    public static List<ParsedUnit> Parse(string list, string? inheritedPrefix = null)
    {
        var names = new List<string>();
        string pending = "";
        foreach (var fragment in SplitTopLevel(list))
        {
            var piece = Clean(fragment);
            if (piece.Length == 0) continue;
            pending = pending.Length == 0 ? piece : pending + "、" + piece;
            if (UnitNames.EndsWithUnitSuffix(pending)) { names.Add(pending); pending = ""; }
        }
        if (pending.Length > 0 && pending.Length <= 30) names.Add(pending);

        var result = new List<ParsedUnit>();
        var prefix = inheritedPrefix;
        foreach (var name in names)
        {
            if (UnitNames.IsGeneric(name)) continue;
            var own = UnitNames.JurisdictionPrefix(name);
            if (own is not null) { prefix ??= own; result.Add(new ParsedUnit(name, name)); continue; }
            var inherits = prefix is not null && !UnitNames.IsGroup(name) && !UnitNames.HasOwnPlace(name);
            result.Add(new ParsedUnit(inherits ? prefix + name : name, name));
        }
        return result;
    }

    // Splits on list separators outside brackets, and on 和/及/与/以及 where the left side is a whole unit name.
    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c is '（' or '(' or '〔' or '[' or '【') depth++;
            else if (c is '）' or ')' or '〕' or ']' or '】') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or ',' or '；' or ';' or '/' or '／')
            {
                yield return list[start..i];
                start = i + 1;
            }
            else if (depth == 0 && c is '和' or '及' or '与' && i > start && i + 1 < list.Length
                     && UnitNames.EndsWithUnitSuffix(list[start..i].TrimEnd('以')))
            {
                var left = list[start..i];
                yield return left.EndsWith('以') ? left[..^1] : left;
                start = i + 1;
            }
        }
        yield return list[start..];
    }

    private static string Clean(string fragment)
    {
        var s = fragment.Trim(' ', '\u3000', '\t', '\n', '。', '：', ':');
        if (s.EndsWith('）') && s.Count(c => c is '（') < s.Count(c => c is '）')) s = s[..^1];
        if (s.EndsWith(')') && s.Count(c => c is '(') < s.Count(c => c is ')')) s = s[..^1];
        if (s.StartsWith('由')) s = s[1..];
        foreach (var tail in new[] { "等有关部门", "等相关部门", "等部门", "等单位", "等" })
            if (s.EndsWith(tail, StringComparison.Ordinal) && s.Length > tail.Length) { s = s[..^tail.Length]; break; }
        return s.Trim();
    }
}
