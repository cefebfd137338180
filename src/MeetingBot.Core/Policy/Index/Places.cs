using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// Jurisdictions as questions and units name them. A bare level (区, 省, 自治区) is how a document names its own
/// bodies (区财政局); the document's title and issuer say which place that is (永年区, 邯郸市永年区人民政府), so a
/// question about 五华区教育体育局 finds the units of the 五华区 document and not the 区 units of another district.
/// </summary>
internal static class Places
{
    private enum Level { Unknown, Province, City, District }

    /// <summary>The named places a document is issued for, from its title and issuer (邯郸市, 永年区).</summary>
    public static IReadOnlyList<string> OfDocument(PolicyDocument document)
    {
        var places = new List<string>();
        foreach (var text in new[] { document.Title, document.Issuer })
        {
            var rest = text ?? "";
            while (UnitNames.JurisdictionPrefix(rest) is { } place && !IsBare(place))
            {
                if (!places.Contains(place)) places.Add(place);
                rest = rest[place.Length..];
            }
        }
        return places;
    }

    /// <summary>The place a question's unit name starts with, or null; 各市、县 is a group, not a place.</summary>
    public static string? OfQuery(string name) => UnitNames.IsGroup(name) ? null : PlaceOf(name);

    /// <summary>
    /// The place of a document's unit: its own prefix, a bare level resolved to the document's place of that
    /// level; an unprefixed unit belongs to the document's own (most local) place; groups have none.
    /// </summary>
    public static string? OfUnit(string name, IReadOnlyList<string> documentPlaces)
    {
        if (UnitNames.IsGroup(name)) return null;
        var own = PlaceOf(name);
        if (own is null) return documentPlaces.OrderByDescending(LevelOf).FirstOrDefault();
        if (!IsBare(own)) return own;
        var level = LevelOf(own);
        return documentPlaces.FirstOrDefault(p => LevelOf(p) == level) ?? own;
    }

    /// <summary>True unless both places are known and differ: by name when both are named, else by level.</summary>
    public static bool Agree(string? queryPlace, string? unitPlace)
    {
        if (queryPlace is null) return true;
        if (unitPlace is null) return false;
        if (!IsBare(queryPlace) && !IsBare(unitPlace))
            return queryPlace.StartsWith(unitPlace, StringComparison.Ordinal) || unitPlace.StartsWith(queryPlace, StringComparison.Ordinal);
        return LevelOf(queryPlace) == LevelOf(unitPlace) && LevelOf(queryPlace) != Level.Unknown;
    }

    private static string? PlaceOf(string name)
    {
        var prefix = UnitNames.JurisdictionPrefix(name);
        if (prefix is not null) return prefix;
        var rest = UnitNames.WithoutPrefix(name);
        return rest.Length < name.Length && name.EndsWith(rest, StringComparison.Ordinal) ? name[..^rest.Length] : null;
    }

    private static bool IsBare(string place) => place.Length == 1 || place == "自治区";

    private static Level LevelOf(string place) => place switch
    {
        _ when place.EndsWith('省') || place.EndsWith("自治区", StringComparison.Ordinal) => Level.Province,
        _ when place.EndsWith('市') || place.EndsWith('州') || place.EndsWith('盟') => Level.City,
        _ when place.EndsWith('区') || place.EndsWith('县') || place.EndsWith('旗') => Level.District,
        _ => UnitNames.HasOwnPlace(place) ? Level.Province : Level.Unknown, // 宁夏, 国家: named without a level
    };
}
