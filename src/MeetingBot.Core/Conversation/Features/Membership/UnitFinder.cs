using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>What a typed unit name found: one unit, several equally likely ones, or none.</summary>
public sealed record UnitSearch(MemberUnit? Found, IReadOnlyList<MemberUnit> Candidates);

/// <summary>
/// A member unit by what a person types: its name or an alias; else an abbreviation or another way of writing it
/// (财政局, 人社局, 区人力资源社会保障局) or its English name ("the finance bureau"), matched as the policy
/// questions match units. Only the joint meeting's own units are candidates.
/// </summary>
public static class UnitFinder
{
    // A short form that is only the end of a name (编办 ~ 区委编办) is the loosest match taken.
    private const double Floor = 0.5;

    private static readonly PolicyDocument NoDocument = new("", null, null, null, "", "", null, [], [], [], []);

    public static UnitSearch Find(JointMeeting jointMeeting, PolicyCatalog catalog, string typed)
    {
        var name = typed.Trim();
        if (name.Length == 0) return new UnitSearch(null, []);
        if (Exact(jointMeeting, name) is { } exact) return new UnitSearch(exact, [exact]);
        var chinese = EnglishGlossary.ToChinese(name);
        if (chinese != name && Exact(jointMeeting, chinese) is { } translated) return new UnitSearch(translated, [translated]);

        // The places of the joint meeting's document say which 区 its district units belong to.
        var document = catalog.Documents.FirstOrDefault(d => jointMeeting.State.Sources.Any(s => s.SourceName == d.SourceName)) ?? NoDocument;
        var places = Places.OfDocument(document);
        var query = UnitMatcher.QueryOf(chinese);
        var scored = jointMeeting.Units
            .Select(u => (Unit: u, Score: UnitMatcher.Score(query, UnitMatcher.ProfileOf(document, new PolicyUnit(u.Name, u.Aliases, [], []), places))))
            .Where(s => s.Score >= Floor)
            .ToList();
        if (scored.Count == 0) return new UnitSearch(null, []);
        var best = scored.Max(s => s.Score);
        var top = scored.Where(s => s.Score >= best - 1e-9).Select(s => s.Unit).ToList();
        return new UnitSearch(top.Count == 1 ? top[0] : null, top);
    }

    private static MemberUnit? Exact(JointMeeting jointMeeting, string name) =>
        jointMeeting.FindUnit(name)
        ?? jointMeeting.Units.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)
            || u.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
}
