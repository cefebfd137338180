using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Core.Tests.Reporting;

public class RoundExportTests
{
    private static readonly RoundReadModels Round = SeedRound.Build();

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    private static List<string[]> Rows(WorksheetPart part) =>
        part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r =>
        {
            var cells = new string[r.Elements<Cell>().Select(c => ColumnIndex(c.CellReference!.Value!)).DefaultIfEmpty(-1).Max() + 1];
            foreach (var c in r.Elements<Cell>()) cells[ColumnIndex(c.CellReference!.Value!)] = c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
            return cells;
        }).ToList();

    private static int ColumnIndex(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;

    private static WorksheetPart SheetNamed(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    [Theory]
    [InlineData(Lang.Zh)]
    [InlineData(Lang.En)]
    public void Xlsx_PassesTheOpenXmlValidator(Lang lang)
    {
        using var document = Open(RoundExport.WriteXlsx(Round, lang));

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Fact]
    public void Xlsx_HasASheetPerView_HeaderFrozen()
    {
        using var document = Open(RoundExport.WriteXlsx(Round, Lang.Zh));

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("提交情况", "报告内容", "目标进度");
        foreach (var part in document.WorkbookPart.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.Should().Be(1, "the header row stays in view");
        }
    }

    [Fact]
    public void Xlsx_StatusSheet_IsTheMatrixOfTheStore()
    {
        using var document = Open(RoundExport.WriteXlsx(Round, Lang.Zh));
        var rows = Rows(SheetNamed(document, "提交情况"));

        rows[0].Take(4).Should().Equal("单位", "提交情况", "已填/应报任务", "首次提交时间");
        rows[0].Skip(4).Should().HaveCount(Round.Status.Tasks.Count);
        rows.Skip(1).Select(r => r[0]).Should().Equal(Round.Status.Units.Select(u => u.UnitName));
        for (var u = 0; u < Round.Status.Units.Count; u++)
            for (var t = 0; t < Round.Status.Tasks.Count; t++)
            {
                var cell = Round.Status.Units[u].Cells[t];
                var shown = 4 + t < rows[u + 1].Length ? rows[u + 1][4 + t] ?? "" : "";
                shown.Should().Be(cell == ReportCell.NotAsked ? "" : Replies.CellName(Lang.Zh, cell));
            }
    }

    [Fact]
    public void Xlsx_ColumnsFitChineseText_NarrativesWrapped()
    {
        using var document = Open(RoundExport.WriteXlsx(Round, Lang.Zh));
        var part = SheetNamed(document, "报告内容");
        var widths = part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        var longestUnit = Round.Status.Units.Max(u => u.UnitName.Length);

        widths[1].Should().BeGreaterThanOrEqualTo(longestUnit * 2, "a Chinese character is two columns wide");
        widths[6].Should().BeLessThanOrEqualTo(80, "long narratives wrap instead of running off the screen");
        Rows(part).Should().Contain(r => r.Length > 6 && r[6] == SeedRound.PastedNarrative.Replace("\u0007", "").Replace("\r\n", "\n"), "a cell keeps the line breaks, as Excel writes them");
    }

    [Fact]
    public void Csv_HasABom_AndNarrativesWithCommasQuotesAndLineBreaksRoundTrip()
    {
        var csv = RoundExport.WriteCsv(Round, Lang.Zh);

        csv.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        var records = ParseCsv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        records[0].Should().Equal("任务", "单位", "职责", "提交情况", "进展状态", "数据", "进展说明");
        records.Should().HaveCount(1 + Round.Brief.Tasks.Sum(t => t.Units.Count));
        records.Should().Contain(r => r[6] == SeedRound.PastedNarrative.Replace("\u0007", ""));
    }

    [Fact]
    public void Csv_AFieldThatWouldBeAFormula_StaysText()
    {
        var sheet = new MeetingBot.Core.Reporting.Documents.SheetTable("s", ["a"], [["=HYPERLINK(\"http://x\")"]]);

        ParseCsv(Encoding.UTF8.GetString(Csv.Write(sheet)[3..]))[1][0].Should().Be("'=HYPERLINK(\"http://x\")");
    }

    [Fact]
    public void Responsibilities_AreATaskByUnitGridOfLeadAndShared()
    {
        var jm = SeedRound.Snapshot().JointMeeting.Value;
        var bytes = ResponsibilityExport.Xlsx(jm, Lang.Zh).Content;
        using var document = Open(bytes);

        new OpenXmlValidator().Validate(document).Should().BeEmpty();
        var rows = Rows(document.WorkbookPart!.WorksheetParts.Single());
        var task = jm.Tasks.First(t => t.LeadUnitIds.Count > 0 && t.ResponsibleUnitIds.Count > 0);
        var row = rows.Single(r => r[0].StartsWith(task.Id.Split('@')[0] + " ", StringComparison.Ordinal));
        var lead = jm.Units.First(u => u.Id == task.LeadUnitIds[0]).Name;
        var shared = jm.Units.First(u => u.Id == task.ResponsibleUnitIds[0]).Name;
        row[Array.IndexOf(rows[0], lead)].Should().Be("牵头");
        row[Array.IndexOf(rows[0], shared)].Should().Be("参与");
    }

    // RFC 4180: fields separated by commas, records by CRLF; a quoted field holds commas, line breaks and doubled quotes.
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { fields.Add(field.ToString()); field.Clear(); records.Add([.. fields]); fields.Clear(); i++; }
            else field.Append(c);
        }
        return records;
    }
}
