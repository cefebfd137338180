using System.Text;
using MeetingBot.Core.Policy.Parsing;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// The same document saved the ways real files come: CRLF (Windows), lone CR, UTF-8 with a BOM, UTF-16 with a BOM
/// (Notepad's "Unicode"), GB18030/GBK (the usual legacy encoding of Chinese government sites), hard-wrapped text
/// copied out of a PDF. The model must not change, line numbers included; only the reported encoding does.
/// </summary>
public class EncodingAndLineEndingTests
{
    public static TheoryData<string, string> DocumentsAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var doc in All)
            foreach (var variant in new[] { "crlf", "cr", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030", "gb18030-crlf" })
                data.Add(doc, variant);
        return data;
    }

    private static byte[] Bytes(string text, string variant) => variant switch
    {
        "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        "cr" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r")),
        "utf-8-bom" => WithPreamble(Encoding.UTF8, text),
        "utf-16le-bom" => WithPreamble(Encoding.Unicode, text),
        "utf-16be-bom" => WithPreamble(Encoding.BigEndianUnicode, text),
        "gb18030" => Gb18030.GetBytes(text),
        "gb18030-crlf" => Gb18030.GetBytes(text.Replace("\n", "\r\n")),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    [Theory]
    [MemberData(nameof(DocumentsAndVariants))]
    public void Parse_DocumentInOtherEncodingOrLineEndings_GivesTheSameModel(string document, string variant)
    {
        var text = DocumentText(document);
        var expected = PolicyParser.Parse(Encoding.UTF8.GetBytes(text), document);
        expected.Succeeded.Should().BeTrue(expected.Error);

        var actual = PolicyParser.Parse(Bytes(text, variant), document);

        actual.Succeeded.Should().BeTrue("the {0} version should parse like the UTF-8 one, but: {1}", variant, actual.Error);
        ComparableJson(actual.Document!).Should().Be(ComparableJson(expected.Document!));
    }

    [Theory]
    [InlineData("utf-8-bom", "utf-8")]
    [InlineData("crlf", "utf-8")]
    [InlineData("utf-16le-bom", "utf-16le")]
    [InlineData("utf-16be-bom", "utf-16be")]
    [InlineData("gb18030", "gb18030")]
    public void Parse_DocumentInEncoding_ReportsTheEncoding(string variant, string encoding)
    {
        var result = PolicyParser.Parse(Bytes(DocumentText(FourLevels), variant), FourLevels);

        result.Succeeded.Should().BeTrue(result.Error);
        result.Document!.Encoding.Should().Be(encoding);
    }

    [Fact]
    public void ParseFile_Gb18030FileWithCrlf_ParsesWithLineNumbersOfTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-gb18030-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, Gb18030.GetBytes(DocumentText(FourLevels).Replace("\n", "\r\n")));

            var result = PolicyParser.ParseFile(path);

            result.Succeeded.Should().BeTrue(result.Error);
            result.Document!.Encoding.Should().Be("gb18030");
            result.Document.Title.Should().Be("某某市人民政府关于加快推进现代职业教育高质量发展的实施意见");
            result.Document.Task("二.二.1.3").Line.Should().Be(20);
            result.Document.Task("二.二.2").Lead.Should().Equal("市教育局");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_FullWidthDigitsInGb18030_ReadAsNumbers()
    {
        // "到２０２５年…比例达到60%以上" in line 9, encoded GB18030 (full-width digits are two-byte characters there).
        var result = PolicyParser.Parse(Gb18030.GetBytes(DocumentText(FourLevels)), FourLevels);

        result.Succeeded.Should().BeTrue(result.Error);
        result.Document!.Task("一.二").Targets.Should().Contain(t => t.Value == "60%以上" && t.Deadline == new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void Parse_HardWrappedTextFromPdf_GivesTheSameTasksUnitsAndTargets()
    {
        // Text copied out of a PDF breaks every line at the page width, in the middle of sentences and of notes
        // ("…市人力资源和社" ⏎ "会保障局；…"). Line numbers change; nothing else may.
        var text = DocumentText(WorkPlanNotes);
        var wrapped = string.Join("\n", text.Split('\n').SelectMany(line => Wrap(line, 28)));

        var plain = Ok(text);
        var hard = Ok(wrapped, WorkPlanNotes);

        Summary(hard).Should().Equal(Summary(plain));
        hard.Units.Select(u => u.Name).Should().Equal(plain.Units.Select(u => u.Name));
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        for (var i = 0; i < line.Length; i += width) yield return line[i..Math.Min(line.Length, i + width)];
        if (line.Length == 0) yield return "";
    }

    private static IEnumerable<string> Summary(MeetingBot.Core.Policy.Model.PolicyDocument doc) => doc.Tasks.Select(t =>
        $"{t.PathText} {t.Title} L={string.Join("|", t.Lead)} R={string.Join("|", t.Responsible)} {t.Assignment} " +
        string.Join(";", t.Targets.Select(x => $"{x.Value}@{x.Deadline}")));

    [Fact]
    public void Parse_Big5TraditionalChineseDocument_ParsesCorrectlyOrSaysItCannotReadTheEncoding()
    {
        // A Hong Kong / Macau / Taiwan document saved in Big5: misreading it as GB18030 would give mojibake.
        const string text = "職業教育發展計劃\n一、總體目標\n到2025年，建成高水平職業院校10所。\n二、主要任務\n（一）完善課程體系。（責任單位：教育局）\n";
        var result = PolicyParser.Parse(Encoding.GetEncoding("big5").GetBytes(text), "big5.txt");

        if (result.Succeeded)
            result.Document!.Title.Should().Be("職業教育發展計劃");
        else
            result.Error.Should().Contain("big5.txt").And.Contain("UTF-8");
    }

    [Fact]
    public void Parse_Utf16WithoutBom_ParsesCorrectlyOrSaysItIsNotText()
    {
        var result = PolicyParser.Parse(Encoding.Unicode.GetBytes(DocumentText(FourLevels)), "utf16.txt");

        if (result.Succeeded)
            result.Document!.Title.Should().Be("某某市人民政府关于加快推进现代职业教育高质量发展的实施意见");
        else
            result.Error.Should().Contain("utf16.txt").And.ContainAny("text", "UTF");
    }

    [Fact]
    public void ParseText_StringStartingWithBomAndUsingMixedLineEndings_GivesTheSameModel()
    {
        // A string read without BOM handling, then edited on two systems: "\uFEFF" first, "\r\n" and "\n" mixed.
        var text = DocumentText(WorkPlanNotes);
        var lines = text.Split('\n');
        var mixed = "\uFEFF" + string.Concat(lines.Select((l, i) => l + (i % 2 == 0 ? "\r\n" : "\n")));

        ComparableJson(Ok(mixed, WorkPlanNotes)).Should().Be(ComparableJson(Ok(text, WorkPlanNotes)));
    }
}
