using System.Text;
using MeetingBot.Core.Policy.Parsing;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// What users upload by mistake (an image, a PDF, a Word file, a Latin-1 text, an empty or cut-off file, a news
/// item with no numbering) must give a clear error naming the file and the problem: never an exception, never a
/// half-filled model. Typos in a document's dates must not crash the parse.
/// </summary>
public class MalformedInputTests
{
    public static TheoryData<string, byte[], string> BadFiles()
    {
        var random = new byte[4096];
        new Random(20240501).NextBytes(random);
        return new TheoryData<string, byte[], string>
        {
            { "empty.txt", [], "empty" },
            { "whitespace.txt", Encoding.UTF8.GetBytes("  \r\n\t\u3000\u3000\r\n \n"), "empty" },
            { "bom-only.txt", [0xEF, 0xBB, 0xBF], "empty" },
            { "utf16-bom-only.txt", [0xFF, 0xFE], "empty" },
            { "nul.bin", [0x00, 0x00, 0x41, 0x00, 0x00, 0x42, 0x0A, 0x00], "text" },
            { "random.bin", random, "text" },
            { "scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0], "text" },
            { "policy.pdf", [.. Encoding.Latin1.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"), 0x78, 0x9C, 0x00, 0x01, 0xFF], "PDF is damaged" },
            { "policy.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00], "Word file is damaged" },
            { "latin1.txt", Encoding.Latin1.GetBytes("Politique de l'éducation – résumé des mesures\nArticle 1. Champ d'application.\nArticle 2. Entrée en vigueur."), "UTF-8" },
            // a UTF-8 file (BOM) with a corrupt byte, and a UTF-16 file cut off in the middle of a character
            { "bom-corrupt.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("一、总体要求\n（一）"), 0xC3, 0x28], "UTF-8" },
            { "utf16-cut.txt", [.. WithPreamble(Encoding.Unicode, "一、总体要求\n（一）指导思想"), 0x41], "UTF-16" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_FileThatIsNotAPolicyText_FailsWithErrorNamingFileAndProblem(string name, byte[] bytes, string problem)
    {
        var result = PolicyParser.Parse(bytes, name);

        result.Succeeded.Should().BeFalse();
        result.Document.Should().BeNull("a failed parse gives no model at all");
        result.Error.Should().Contain(name).And.Contain(problem);
    }

    [Theory]
    [InlineData("近日，市教育局召开全市职业教育工作会议。会议强调，一是要提高认识，二是要狠抓落实。\n2023年，全市中职学校招生1.2万人。\n1.5万名学生参加了技能竞赛。")]
    [InlineData("一、会议时间另行通知。")]
    [InlineData("第一条　本办法自发布之日起施行。")]
    [InlineData("某某市职业教育产教融合三年行动方案\n为深化产教融合，制定本方案。")]
    public void ParseText_TextWithoutNumberedStructure_FailsSayingSo(string text)
    {
        var result = PolicyParser.ParseText(text, "prose.txt");

        result.Succeeded.Should().BeFalse(result.Document is null ? "" : Paths(result.Document));
        result.Document.Should().BeNull();
        result.Error.Should().Contain("prose.txt").And.Contain("numbered");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\r\n\u3000\t")]
    public void ParseText_EmptyText_FailsSayingItIsEmpty(string text)
    {
        var result = PolicyParser.ParseText(text, "blank.txt");

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("blank.txt").And.Contain("empty");
    }

    [Fact]
    public void ParseFile_MissingFile_FailsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-policy-{Guid.NewGuid():N}.txt");

        var result = PolicyParser.ParseFile(path);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain(path);
    }

    [Fact]
    public void ParseFile_Folder_FailsSayingItIsAFolder()
    {
        var result = PolicyParser.ParseFile(Path.GetTempPath());

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("folder");
    }

    [Theory]
    [InlineData("本办法自2023年2月29日起施行。")] // 2023 is not a leap year
    [InlineData("自2024年4月31日起执行新标准。")]  // April has 30 days
    [InlineData("从2023年6月31日开始，统一使用新版合同。")]
    [InlineData("到2024年2月30日前完成自查。")]
    [InlineData("自2023年13月起施行。")]
    public void Parse_DocumentWithImpossibleDate_ParsesWithoutCrashing(string sentence)
    {
        var text = $"一、总体要求\n（一）施行日期。{sentence}\n（二）其他事项。加强宣传引导。";

        var act = () => PolicyParser.Parse(Encoding.UTF8.GetBytes(text), "typo.txt");

        act.Should().NotThrow();
        var result = act();
        result.Succeeded.Should().BeTrue(result.Error);
        result.Document!.Task("一.一").Text.Should().Contain(sentence.TrimEnd('。'));
    }

    [Fact]
    public void Parse_HugeParagraphWithoutLineBreaks_FailsQuicklyWithError()
    {
        // A 1 MB single line (a mis-exported file): no numbered structure, and no pathological slowness.
        var text = string.Concat(Enumerable.Repeat("各成员单位要按照职责分工（责任单位：市教育局、市财政局，到2025年底前完成），", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = PolicyParser.Parse(Encoding.UTF8.GetBytes(text), "one-line.txt");

        watch.Stop();
        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("numbered");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }
}
