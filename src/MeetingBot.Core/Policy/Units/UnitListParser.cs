namespace MeetingBot.Core.Policy.Units;

/// <summary>
/// Splits a written list of units into names: 、，,；; separate; 和/及/与 separate only between two whole names
/// (工业和信息化厅 stays one); fragments that are not yet a unit name are joined to the next
/// (各市、县〔区〕人民政府 is one unit); a jurisdiction prefix written once is applied to the names after it
/// (自治区教育厅、财政厅 → 自治区财政厅); a suffix written once after several places is shared
/// (越秀区、海珠区人民政府 → 越秀区人民政府, 海珠区人民政府); a proper name keeps its own place (武汉海关 never becomes 市武汉海关).
/// </summary>
public static partial class UnitListParser
{
    /// <summary>A unit as the document means it, and the form it was written in when that differs.</summary>
    public sealed record ParsedUnit(string Name, string Written);

    public static List<ParsedUnit> Parse(string list, string? inheritedPrefix = null)
    {
        var names = new List<(string Name, string Written)>();
        var pending = new List<string>();
        foreach (var fragment in SplitTopLevel(GroupAfterEtc().Replace(list, "、")))
        {
            var piece = Clean(fragment);
            if (piece.Length == 0) continue;
            pending.Add(piece);
            var joined = string.Join("、", pending);
            if (!UnitNames.EndsWithUnitSuffix(joined)) continue;
            names.AddRange(SharedSuffix(pending) ?? [(joined, joined)]);
            pending.Clear();
        }
        var rest = string.Join("、", pending);
        if (rest.Length > 0 && rest.Length <= 30) names.Add((rest, rest));

        var result = new List<ParsedUnit>();
        var prefix = inheritedPrefix;
        foreach (var (name, written) in names)
        {
            if (UnitNames.IsGeneric(name)) continue;
            var own = UnitNames.JurisdictionPrefix(name);
            if (own is not null) { prefix ??= own; result.Add(new ParsedUnit(name, written)); continue; }
            var inherits = prefix is not null && !UnitNames.IsGroup(name) && !UnitNames.HasOwnPlace(name) && !UnitNames.IsProperName(name);
            result.Add(new ParsedUnit(inherits ? prefix + name : name, written));
        }
        return result;
    }

    // "越秀区、海珠区人民政府": named places (two characters or more, each ending in 区/县/市…) then one of them with
    // the body's name: the body is each place's. "各市、县（区）人民政府" (levels, not names) stays one group.
    private static List<(string, string)>? SharedSuffix(List<string> pieces)
    {
        if (pieces.Count < 2 || UnitNames.IsGroup(pieces[0])) return null;
        var last = PlaceThenBody().Match(pieces[^1]);
        if (!last.Success || !UnitNames.EndsWithUnitSuffix(last.Groups["body"].Value)) return null;
        foreach (var place in pieces.Take(pieces.Count - 1))
            if (!PlaceOnly().IsMatch(place)) return null;
        var body = last.Groups["body"].Value;
        return pieces.Take(pieces.Count - 1).Select(p => (p + body, p)).Append((pieces[^1], pieces[^1])).ToList();
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
                     && UnitNames.EndsWithUnitSuffix(list[start..i].TrimEnd('以')) && !PairedName(list[start..i], list[(i + 1)..]))
            {
                var left = list[start..i];
                yield return left.EndsWith('以') ? left[..^1] : left;
                start = i + 1;
            }
        }
        yield return list[start..];
    }

    // "亚运会和亚残运会某某执委会": the right side names a second thing of the left's kind (…运会) and then the body
    // both belong to, so the 和 is inside one proper name.
    private static bool PairedName(string left, string right)
    {
        if (left.Length < 2) return false;
        var kind = left[^2..];
        var at = right.IndexOf(kind, StringComparison.Ordinal);
        if (at < 0) return false;
        var end = right.IndexOfAny(['、', '，', ',', '；', ';']);
        var head = right[(at + kind.Length)..(end < 0 ? right.Length : end)];
        return head.Length >= 2 && UnitNames.EndsWithUnitSuffix(head);
    }

    private static string Clean(string fragment)
    {
        var s = fragment.Trim(' ', '\u3000', '\t', '\n', '。', '：', ':');
        if (s.EndsWith('）') && s.Count(c => c is '（') < s.Count(c => c is '）')) s = s[..^1];
        if (s.EndsWith(')') && s.Count(c => c is '(') < s.Count(c => c is ')')) s = s[..^1];
        if (s.StartsWith('由')) s = s[1..];
        s = CountedTail().Replace(s, ""); // "市财政局等23个部门"
        foreach (var tail in new[] { "等有关部门", "等相关部门", "等部门", "等单位", "等" })
            if (s.EndsWith(tail, StringComparison.Ordinal) && s.Length > tail.Length) { s = s[..^tail.Length]; break; }
        return s.Trim();
    }

    // "市教育局等各行业主管部门": a named unit and a group, not one name.
    [System.Text.RegularExpressions.GeneratedRegex(@"等(?=(?:各|有关|相关)[\u4e00-\u9fff]{0,12}(?:部门|单位|机构))")]
    private static partial System.Text.RegularExpressions.Regex GroupAfterEtc();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=.)等\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个(?:有关|相关)?(?:部门|单位|成员单位)$")]
    private static partial System.Text.RegularExpressions.Regex CountedTail();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|新区|区|县|市|旗|镇|乡|街道)$")]
    private static partial System.Text.RegularExpressions.Regex PlaceOnly();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|新区|区|县|市|旗|镇|乡|街道)(?<body>人民政府|政府|办事处|管委会|[\u4e00-\u9fff]{0,10}(?:局|委|办))$")]
    private static partial System.Text.RegularExpressions.Regex PlaceThenBody();
}
