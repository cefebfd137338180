namespace MeetingBot.Core.Policy.Formats;

/// <summary>The kinds of file a policy document comes in, told apart by their content, never by the file name.</summary>
public enum PolicyFileFormat { Text, Docx, Pdf, Html }

/// <summary>
/// A document's text as the parser takes it — one paragraph a line, a table's rows as <c>a | b | c</c> lines — with
/// what the file said about itself (a web page's 发文机关 / 发布日期 / 文号) and how it was read.
/// </summary>
/// <param name="Encoding">The text's encoding for .txt and .html ("gb18030"), else the format's name ("docx", "pdf").</param>
public sealed record DocumentText(string Text, PolicyFileFormat Format, string Encoding);

/// <summary>A read file's text, or why it cannot be read (said to the person who gave it).</summary>
public sealed record PolicyFileResult(DocumentText? Document, string? Error)
{
    public static PolicyFileResult Ok(string text, PolicyFileFormat format, string encoding) => new(new DocumentText(text, format, encoding), null);
    public static PolicyFileResult Fail(string error) => new(null, error);
}

/// <summary>
/// How much of a file is read at most. Sizes are per format (a Word file of a 30-page plan is well under 2 MB, a
/// PDF of it under 5 MB); an Office file's parts are checked before they are unpacked, so that a zip bomb is
/// refused before it grows.
/// </summary>
public sealed record PolicyFileLimits
{
    public long MaxTextBytes { get; init; } = 4 * 1024 * 1024;
    public long MaxHtmlBytes { get; init; } = 8 * 1024 * 1024;
    public long MaxDocxBytes { get; init; } = 20 * 1024 * 1024;
    public long MaxPdfBytes { get; init; } = 30 * 1024 * 1024;
    /// <summary>All of an Office file's parts together, unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 200 * 1024 * 1024;
    /// <summary>Unpacked size over packed size of one part: XML packs about 10:1, a bomb 1000:1.</summary>
    public int MaxCompressionRatio { get; init; } = 100;
    public int MaxZipEntries { get; init; } = 2000;
    /// <summary>Elements nested in the Word document's XML (real documents stay under 30).</summary>
    public int MaxXmlDepth { get; init; } = 128;
    public int MaxPdfPages { get; init; } = 500;
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(20);

    public static PolicyFileLimits Default { get; } = new();

    /// <summary>The largest file of any accepted format: a channel downloads no more than this.</summary>
    public long MaxAnyBytes => Math.Max(Math.Max(MaxTextBytes, MaxHtmlBytes), Math.Max(MaxDocxBytes, MaxPdfBytes));

    public long MaxBytes(PolicyFileFormat format) => format switch
    {
        PolicyFileFormat.Docx => MaxDocxBytes,
        PolicyFileFormat.Pdf => MaxPdfBytes,
        PolicyFileFormat.Html => MaxHtmlBytes,
        _ => MaxTextBytes,
    };
}
