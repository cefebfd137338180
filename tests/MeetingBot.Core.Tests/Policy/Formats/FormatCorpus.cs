using System.Collections.Concurrent;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// Every seed in every format, built once per test run: its .txt as it is, a Word file made from it with the
/// OpenXml SDK, that Word file exported to PDF by LibreOffice, and a government web page around it.
/// </summary>
internal static class FormatCorpus
{
    public static readonly string[] Seeds = [SeedDocuments.Ningxia, SeedDocuments.Zhejiang, SeedDocuments.Yongnian, SeedDocuments.Shanxi, SeedDocuments.Wuhua];

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Words = new(() =>
        Seeds.ToDictionary(s => Path.GetFileNameWithoutExtension(s), s => WordDocumentBuilder.FromText(Text(s), "职业教育改革发展实施方案").Build())
            .Concat([new KeyValuePair<string, byte[]>("task-table", TaskTableDocument.Word())]).ToDictionary());

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Pdfs = new(() => LibreOffice.ToPdf(Words.Value));

    public static string Text(string seed) => File.ReadAllText(Path.Combine(SeedDocuments.RepoRoot, "seeds", seed));

    public static byte[] Bytes(string seed, string format) => format switch
    {
        "txt" => File.ReadAllBytes(Path.Combine(SeedDocuments.RepoRoot, "seeds", seed)),
        "docx" => Words.Value[Key(seed)],
        "pdf" => Pdfs.Value[Key(seed)],
        "html" => System.Text.Encoding.UTF8.GetBytes(GovernmentPageBuilder.Page(SeedDocuments.Load(seed).Title, Text(seed))),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static string Key(string seed) => seed == "task-table" ? seed : Path.GetFileNameWithoutExtension(seed);
}
