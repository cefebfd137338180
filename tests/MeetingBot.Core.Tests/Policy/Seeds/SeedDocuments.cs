using System.Collections.Concurrent;
using System.Globalization;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Loads the five seed policy documents from the repository's <c>seeds/</c> folder, parsing each once per test run,
/// and offers small helpers so that the expectation tables can be written as plain Chinese text:
/// a task path is written dotted ("二.三.1") and a list of units is written separated by '|'
/// (not '、', which occurs inside the unit name 各市、县〔区〕人民政府).
/// </summary>
internal static class SeedDocuments
{
    public const string Ningxia = "000_8c2f8a1ca8efd1da.txt";
    public const string Zhejiang = "001_14d8aefb06d3d78e.txt";
    public const string Yongnian = "002_3db67e52c630979e.txt";
    public const string Shanxi = "003_451e084fbe984a04.txt";
    public const string Wuhua = "004_7e316252f085b915.txt";

    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);
    private static readonly ConcurrentDictionary<string, Lazy<PolicyDocument>> Cache = new(StringComparer.Ordinal);

    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>The parsed seed document <c>seeds/&lt;fileName&gt;</c>, parsed once and cached.</summary>
    public static PolicyDocument Load(string fileName) =>
        Cache.GetOrAdd(fileName, name => new Lazy<PolicyDocument>(() => Parse(name))).Value;

    /// <summary>The task at the dotted path ("二.三.1"); fails the test with the path if there is none.</summary>
    public static PolicyTask Task(this PolicyDocument document, string dottedPath)
    {
        var task = document.FindTask(Path(dottedPath));
        task.Should().NotBeNull("the document should have a task at path {0}", dottedPath);
        return task!;
    }

    /// <summary>The unit with this canonical name; fails the test with the known names if there is none.</summary>
    public static PolicyUnit Unit(this PolicyDocument document, string name)
    {
        var unit = document.Units.FirstOrDefault(u => u.Name == name);
        unit.Should().NotBeNull(
            "the document should have a unit named {0} (units found: {1})",
            name,
            string.Join("、", document.Units.Select(u => u.Name)));
        return unit!;
    }

    /// <summary>"二.三.1" → ["二", "三", "1"].</summary>
    public static string[] Path(string dottedPath) => dottedPath.Split('.');

    /// <summary>"A|B|C" → ["A", "B", "C"]; "" → [].</summary>
    public static string[] List(string pipeSeparated) =>
        pipeSeparated.Length == 0 ? [] : pipeSeparated.Split('|');

    /// <summary>"2022-12-31" → that date; "" → null.</summary>
    public static DateOnly? Date(string isoDate) =>
        isoDate.Length == 0 ? null : DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Paths as dotted strings, for order-independent comparison of a unit's task lists.</summary>
    public static IEnumerable<string> Dotted(IEnumerable<IReadOnlyList<string>> paths) =>
        paths.Select(p => string.Join(".", p));

    private static PolicyDocument Parse(string fileName)
    {
        var path = System.IO.Path.Combine(RepoRoot, "seeds", fileName);
        File.Exists(path).Should().BeTrue("the seed document {0} should exist", path);
        var result = PolicyParser.ParseFile(path);
        result.Succeeded.Should().BeTrue("the seed document {0} should parse, but the parser said: {1}", fileName, result.Error);
        return result.Document!;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MeetingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder containing MeetingBot.sln above {AppContext.BaseDirectory}.");
    }
}
