using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// One canonical name per unit of a document. Names that share an abbreviation key (区人力资源社会保障局 /
/// 区人社局) are one unit under the form the document uses most; the other forms, and the form written without
/// the shared prefix (财政厅 for 自治区财政厅), become its aliases.
/// </summary>
internal sealed class UnitCatalog
{
    private readonly Dictionary<string, string> _canonical = new();
    private readonly Dictionary<string, List<string>> _aliases = new();
    private readonly List<string> _order = [];

    public UnitCatalog(IEnumerable<string> namesInOrder, IEnumerable<(string Name, string Written)> writtenForms)
    {
        var names = namesInOrder.ToList();
        var counts = names.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in names.Distinct().GroupBy(UnitNames.Key))
        {
            var canonical = group.OrderByDescending(n => counts[n]).First();
            _order.Add(canonical);
            _aliases[canonical] = group.Where(n => n != canonical).ToList();
            foreach (var name in group) _canonical[name] = canonical;
        }
        foreach (var (name, written) in writtenForms)
        {
            if (name == written || !_canonical.TryGetValue(name, out var canonical)) continue;
            if (written != canonical && !_aliases[canonical].Contains(written)) _aliases[canonical].Add(written);
        }
        var first = new Dictionary<string, int>();
        for (var i = 0; i < names.Count; i++) first.TryAdd(names[i], i);
        _order.Sort((a, b) => first[a].CompareTo(first[b]));
    }

    public string Canonical(string name) => _canonical.GetValueOrDefault(name, name);

    public List<PolicyUnit> Units(IReadOnlyList<PolicyTask> tasks) => _order.Select(name => new PolicyUnit(
        name,
        _aliases[name],
        tasks.Where(t => t.Lead.Contains(name) || t.Responsible.Contains(name)).Select(t => t.Path).ToList(),
        tasks.Where(t => t.Lead.Contains(name)).Select(t => t.Path).ToList())).ToList();
}
