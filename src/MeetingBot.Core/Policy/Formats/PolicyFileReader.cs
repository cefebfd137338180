using System.Text;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// Reads a policy document from its bytes, whatever format the office has it in: told apart by content (a Word
/// file is a zip with word/document.xml, a PDF starts %PDF-, a web page has HTML tags), never by the name. A
/// Word 97 .doc, an RTF file, an image and anything over its format's size are refused with what to do instead.
/// Reading is time-boxed; a file that breaks a reader is refused, never half-read.
/// </summary>
public static partial class PolicyFileReader
{
    public static PolicyFileResult Read(byte[] bytes, string fileName, PolicyFileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= PolicyFileLimits.Default;
        if (bytes.Length == 0) return PolicyFileResult.Fail("the file is empty");
        if (Sniff(bytes) is { Refusal: { } refusal }) return PolicyFileResult.Fail(refusal);
        var format = Sniff(bytes).Format!.Value;
        if (bytes.Length > limits.MaxBytes(format))
            return PolicyFileResult.Fail($"the file is {Megabytes(bytes.Length)}, larger than the {Megabytes(limits.MaxBytes(format))} a {Name(format)} may be");

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.TimeBudget);
        try
        {
            return format switch
            {
                PolicyFileFormat.Docx => DocxReader.Read(bytes, limits, budget.Token),
                PolicyFileFormat.Pdf => PdfReader.Read(bytes, limits, budget.Token),
                PolicyFileFormat.Html => ReadHtml(bytes, budget.Token),
                _ => ReadText(bytes),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PolicyFileResult.Fail($"reading the {Name(format)} took longer than {limits.TimeBudget.TotalSeconds:0} s; it was stopped");
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return PolicyFileResult.Fail($"the {Name(format)} cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>The format of the bytes, or why such a file is not taken.</summary>
    public static (PolicyFileFormat? Format, string? Refusal) Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return (PolicyFileFormat.Docx, null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return (null, "this is a Word 97–2003 document (.doc), which cannot be read: open it in Word or WPS and save it as .docx, then send that");
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return (PolicyFileFormat.Pdf, null);
        if (bytes.StartsWith("{\\rtf"u8)) return (null, "this is an RTF file: save it as .docx and send that");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || bytes.StartsWith("GIF8"u8))
            return (null, "this is a picture: the text of a photographed or scanned page cannot be read (no text recognition); send the Word file or PDF");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || bytes.StartsWith("Rar!"u8) || bytes.StartsWith("7z"u8))
            return (null, "this is a compressed archive: send the document itself (.docx, .pdf, .html or .txt)");
        return (LooksLikeHtml(bytes) ? PolicyFileFormat.Html : PolicyFileFormat.Text, null);
    }

    /// <summary>What a person calls the format.</summary>
    public static string Name(PolicyFileFormat format) => format switch
    {
        PolicyFileFormat.Docx => "Word file",
        PolicyFileFormat.Pdf => "PDF",
        PolicyFileFormat.Html => "web page",
        _ => "text file",
    };

    private static PolicyFileResult ReadText(byte[] bytes)
    {
        var decoded = TextDecoding.Decode(bytes);
        return decoded.Text is null ? PolicyFileResult.Fail(decoded.Error!) : PolicyFileResult.Ok(decoded.Text, PolicyFileFormat.Text, decoded.Encoding!);
    }

    // A page declares its charset (gb2312 on many government sites); without one it is decoded as text is.
    private static PolicyFileResult ReadHtml(byte[] bytes, CancellationToken cancellationToken)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = Charset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
        string html, encoding;
        if (declared is "gb2312" or "gbk" or "gb18030" or "big5" && !IsUtf8(bytes))
        {
            encoding = declared == "big5" ? "big5" : "gb18030";
            html = TextDecoding.Legacy(encoding).GetString(bytes);
        }
        else
        {
            var decoded = TextDecoding.Decode(bytes);
            if (decoded.Text is null) return PolicyFileResult.Fail(decoded.Error!);
            (html, encoding) = (decoded.Text, decoded.Encoding!);
        }
        return HtmlReader.Read(html, encoding, cancellationToken);
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try { _ = new UTF8Encoding(false, true).GetString(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', 'ï', '»', '¿');
        return HtmlStart().IsMatch(head);
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    [GeneratedRegex(@"^(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
