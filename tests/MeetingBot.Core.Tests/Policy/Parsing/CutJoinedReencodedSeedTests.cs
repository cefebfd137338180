using System.Text;
using MeetingBot.Core.Policy.Parsing;
using MeetingBot.Core.Tests.Policy.Robustness;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Policy.Parsing;

/// <summary>
/// A fuzz run over whole files as they arrive in practice: pieces of the seeds and of the test documents cut at any
/// character (inside a note, a table, a multi-byte character's encoding), joined in any order (a notice followed
/// by attachments of other documents), and saved as UTF-8 (with and without BOM), GB18030 or UTF-16. Every file
/// must give a whole document or a clear refusal, never an internal error. The run is deterministic (a fixed
/// seed) and bounded (a fixed number of files).
/// </summary>
public class CutJoinedReencodedSeedTests
{
    private const int Files = 240;

    private static readonly string[] Seeds =
        [SeedDocuments.Ningxia, SeedDocuments.Zhejiang, SeedDocuments.Yongnian, SeedDocuments.Shanxi, SeedDocuments.Wuhua];

    // Joints that files put between documents: an attachment heading, a table header, a signature, nothing.
    private static readonly string[] Joints =
    [
        "", "\n", "\n附件\n", "\n附件2\n", "\n附件：1．某某方案\n2．某某表\n", "\n序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限\n",
        "\n序号\n工作任务\n牵头单位\n完成时限\n1\n", "\n某某市人民政府办公室\n2024年3月1日\n", "\n抄送：市委各部门。\n",
        "\n召集人：\n成员单位：\n", "（以下各项均需", "\n1 | ", "|", "\t",
    ];

    [Fact]
    public void Parse_SeedsCutJoinedAndReencoded_NeverTripAnInternalError()
    {
        var sources = Seeds.Select(s => File.ReadAllText(Path.Combine(SeedDocuments.RepoRoot, "seeds", s)))
            .Concat(RobustnessDocuments.All.Select(RobustnessDocuments.DocumentText))
            .ToArray();
        var encodings = new Encoding[]
        {
            new UTF8Encoding(false), new UTF8Encoding(true), RobustnessDocuments.Gb18030,
            new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        var random = new Random(20261207);
        var parsed = 0;

        for (var file = 0; file < Files; file++)
        {
            var text = new StringBuilder();
            for (var piece = random.Next(1, 4); piece > 0; piece--)
            {
                text.Append(Cut(sources[random.Next(sources.Length)], random));
                text.Append(Joints[random.Next(Joints.Length)]);
            }
            var encoding = encodings[file % encodings.Length];
            var bytes = RobustnessDocuments.WithPreamble(encoding, text.ToString());
            if (random.Next(8) == 0) bytes = bytes[..random.Next(1, bytes.Length)]; // a file cut short, mid-character

            var result = PolicyParser.Parse(bytes, $"fuzz-{file}.txt");

            (result.Error ?? "").Should().NotContain(PolicyParser.InternalErrorPrefix, "file {0} ({1}) is a document, however cut", file, encoding.WebName);
            if (!result.Succeeded) continue;
            parsed++;
            var document = result.Document!;
            var lines = text.ToString().Count(c => c == '\n') + 1;
            document.Tasks.Should().OnlyContain(t => t.Path.Count > 0 && t.Line > 0 && t.Line <= lines, "every task of file {0} points at a line of it", file);
            document.Parts.Select(p => p.Label).Should().OnlyHaveUniqueItems("file {0}", file);
        }
        parsed.Should().BeGreaterThan(Files / 2, "most of the pieces are long enough to hold numbered items");
    }

    // A piece of the text from anywhere to anywhere: often a whole document, often a few lines.
    private static string Cut(string text, Random random)
    {
        if (random.Next(4) == 0) return text;
        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(text.Length - start, 4000) + 1);
        return text.Substring(start, length);
    }
}
