using System.Text;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Bench.Scenarios;

/// <summary>One seed file: its text and the document it parsed to before any timing.</summary>
public sealed record Seed(string Name, string Text, int Bytes, PolicyDocument Document);

/// <summary>Loads seeds/*.txt and parses each once; a seed that does not parse stops the run.</summary>
public static class SeedCorpus
{
    public static IReadOnlyList<Seed> Load(string repoRoot)
    {
        var folder = Path.Combine(repoRoot, "seeds");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new BenchFailureException($"No *.txt seeds in {folder}.");
        }

        var seeds = new List<Seed>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file, Encoding.UTF8);
            var result = ParseOnce(text, name);
            if (!result.Succeeded)
            {
                throw new BenchFailureException($"Seed {name} did not parse: {result.Error}");
            }

            seeds.Add(new Seed(name, text, Encoding.UTF8.GetByteCount(text), result.Document!));
        }

        return seeds;
    }

    /// <summary>Parses once, turning an exception from the parser into a failure that names the document.</summary>
    public static PolicyParseResult ParseOnce(string text, string sourceName)
    {
        try
        {
            return PolicyParser.ParseText(text, sourceName);
        }
        catch (NotImplementedException)
        {
            throw new BenchFailureException(
                "PolicyParser.ParseText throws NotImplementedException: the parser is not implemented yet.");
        }
        catch (Exception e) when (e is not BenchFailureException)
        {
            throw new BenchFailureException($"PolicyParser.ParseText threw on {sourceName}: {e}");
        }
    }
}
