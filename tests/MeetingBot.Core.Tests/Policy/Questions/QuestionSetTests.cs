using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Tests.Policy.Seeds;
using Xunit.Abstractions;

namespace MeetingBot.Core.Tests.Policy.Questions;

/// <summary>
/// The question set (questions.tsv): questions typed the way people type them in a work chat, by kind (frames and
/// filler anywhere, spacing and full-width, everyday words, IME typos, English, mixed, unit names, targets, and
/// topics the documents do not cover, the joint meeting itself), over the seeds and a charter written for the
/// tests, each asked of the index of its document as a joint meeting asks it, and
/// scored: correct (the expected task, unit or target first), partial (among the first three), wrong (something
/// else answered) or refused (nothing). Prints the score by kind; asserts floors on it.
/// </summary>
public class QuestionSetTests(ITestOutputHelper output)
{
    private enum Score { Correct, Partial, Wrong, Refused }

    private static readonly DateOnly Today = new(2026, 11, 23);

    private sealed record Row(string Kind, string Document, string Question, string Expected);

    [Fact]
    public void Ask_QuestionSet_ScoresAboveTheFloorByKind()
    {
        var rows = File.ReadAllLines(Path.Combine(SeedDocuments.RepoRoot, "tests", "MeetingBot.Core.Tests", "Policy", "Questions", "questions.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Row(p[0], p[1], p[2], p[3]))
            .ToList();
        var indexes = rows.Select(r => r.Document).Distinct()
            .ToDictionary(d => d, d => new PolicyIndex(PolicyLibrary.Load(Path.Combine(SeedDocuments.RepoRoot, d.Contains('/') ? d : Path.Combine("seeds", d))).Documents));

        var scored = rows.Select(r => (Row: r, Score: Grade(indexes[r.Document].Ask(r.Question, Today), r.Expected))).ToList();

        foreach (var group in scored.GroupBy(s => s.Row.Kind).Append(scored.GroupBy(_ => "ALL").Single()))
            output.WriteLine($"{group.Key,-9} n={group.Count(),3}  " + string.Join("  ", Enum.GetValues<Score>().Select(s => $"{s.ToString().ToLowerInvariant()} {group.Count(g => g.Score == s),3}")));
        foreach (var miss in scored.Where(s => s.Score is Score.Wrong or Score.Refused))
            output.WriteLine($"{miss.Score,-8} [{miss.Row.Kind}] {miss.Row.Question} → expected {miss.Row.Expected}");

        rows.Should().HaveCountGreaterThanOrEqualTo(300);
        double Share(Score s, string? kind = null) =>
            (double)scored.Count(x => x.Score == s && (kind is null || x.Row.Kind == kind)) / scored.Count(x => kind is null || x.Row.Kind == kind);
        Share(Score.Correct).Should().BeGreaterThanOrEqualTo(0.9, "nine questions in ten get the expected answer first");
        (Share(Score.Correct) + Share(Score.Partial)).Should().BeGreaterThanOrEqualTo(0.95, "nearly every question finds what it asks");
        Share(Score.Wrong).Should().BeLessThanOrEqualTo(0.03, "a wrong answer is worse than none");
        Share(Score.Correct, "refusal").Should().Be(1, "a topic the documents do not cover is never answered with a unit");
    }

    private static Score Grade(PolicyAnswer answer, string expected)
    {
        if (expected.StartsWith("meeting:", StringComparison.Ordinal))
        {
            var (aspect, said) = (expected.Split(':')[1], expected.Split(':')[2]);
            if (answer.Kind != PolicyQuestionKind.JointMeeting || answer.Aspect?.ToString() != aspect) return Score.Wrong;
            return PolicyAnswerText.Render(answer).Contains(said, StringComparison.Ordinal) ? Score.Correct : Score.Partial;
        }
        var nothing = answer.Tasks.Count == 0 && answer.Units.Count == 0 && answer.Targets.Count == 0;
        if (expected == "none") return nothing ? Score.Correct : Score.Wrong;
        if (nothing) return Score.Refused;
        if (expected.StartsWith("unit:", StringComparison.Ordinal))
        {
            var names = answer.Units.Select(u => u.Unit.Name).ToList();
            var unit = expected[5..];
            return names.FirstOrDefault() == unit ? Score.Correct : names.Take(3).Contains(unit) ? Score.Partial : Score.Wrong;
        }
        if (expected.StartsWith("value:", StringComparison.Ordinal))
        {
            var value = expected[6..];
            var hits = answer.Targets.Select(t => t.Target.Value == value || t.Target.Text.Contains(value, StringComparison.Ordinal)).ToList();
            return hits.Take(3).Any(h => h) ? Score.Correct : hits.Any(h => h) ? Score.Partial : Score.Wrong;
        }
        var paths = expected.Split('/');
        var top = answer.Tasks.Select(t => t.Task.PathText).ToList();
        return top.Count > 0 && paths.Contains(top[0]) ? Score.Correct : top.Take(3).Any(paths.Contains) ? Score.Partial : Score.Wrong;
    }
}
