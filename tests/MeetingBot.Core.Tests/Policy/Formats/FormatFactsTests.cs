using MeetingBot.Core.Policy.Parsing;
using MeetingBot.Core.Tests.Policy.Seeds;
using Xunit.Abstractions;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// The same document in every format gives the same facts: each seed as a Word file (automatic numbering), as a
/// PDF LibreOffice exported from that Word file (page headers, footers, numbers, line and page breaks), and as a
/// saved government web page (site chrome around it) is measured against the seed's .txt.
/// </summary>
public sealed class FormatFactsTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> SeedsInFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in FormatCorpus.Seeds)
            foreach (var format in new[] { "docx", "pdf", "html" })
                data.Add(seed, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsInFormats))]
    public void Parse_SeedInAnotherFormat_RecoversTheFactsOfItsText(string seed, string format)
    {
        var expected = SeedDocuments.Load(seed);

        var parsed = PolicyParser.Parse(FormatCorpus.Bytes(seed, format), Path.ChangeExtension(seed, format));

        parsed.Succeeded.Should().BeTrue(parsed.Error);
        var (recall, missing, extra) = PolicyFacts.Compare(expected, parsed.Document!);
        output.WriteLine($"{seed} as {format}: {recall:P1} of {PolicyFacts.Of(expected).Count} facts; {missing.Count} missing, {extra.Count} extra");
        foreach (var m in missing.Take(15)) output.WriteLine("  missing " + m);
        foreach (var e in extra.Take(15)) output.WriteLine("  extra   " + e);
        recall.Should().Be(1, "every task, unit, target and the joint-meeting clause of the .txt should be read from the {0}", format);
        extra.Should().BeEmpty();
        parsed.Document!.Title.Should().Be(expected.Title);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("html")]
    public void Parse_TaskTableInAnotherFormat_GivesEachRowsUnitsAndDeadline(string format)
    {
        var expected = PolicyParser.ParseText(TaskTableDocument.Text(), "task-table.txt");
        expected.Succeeded.Should().BeTrue(expected.Error);
        var bytes = format == "html"
            ? System.Text.Encoding.UTF8.GetBytes(GovernmentPageBuilder.Page("某某市职业教育提质培优行动计划（2021—2023年）", TaskTableDocument.Text()))
            : FormatCorpus.Bytes("task-table", format);

        var parsed = PolicyParser.Parse(bytes, "task-table." + format);

        parsed.Succeeded.Should().BeTrue(parsed.Error);
        var (recall, missing, extra) = PolicyFacts.Compare(expected.Document!, parsed.Document!);
        output.WriteLine($"task table as {format}: {recall:P1}; missing: {string.Join(" / ", missing)}; extra: {string.Join(" / ", extra)}");
        missing.Should().BeEmpty();
        extra.Should().BeEmpty();
        // The merged lead cell leads every task it spans, and a unit per line in a cell is a list of units.
        parsed.Document!.Tasks.Should().HaveCount(8);
        parsed.Document.Tasks[1].Lead.Should().Equal("市教育局");
        parsed.Document.Tasks[3].Responsible.Should().Equal("市教育局", "市税务局", "市工业和信息化局");
    }
}
