using System.IO.Compression;
using System.Text;
using MeetingBot.Core.Policy.Formats;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>Files an office might send that cannot be read: each refused with what to do instead, nothing half-read.</summary>
public sealed class UnreadableFileTests
{
    [Fact]
    public void Read_Word97Document_RefusedAskingForDocx()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        var result = PolicyFileReader.Read(doc, "方案.doc");

        result.Document.Should().BeNull();
        result.Error.Should().Contain(".doc").And.Contain("save it as .docx");
    }

    [Fact]
    public void Read_ZipBomb_RefusedBeforeUnpacking()
    {
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + new string(' ', 50_000_000) + "</w:body></w:document>"));

        var result = PolicyFileReader.Read(bytes, "bomb.docx");

        result.Error.Should().Contain("zip bomb");
    }

    [Fact]
    public void Read_DeeplyNestedWordXml_Refused()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 400)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 400));
        var bytes = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{nested}</w:body></w:document>"));

        var result = PolicyFileReader.Read(bytes, "deep.docx");

        result.Error.Should().Contain("nested deeper");
    }

    [Fact]
    public void Read_WordXmlWithExternalEntity_RefusedWithoutFetchingIt()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"http://127.0.0.1:9/secret\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

        var result = PolicyFileReader.Read(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", xml)), "xxe.docx");

        result.Document.Should().BeNull();
        result.Error.Should().Contain("damaged");
    }

    [Fact]
    public void Read_ExcelWorkbook_RefusedNamingWhatItIs()
    {
        var result = PolicyFileReader.Read(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "任务.docx");

        result.Error.Should().Contain("Excel");
    }

    [Fact]
    public void Read_PdfWithoutText_RefusedAsScan()
    {
        var result = PolicyFileReader.Read(BlankPdf(), "scan.pdf");

        result.Document.Should().BeNull();
        result.Error.Should().Contain("no text layer").And.Contain("no text recognition");
    }

    [Fact]
    public void Read_FileOverItsFormatsLimit_RefusedWithTheLimit()
    {
        var limits = new PolicyFileLimits { MaxTextBytes = 1024 };

        var result = PolicyFileReader.Read(Encoding.UTF8.GetBytes(new string('政', 1000)), "big.txt", limits);

        result.Error.Should().Contain("larger than the 1 KB a text file may be");
    }

    [Fact]
    public void Read_Picture_RefusedAsNotReadable()
    {
        var result = PolicyFileReader.Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], "photo.png");

        result.Error.Should().Contain("picture");
    }

    [Theory]
    [InlineData("big5")]
    [InlineData("gb18030")]
    [InlineData("utf-16le-nobom")]
    [InlineData("utf-16be-nobom")]
    public void Read_TextInAChineseEncoding_DetectedFromTheBytes(string encoding)
    {
        const string text = "一、總體要求\n（一）發展目標。到2022年，職業院校辦學條件全面達標。（牽頭單位：市教育局；責任單位：市財政局）\n二、重點任務\n（一）完善職業教育體系。";
        var bytes = encoding switch
        {
            "big5" => TextEncoding("big5").GetBytes(text),
            "gb18030" => TextEncoding("GB18030").GetBytes(text),
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.BigEndianUnicode.GetBytes(text),
        };

        var result = PolicyFileReader.Read(bytes, "plan.txt");

        result.Error.Should().BeNull();
        result.Document!.Text.Should().Be(text);
        result.Document.Encoding.Should().Be(encoding.Replace("-nobom", ""));
    }

    [Fact]
    public void Parse_GovernmentPageInGb2312_ReadsMetadataAndLeavesTheSiteOut()
    {
        var page = GovernmentPageBuilder.Page("某某市人民政府关于印发职业教育改革实施方案的通知",
            "一、总体要求\n（一）发展目标。到2022年，职业院校办学条件全面达标。（牵头单位：市教育局；责任单位：市财政局）\n二、重点任务\n（一）完善职业教育体系。（牵头单位：市教育局）",
            issuer: "某某市人民政府", number: "某政发〔2020〕7号", date: "2020-05-06").Replace("charset=\"utf-8\"", "charset=\"gb2312\"");

        var text = PolicyFileReader.Read(TextEncoding("GB18030").GetBytes(page), "page.html");
        var parsed = PolicyParser.Parse(TextEncoding("GB18030").GetBytes(page), "page.html");

        text.Document!.Encoding.Should().Be("gb18030");
        text.Document.Text.Should().NotContainAny("首页", "分享到", "网站标识码", "相关文件", "打印本页", "统计代码", "当前位置");
        parsed.Error.Should().BeNull();
        parsed.Document!.Issuer.Should().Be("某某市人民政府");
        parsed.Document.DocumentNumber.Should().Be("某政发〔2020〕7号");
        parsed.Document.Date.Should().Be(new DateOnly(2020, 5, 6));
        parsed.Document.Tasks.Should().Contain(t => t.PathText == "一.一" && t.Lead.SequenceEqual(new[] { "市教育局" }));
    }

    private static Encoding TextEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(content);
            }
        return stream.ToArray();
    }

    // A one-page PDF with nothing but a drawn rectangle, as a scanner's image-only page has no text either.
    private static byte[] BlankPdf()
    {
        var content = "0 0 1 rg 100 100 200 200 re f";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
