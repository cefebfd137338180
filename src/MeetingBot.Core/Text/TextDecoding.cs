using System.Text;

namespace MeetingBot.Core.Text;

/// <summary>
/// Turns the bytes of an uploaded document into text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
/// read as such; bytes that are not valid UTF-8 are tried as GB18030, the usual legacy encoding of Chinese
/// government sites, and accepted only if the result reads as Chinese text. Anything else is refused.
/// </summary>
public static class TextDecoding
{
    public sealed record Decoded(string? Text, string? Encoding, string? Error);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Fail("the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Marked(Strict(StrictUtf8, bytes[3..], "utf-8"), "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Marked(Strict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le"), "UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Marked(Strict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be"), "UTF-16");

        var utf8 = Strict(StrictUtf8, bytes, "utf-8");
        if (utf8.Text is not null || utf8.Error != NotDecodable) return utf8;

        var gb18030 = System.Text.Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var legacy = Strict(gb18030, bytes, "gb18030");
        if (legacy.Text is not null && LooksLikeChineseText(legacy.Text)) return legacy;

        return Fail("the file is not UTF-8 text (nor Chinese text in GB18030); save it as UTF-8 plain text");
    }

    private const string NotDecodable = "not decodable";

    // A byte-order mark names the encoding, so bytes that break it mean a damaged file.
    private static Decoded Marked(Decoded decoded, string encoding) => decoded.Error == NotDecodable
        ? Fail($"the file starts with a {encoding} byte-order mark but is not valid {encoding} (damaged or cut short)")
        : decoded;

    private static Decoded Strict(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        string text;
        try { text = encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return Fail(NotDecodable); }

        if (HasBinaryControlCharacters(text))
            return Fail($"the file is not a text document (it contains binary control characters)");
        if (string.IsNullOrWhiteSpace(text.Replace('\u3000', ' ').Replace('\uFEFF', ' ')))
            return Fail("the file is empty");
        return new Decoded(text, name, null);
    }

    private static bool HasBinaryControlCharacters(string text)
    {
        foreach (var c in text)
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) return true;
        return false;
    }

    // GB18030 decodes many byte sequences; only accept it when most non-ASCII characters are CJK text.
    private static bool LooksLikeChineseText(string text)
    {
        int nonAscii = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') cjk++;
        }
        return nonAscii > 0 && cjk >= nonAscii * 0.9;
    }

    private static Decoded Fail(string error) => new(null, null, error);
}
