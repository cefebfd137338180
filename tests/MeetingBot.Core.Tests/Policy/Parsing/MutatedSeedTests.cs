using MeetingBot.Core.Policy.Parsing;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Policy.Parsing;

/// <summary>
/// Damaged copies of the seeds (characters dropped, duplicated or swapped for brackets, colons, digits and line
/// breaks, as bad copy-and-paste does) must each give a whole document or a clear error, never trip a bug.
/// </summary>
public class MutatedSeedTests
{
    private const string Noise = "（）()〔〕【】：:；;、，。\n\r0123456789一二三十年月底起牵头单位责任 \u3000";

    [Theory]
    [InlineData(SeedDocuments.Ningxia)]
    [InlineData(SeedDocuments.Zhejiang)]
    [InlineData(SeedDocuments.Yongnian)]
    [InlineData(SeedDocuments.Shanxi)]
    [InlineData(SeedDocuments.Wuhua)]
    public void Parse_DamagedCopiesOfSeed_NeverTripAnInternalError(string seed)
    {
        var original = File.ReadAllText(Path.Combine(SeedDocuments.RepoRoot, "seeds", seed));
        var random = new Random(20261123);
        for (var copy = 0; copy < 150; copy++)
        {
            var text = Mutate(original, random, edits: 1 + copy);
            var result = PolicyParser.ParseText(text, $"{seed}#{copy}");

            (result.Error ?? "").Should().NotContain(PolicyParser.InternalErrorPrefix, "copy {0} of {1} is a document, however damaged", copy, seed);
            if (result.Succeeded) result.Document!.Tasks.Should().OnlyContain(t => t.Path.Count > 0 && t.Line > 0);
        }
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var chars = new List<char>(text);
        for (var i = 0; i < edits && chars.Count > 1; i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, Noise[random.Next(Noise.Length)]); break;
                default: chars[at] = Noise[random.Next(Noise.Length)]; break;
            }
        }
        return new string(chars.ToArray());
    }
}
