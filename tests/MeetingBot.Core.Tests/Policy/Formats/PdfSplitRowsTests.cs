using MeetingBot.Core.Policy.Formats;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// A 任务分工表 continued on the next page, as PdfTables reads the two pages of LibreOffice's export: a lead unit
/// merged down several rows runs on past the break, and the row at the break is split in two — its second part,
/// at the top of the next page, has no 序号. It is the rest of that row, not a task of its own.
/// </summary>
public sealed class PdfSplitRowsTests
{
    private static readonly GridCell[] Header = [new("序号"), new("工作任务"), new("牵头单位"), new("责任单位"), new("完成时限")];

    [Fact]
    public void Join_RowSplitUnderAMergedLeadCell_ContinuesTheRowBeforeTheBreak()
    {
        // Page 1: a lead merged down rows 1–4; row 3 is cut by the page break. Its cells before the break have no
        // lead cell of their own (the merged cell from row 1 covers that column), so they are one cell short.
        var pageOne = Table(
            Header,
            [new("1"), new("整合中等职业学校资源。"), new("市教育局", RowSpan: 3), new("市财政局"), new("2022年底前")],
            [new("2"), new("推进职业院校标准化建设。"), new("市自然资源局"), new("2023年底前")],
            [new("3"), new("落实重点任务，建设高水平专业"), new("市财政局、市工业"), new("2022年")]);
        // Page 2: the header repeated, the rest of row 3 (no 序号; the lead cell, printed once above, empty and
        // merged down the rows still under it), row 4, then row 5 with a lead of its own.
        var pageTwo = Table(
            Header,
            [new(""), new("群和实训基地。"), new("", RowSpan: 2), new("和信息化局"), new("底前")],
            [new("4"), new("组建职业教育集团。"), new("市国资委"), new("2022年底前")],
            [new("5"), new("支持企业参与举办职业教育。"), new("市发展改革委"), new("市财政局"), new("持续推进")]);

        PdfSplitRows.Join(pageOne, pageTwo, row => row.Select(c => c.Text).SequenceEqual(Header.Select(c => c.Text)));

        var headers = new HashSet<string>();
        var lines = TableGrid.Lines(pageOne.Rows, headers).Concat(TableGrid.Lines(pageTwo.Rows, headers)).ToList();
        lines.Should().Equal(
            "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限",
            "1 | 整合中等职业学校资源。 | 市教育局 | 市财政局 | 2022年底前",
            "2 | 推进职业院校标准化建设。 | 市教育局 | 市自然资源局 | 2023年底前",
            "3 | 落实重点任务，建设高水平专业群和实训基地。 | 市教育局 | 市财政局、市工业和信息化局 | 2022年底前",
            "4 | 组建职业教育集团。 | 市教育局 | 市国资委 | 2022年底前",
            "5 | 支持企业参与举办职业教育。 | 市发展改革委 | 市财政局 | 持续推进");
    }

    [Fact]
    public void Join_UnitsOnePerLineSplitByTheBreak_StayAListOfUnits()
    {
        var pageOne = Table(Header, [new("1"), new("建设市级高水平专业群。"), new("市教育局"), new("市发展改革委"), new("2022年")]);
        var pageTwo = Table(Header, [new(""), new(""), new(""), new("市财政局"), new("底前")], [new("2"), new("培育产教融合型企业。"), new("市发展改革委"), new("市税务局"), new("2021年底前")]);

        PdfSplitRows.Join(pageOne, pageTwo, row => row.Select(c => c.Text).SequenceEqual(Header.Select(c => c.Text)));

        var headers = new HashSet<string>();
        TableGrid.Lines(pageOne.Rows, headers).Concat(TableGrid.Lines(pageTwo.Rows, headers)).Should().Equal(
            "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限",
            "1 | 建设市级高水平专业群。 | 市教育局 | 市发展改革委、市财政局 | 2022年底前",
            "2 | 培育产教融合型企业。 | 市发展改革委 | 市税务局 | 2021年底前");
    }

    [Fact]
    public void Join_RowStartingAtTheTopOfThePage_IsATaskOfItsOwnUnderTheMergedLead()
    {
        var pageOne = Table(Header, [new("1"), new("整合中等职业学校资源。"), new("市教育局", RowSpan: 1), new("市财政局"), new("2022年底前")]);
        var pageTwo = Table(Header, [new("2"), new("推进职业院校标准化建设。"), new(""), new("市自然资源局"), new("2023年底前")]);

        PdfSplitRows.Join(pageOne, pageTwo, row => row.Select(c => c.Text).SequenceEqual(Header.Select(c => c.Text)));

        var headers = new HashSet<string>();
        TableGrid.Lines(pageOne.Rows, headers).Concat(TableGrid.Lines(pageTwo.Rows, headers)).Should().Equal(
            "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限",
            "1 | 整合中等职业学校资源。 | 市教育局 | 市财政局 | 2022年底前",
            "2 | 推进职业院校标准化建设。 | 市教育局 | 市自然资源局 | 2023年底前");
    }

    private static PdfTable Table(params GridCell[][] rows) => new(800, 100, 50, 550, [.. rows.Select(r => (IReadOnlyList<GridCell>)r)]);
}
