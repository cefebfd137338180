using System.Text;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>A list counter written the way Word writes it for a numbering format (w:numFmt).</summary>
internal static class NumberFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>The counter in the format; null for a bullet or "none" (no label a reader would cite).</summary>
    public static string? Format(int value, string? format) => format switch
    {
        null or "decimal" => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => new string(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')).ToArray()),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalEnclosedParen" when value is >= 1 and <= 20 => ((char)('⑴' + value - 1)).ToString(),
        "decimalEnclosedFullstop" when value is >= 1 and <= 20 => ((char)('⒈' + value - 1)).ToString(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "ideographDigital" => Chinese(value, ChineseDigits, "十百千"),
        "chineseLegalSimplified" => Chinese(value, LegalDigits, "拾佰仟"),
        "ideographTraditional" when value is >= 1 and <= 10 => HeavenlyStems[value - 1].ToString(),
        "ideographZodiac" when value is >= 1 and <= 12 => EarthlyBranches[value - 1].ToString(),
        "bullet" or "none" => null,
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // 1 一, 10 十, 11 十一, 20 二十, 105 一百〇五: as official documents count.
    private static string Chinese(int value, string digits, string units)
    {
        if (value <= 0) return digits[0].ToString();
        if (value >= 10_000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var places = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var d = places[i];
            if (d == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append(digits[0]);
            zero = false;
            // "十一", not "一十一", when ten leads.
            if (!(i == 2 && d == 1 && text.Length == 0)) text.Append(digits[d]);
            if (i < 3) text.Append(units[2 - i]);
        }
        return text.ToString();
    }

    private static string Letters(int value, char first)
    {
        if (value <= 0) return "";
        // Word repeats the letter: 27 is AA, 28 BB.
        return new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (int, string)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (n, s) in numerals)
            while (value >= n) { text.Append(s); value -= n; }
        return text.ToString();
    }
}
