namespace MeetingBot.Core.Text;

/// <summary>Chinese numerals as written in documents: 一, 十一, 二十五, 一百零五, 两, and digit-by-digit years (二〇二〇).</summary>
public static class ChineseNumerals
{
    public const string Digits = "零〇一二两三四五六七八九十百千";

    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        int total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十': section += (digit < 0 ? 1 : digit) * 10; digit = -1; break;
                case '百': if (digit < 0) return null; section += digit * 100; digit = -1; break;
                case '千': if (digit < 0) return null; section += digit * 1000; digit = -1; break;
                default:
                    var d = DigitValue(c);
                    if (d < 0) return null;
                    if (digit > 0 && d > 0) return null; // "二三" is not a number
                    digit = d;
                    break;
            }
        }
        total += section + (digit < 0 ? 0 : digit);
        return total;
    }

    /// <summary>Reads a year written digit by digit (二〇二〇) or in Arabic digits.</summary>
    public static int? ParseYear(ReadOnlySpan<char> text)
    {
        if (text.Length != 4) return null;
        var year = 0;
        foreach (var c in text)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : DigitValue(c);
            if (d < 0 || c == '两') return null;
            year = year * 10 + d;
        }
        return year;
    }

    public static string Format(int value)
    {
        if (value <= 0 || value > 9999) throw new ArgumentOutOfRangeException(nameof(value));
        const string names = "零一二三四五六七八九";
        var units = new[] { "千", "百", "十", "" };
        var digits = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        var result = new System.Text.StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < 4; i++)
        {
            if (digits[i] == 0) { pendingZero = result.Length > 0; continue; }
            if (pendingZero) { result.Append('零'); pendingZero = false; }
            // 10–19 are written 十, 十一 … without a leading 一.
            if (!(i == 2 && digits[i] == 1 && result.Length == 0)) result.Append(names[digits[i]]);
            result.Append(units[i]);
        }
        return result.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };
}
