using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// How well a typed name matches a unit: the name or an alias exactly; the same unit under an abbreviation
/// (人社局 ~ 人力资源社会保障局); the same kind of body without the jurisdiction (财政厅 ~ 自治区财政厅); the
/// same field at another level (财政局 ~ 财政厅); or a field named without its suffix (财政).
/// </summary>
internal static class UnitMatcher
{
    private static readonly (string Short, string Long)[] Expansions =
    [
        ("人社", "人力资源社会保障"), ("教体", "教育体育"), ("发改", "发展改革"), ("工信", "工业和信息化"),
        ("住建", "住房城乡建设"), ("卫健", "卫生健康"), ("文旅", "文化和旅游"), ("国资", "国有资产"),
    ];

    public static double Score(string query, PolicyUnit unit)
    {
        if (query.Length == 0) return 0;
        if (unit.Name == query || unit.Aliases.Contains(query)) return 1.0;
        return unit.Aliases.Prepend(unit.Name).Max(name => ScoreName(query, name));
    }

    private static double ScoreName(string query, string name)
    {
        if (UnitNames.Key(name) == UnitNames.Key(query)) return 0.95;
        var queryPrefix = UnitNames.JurisdictionPrefix(query);
        var queryStem = UnitNames.StemKey(query);
        var stem = UnitNames.StemKey(name);
        var samePlace = queryPrefix is null || UnitNames.JurisdictionPrefix(name) == queryPrefix;
        if (stem == queryStem) return samePlace ? 0.9 : 0.6;

        var queryCore = Core(queryStem);
        var core = Core(stem);
        if (queryCore.Length >= 2 && core == queryCore) return samePlace ? 0.8 : 0.5;
        if (queryCore.Length >= 2 && Expand(core).Contains(Expand(queryCore), StringComparison.Ordinal)) return samePlace ? 0.5 : 0.3;
        return 0;
    }

    // The field of a unit: its stem without the kind of body (财政厅 → 财政, 人社局 → 人社, 国资委 → 国资).
    private static string Core(string stem)
    {
        foreach (var suffix in new[] { "委员会", "部门", "中心", "厅", "局", "委", "办", "部" })
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal)) return stem[..^suffix.Length];
        return stem;
    }

    private static string Expand(string core)
    {
        foreach (var (shortForm, longForm) in Expansions)
            core = core.Replace(shortForm, longForm, StringComparison.Ordinal);
        return core;
    }
}
