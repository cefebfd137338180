using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Core.Tests.Reporting;

public class BriefDocumentTests
{
    private static readonly RoundReadModels Round = SeedRound.Build();

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    [Theory]
    [InlineData(Lang.Zh)]
    [InlineData(Lang.En)]
    public void Write_PassesTheOpenXmlValidator(Lang lang)
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, lang));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Write_HeadingsAreWordHeadings_OneSectionEach_OneSubheadingPerTask()
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, Lang.Zh));
        var body = document.MainDocumentPart!.Document.Body!;

        string[] Headings(string style) => body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText).ToArray();

        Headings("Heading1").Should().Equal("一、报告提交情况", "二、建议会议研究的事项", "三、各项任务进展情况");
        Headings("Heading2").Should().Equal(Round.Brief.Tasks.Select(t => TaskNumbers.Label(t.Task, Lang.Zh)));
        Headings("Title").Should().Equal("永年区职业教育工作联席会议", "会议简报");

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var heading1 = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        heading1.StyleName!.Val!.Value.Should().Be("heading 1", "Word's navigation pane knows its own heading styles by name");
        heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value.Should().Be(0);
        heading1.StyleRunProperties!.RunFonts!.EastAsia!.Value.Should().Be("黑体");
        styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value.Should().Be("仿宋");
    }

    [Fact]
    public void Write_CompletenessTable_HasAUnitPerRow_WithTheStateOfTheStore()
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, Lang.Zh));
        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().First();

        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

        rows[0].Should().Equal("单位", "提交情况", "已填/应报任务", "首次提交时间");
        rows.Skip(1).Select(r => r[0]).Should().Equal(Round.Status.Units.Select(u => u.UnitName));
        rows.Skip(1).Select(r => r[1]).Should().Equal(Round.Status.Units.Select(u => Replies.CellName(Lang.Zh, u.State)));
        rows.Count(r => r[1] == "逾期提交").Should().Be(1);
        rows.Count(r => r[1] == "仅草稿").Should().Be(1);
        table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull("the header repeats on every page");
    }

    [Fact]
    public void Write_TargetsCarryFiguresAndPace_NarrativesAreCleanParagraphs()
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, Lang.Zh));
        var text = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var tables = document.MainDocumentPart.Document.Body.Elements<Table>().Skip(1).ToList();

        var target = Round.Brief.Tasks.SelectMany(t => t.Targets).First(t => t.Figure is not null);
        tables.SelectMany(t => t.Elements<TableRow>()).Should().Contain(r => r.InnerText.Contains(target.Target.Text) && r.InnerText.Contains(target.Figure!)
            && r.InnerText.Contains(Replies.PaceName(Lang.Zh, target.Pace.Mark)));
        text.Should().Contain("二、存在\"编制不足\"问题。", "the control character is dropped, the quotes are kept");
        text.IndexOf("三、下一步：继续推进").Should().Be(text.IndexOf("二、存在\"编制不足\"问题。") + 1, "blank lines of a narrative are not paragraphs");
    }

    [Fact]
    public void Write_A4_WithPageNumbersInTheFooter()
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, Lang.Zh));
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;

        section.GetFirstChild<PageSize>()!.Width!.Value.Should().Be(11906u);
        section.GetFirstChild<PageSize>()!.Height!.Value.Should().Be(16838u);
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).Should().Equal("PAGE", "NUMPAGES");
        footer.InnerText.Should().StartWith("第").And.EndWith("页");
    }

    [Fact]
    public void Write_AgendaNamesTheTaskAtRisk_AndTheUnreportedOnes()
    {
        using var document = Open(BriefDocument.Write(Round.Brief, Round.Status, Lang.Zh));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var agenda = paragraphs.SkipWhile(p => p != "二、建议会议研究的事项").Skip(1).TakeWhile(p => p != "三、各项任务进展情况").ToList();

        var atRisk = Round.Brief.Tasks.First(t => t.AtRisk);
        agenda.Should().Contain(p => p.Contains(TaskNumbers.Label(atRisk.Task, Lang.Zh)) && p.Contains("有单位报告存在风险"));
        agenda.Count(p => p.Contains("无单位报告")).Should().Be(Round.Brief.Tasks.Count(t => t.Unreported));
        agenda.Should().HaveCount(Round.Brief.Agenda.Count);
    }
}
