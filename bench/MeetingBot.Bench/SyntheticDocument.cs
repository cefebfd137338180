using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Bench;

/// <summary>
/// Builds a large but still well-formed policy document from a seed: the seed's header (everything before the
/// first level-1 heading) once, then its numbered body N times with the numbering continued, so level-1
/// headings run 一、二、… and level-2 headings （一）（二）… keep counting (across sections when the seed's do,
/// restarting under each level-1 heading when the seed's restart).
/// </summary>
public sealed partial class SyntheticDocument
{
    private readonly string header;
    private readonly string[] bodyLines;
    private readonly bool bodyEndsWithNewline;

    private SyntheticDocument(string header, string body)
    {
        this.header = header;
        bodyLines = body.Split('\n');
        bodyEndsWithNewline = body.EndsWith('\n');
        if (bodyEndsWithNewline)
        {
            bodyLines = bodyLines[..^1];
        }

        Level1PerCopy = bodyLines.Count(l => Level1Heading().IsMatch(l));
        Level2PerCopy = bodyLines.Count(l => Level2Heading().IsMatch(l));
        Level2ContinuesAcrossSections = !Level2RestartsPerSection(bodyLines);
    }

    public int Level1PerCopy { get; }

    public int Level2PerCopy { get; }

    public bool Level2ContinuesAcrossSections { get; }

    /// <summary>The generated text and its last level-1 and level-2 headings (e.g. 二百五十、 and （一千）).</summary>
    public sealed record SyntheticText(string Text, int Copies, string LastLevel1, string LastLevel2);

    /// <summary>
    /// Splits the seed into header and body. Throws when the seed has no level-1 heading, or when its own
    /// numbering is not sequential (then <see cref="Build"/>(1) would not reproduce it).
    /// </summary>
    public static SyntheticDocument FromSeed(string seedText)
    {
        var firstHeading = Level1Heading().Match(seedText);
        if (!firstHeading.Success)
        {
            throw new InvalidOperationException("The seed has no level-1 heading (一、) at the start of a line.");
        }

        var document = new SyntheticDocument(seedText[..firstHeading.Index], seedText[firstHeading.Index..]);
        if (document.Build(1).Text != seedText)
        {
            throw new InvalidOperationException(
                "The seed's numbering is not sequential from 一, so renumbered copies would not match it.");
        }

        return document;
    }

    public SyntheticText Build(int copies)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);

        var builder = new StringBuilder(header.Length + (bodyLines.Sum(l => l.Length + 1) + 8) * copies);
        builder.Append(header);

        int level1 = 0, level2 = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            for (var i = 0; i < bodyLines.Length; i++)
            {
                var line = bodyLines[i];
                if (Level1Heading().Match(line) is { Success: true } h1)
                {
                    level1++;
                    if (!Level2ContinuesAcrossSections)
                    {
                        level2 = 0;
                    }

                    line = Renumber(line, h1.Groups["num"], ChineseNumerals.Format(level1));
                }
                else if (Level2Heading().Match(line) is { Success: true } h2)
                {
                    level2++;
                    line = Renumber(line, h2.Groups["num"], ChineseNumerals.Format(level2));
                }

                builder.Append(line);
                var isLastLineOfCopy = i == bodyLines.Length - 1;
                if (!isLastLineOfCopy || bodyEndsWithNewline || copy < copies - 1)
                {
                    builder.Append('\n');
                }
            }
        }

        return new SyntheticText(
            builder.ToString(),
            copies,
            level1 > 0 ? ChineseNumerals.Format(level1) + "、" : "",
            level2 > 0 ? "（" + ChineseNumerals.Format(level2) + "）" : "");
    }

    private static string Renumber(string line, Group number, string replacement) =>
        string.Concat(line.AsSpan(0, number.Index), replacement, line.AsSpan(number.Index + number.Length));

    /// <summary>True when a level-1 section after the first starts its level-2 headings again at （一）.</summary>
    private static bool Level2RestartsPerSection(IEnumerable<string> lines)
    {
        var sections = 0;
        var awaitingFirstLevel2 = false;
        foreach (var line in lines)
        {
            if (Level1Heading().IsMatch(line))
            {
                sections++;
                awaitingFirstLevel2 = sections > 1;
            }
            else if (awaitingFirstLevel2 && Level2Heading().Match(line) is { Success: true } h2)
            {
                if (h2.Groups["num"].Value == "一")
                {
                    return true;
                }

                awaitingFirstLevel2 = false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[ \t\u3000]*(?<num>[一二三四五六七八九十百千零]+)、", RegexOptions.Multiline)]
    private static partial Regex Level1Heading();

    [GeneratedRegex(@"^[ \t\u3000]*（(?<num>[一二三四五六七八九十百千零]+)）")]
    private static partial Regex Level2Heading();
}
