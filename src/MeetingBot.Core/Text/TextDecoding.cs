using System.Text;

namespace MeetingBot.Core.Text;

/// <summary>
/// Turns the bytes of an uploaded document into text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
/// read as such, and UTF-16 without one when its zero bytes say so; bytes that are not valid UTF-8 are tried as
/// GB18030 (which covers GBK and GB2312, the usual legacy encodings of mainland government sites) and as Big5
/// (Taiwan, Hong Kong), and the one whose text reads as common Chinese is taken. Anything else is refused.
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

        if (Utf16WithoutMark(bytes) is { } utf16) return Strict(new UnicodeEncoding(utf16 == "utf-16be", false, true), bytes, utf16);

        var utf8 = Strict(StrictUtf8, bytes, "utf-8");
        if (utf8.Text is not null || utf8.Error != NotDecodable) return utf8;

        // Both legacy encodings decode most byte strings: the right one reads as everyday Chinese.
        var gb = Strict(Legacy("gb18030"), bytes, "gb18030");
        var big5 = Strict(Legacy("big5"), bytes, "big5");
        var candidates = new[] { gb, big5 }.Where(d => d.Text is not null && LooksLikeChineseText(d.Text)).OrderByDescending(d => CommonShare(d.Text!)).ToList();
        if (candidates.Count > 0) return candidates[0];

        return Fail("the file is not text in UTF-8, UTF-16, GB18030/GBK or Big5; save it as UTF-8 plain text");
    }

    /// <summary>A legacy Chinese encoding that refuses bytes it cannot decode.</summary>
    public static System.Text.Encoding Legacy(string name) =>
        System.Text.Encoding.GetEncoding(name == "big5" ? "big5" : "GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    // UTF-16 text without a mark: its ASCII characters (line breaks, digits) put zero bytes in it, which UTF-8
    // and the legacy encodings never have in text. Of the two byte orders, the one that reads as Chinese is it.
    private static string? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0 || bytes.Count((byte)0) < bytes.Length / 40 + 1) return null;
        foreach (var (name, bigEndian) in new[] { ("utf-16le", false), ("utf-16be", true) })
        {
            var decoded = Strict(new UnicodeEncoding(bigEndian, false, true), bytes, name);
            if (decoded.Text is not null && LooksLikeChineseText(decoded.Text)) return name;
        }
        return null;
    }

    // Characters of everyday Chinese that both scripts share: a wrong decoding scatters into rare characters.
    private const string Common = "的一是在不了有和人中大为上个国我以要他时来用们生到作地于出就分对成会可主年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严职校院";

    private static double CommonShare(string text)
    {
        int cjk = 0, common = 0;
        foreach (var c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF') continue;
            cjk++;
            if (Common.Contains(c)) common++;
        }
        return cjk == 0 ? 0 : (double)common / cjk;
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
