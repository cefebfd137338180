using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// How well a typed name matches a unit: the name or an alias exactly; the same unit under an abbreviation or
/// another way of writing it (人社局 ~ 人力资源社会保障局, 各市县人民政府 ~ 各市、县〔区〕人民政府, 政府 ~ 人民政府);
/// the same kind of body without the jurisdiction (财政厅 ~ 自治区财政厅); the same field at another level
/// (财政局 ~ 财政厅); or a field named without its suffix (财政). A jurisdiction in the question must agree with
/// the unit's: 区 with the district bodies, 五华区 with the units of the document issued for 五华区.
/// </summary>
internal static class UnitMatcher
{
    private static readonly (string Short, string Long)[] Expansions =
    [
        ("人社", "人力资源社会保障"), ("教体", "教育体育"), ("发改", "发展改革"), ("工信", "工业和信息化"),
        ("住建", "住房城乡建设"), ("卫健", "卫生健康"), ("文旅", "文化和旅游"), ("国资", "国有资产"),
    ];

    // The kinds of body a name ends in, longest first; 厅/局/委/办 are the same kind at different levels.
    private static readonly string[] Kinds = ["委员会", "部门", "中心", "政府", "组织", "单位", "院校", "学校", "厅", "局", "委", "办", "部", "会", "室"];

    /// <summary>What a unit is matched on, worked out once per index: its names, their keys, its place.</summary>
    public sealed record Profile(PolicyDocument Document, PolicyUnit Unit, string? Place, IReadOnlyList<Name> Names);

    public sealed record Name(string Key, string LooseKey, string BracketlessKey, string Stem, string Core, string ExpandedCore, string? Kind);

    /// <summary>A typed name, worked out once per question.</summary>
    public sealed record Query(string Text, string? Place, Name Name);

    public static Profile ProfileOf(PolicyDocument document, PolicyUnit unit, IReadOnlyList<string> documentPlaces) =>
        new(document, unit, Places.OfUnit(unit.Name, documentPlaces), unit.Aliases.Prepend(unit.Name).Select(NameOf).ToList());

    public static Query QueryOf(string text) => new(text, Places.OfQuery(text), NameOf(text));

    public static double Score(Query query, Profile unit)
    {
        if (query.Text.Length == 0) return 0;
        if (unit.Unit.Name == query.Text || unit.Unit.Aliases.Contains(query.Text)) return 1.0;
        var samePlace = Places.Agree(query.Place, unit.Place);
        var best = 0.0;
        foreach (var name in unit.Names) best = Math.Max(best, ScoreName(query.Name, name, samePlace));
        return best;
    }

    private static Name NameOf(string name)
    {
        var key = UnitNames.Key(name);
        var stem = UnitNames.StemKey(name);
        var (core, kind) = Core(stem);
        return new Name(key, Loosen(key, keepBrackets: true), Loosen(key, keepBrackets: false), stem, core, Expand(core), kind);
    }

    private static double ScoreName(Name query, Name name, bool samePlace)
    {
        if (name.Key == query.Key || name.LooseKey == query.LooseKey || name.BracketlessKey == query.LooseKey) return 0.95;
        // Another place's namesake ranks below a looser match at the asked place: 省财政局 means 省财政厅, not 区财政局.
        if (name.Stem == query.Stem) return samePlace ? 0.9 : 0.45;
        // A short form that is the end of the name: 编办 ~ 区委编办, 组织部 ~ 党委组织部.
        if (query.Stem.Length >= 2 && name.Stem.EndsWith(query.Stem, StringComparison.Ordinal)) return samePlace ? 0.5 : 0.3;
        if (query.Core.Length < 2 || !SameKind(query.Kind, name.Kind)) return Typo(query.Stem, name.Stem, samePlace);
        if (name.Core == query.Core) return samePlace ? 0.8 : 0.45;
        if (name.ExpandedCore.Contains(query.ExpandedCore, StringComparison.Ordinal)) return samePlace ? 0.5 : 0.3;
        return Math.Max(Typo(query.Stem, name.Stem, samePlace), Typo(query.ExpandedCore, name.ExpandedCore, samePlace));
    }

    // A name typed with an IME's homophone (教于厅 for 教育厅: same sound, any number of characters) or one
    // character wrong, missing or extra (财正局, 财局政, 人力社会保障局); names under three characters are too short to guess.
    // Below every other kind of match: 县税务局 is the 税务局 named at length before it is the homophone 县水务局.
    private static double Typo(string typed, string name, bool samePlace)
    {
        if (typed.Length < 3 || name.Length < 3 || typed == name) return 0;
        if (typed.Length == name.Length && Enumerable.Range(0, typed.Length).All(i => Retrieval.Pinyin.SoundAlike(typed[i], name[i])))
            return samePlace ? 0.28 : 0.15;
        return Retrieval.EditDistance.AtMostOne(typed, name) ? (samePlace ? 0.25 : 0.12) : 0;
    }

    // The field of a unit and its kind of body: 财政厅 → (财政, 厅), 人社局 → (人社, 局), 有关行业组织 → (有关行业, 组织).
    private static (string Core, string? Kind) Core(string stem)
    {
        foreach (var kind in Kinds)
            if (stem.Length > kind.Length && stem.EndsWith(kind, StringComparison.Ordinal)) return (stem[..^kind.Length], kind);
        return (stem, null);
    }

    // 财政局 ~ 财政厅 ~ 发改委, but 组织部 is not 行业组织 and 教育局 is not the 成员单位 of a meeting; 部门 is any kind.
    private static bool SameKind(string? a, string? b) =>
        a is null || b is null || a == "部门" || b == "部门" || Family(a) == Family(b);

    private static string Family(string kind) => kind is "厅" or "局" or "委" or "委员会" or "办" ? "厅" : kind;

    private static string Expand(string core)
    {
        foreach (var (shortForm, longForm) in Expansions)
            core = core.Replace(shortForm, longForm, StringComparison.Ordinal);
        return core;
    }

    // A key that ignores how a name is punctuated and bracketed (or, with keepBrackets false, what its brackets
    // hold: 各市、县〔区〕人民政府 is also 市县政府), 人民政府 written 政府, and a leading 各.
    private static string Loosen(string key, bool keepBrackets)
    {
        var buffer = new System.Text.StringBuilder(key.Length);
        var depth = 0;
        foreach (var c in key)
        {
            if (c is '（' or '(' or '〔' or '[') { depth++; continue; }
            if (c is '）' or ')' or '〕' or ']') { depth = Math.Max(0, depth - 1); continue; }
            if ((keepBrackets || depth == 0) && char.IsLetterOrDigit(c)) buffer.Append(c);
        }
        var loose = buffer.Replace("人民政府", "政府").ToString();
        return loose.StartsWith('各') ? loose[1..] : loose;
    }
}
