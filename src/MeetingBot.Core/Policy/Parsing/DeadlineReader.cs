using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>A deadline expression in the text and the date it stands for.</summary>
/// <param name="Weak">A bare year opening a sentence ("2025年，普及率达到92%"): it dates the goals of that sentence,
/// but is not a deadline on its own ("2019年，启动实施…" is a date in a narrative).</param>
internal sealed record Deadline(DateOnly Date, string Text, int Index, bool Starts, bool Weak = false);

/// <summary>
/// Reads deadline expressions: 到2022年(底) → 2022-12-31, 2022年底 → 2022-12-31, 到2022年6月底 → 2022-06-30,
/// 自/从2020年起 or 2020年起 → 2020-01-01, 到"十四五"末 → 2025-12-31, 到二〇二五年 → 2025-12-31. A bare "2019年，启动…" is a date, not a
/// deadline, and is ignored.
/// </summary>
internal static partial class DeadlineReader
{
    /// <param name="planYear">The year an annual plan is for ("乌力吉旗2024年…工作方案"): it dates "9月底前".</param>
    public static List<Deadline> FindAll(string text, int? planYear = null)
    {
        var result = new List<Deadline>();
        if (planYear is { } year0)
            foreach (Match m in MonthPattern().Matches(text))
            {
                var month = int.Parse(m.Groups["m"].Value);
                var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : 0;
                if (month is < 1 or > 12 || day > DateTime.DaysInMonth(year0, month)) continue;
                result.Add(new Deadline(EndOf(year0, month, day), m.Value, m.Index, false));
            }
        if (planYear is { } year1)
            foreach (Match m in YearEndPattern().Matches(text))
                result.Add(new Deadline(new DateOnly(year1, 12, 31), m.Value, m.Index, false));
        foreach (Match m in YearPattern().Matches(text))
        {
            var year = ChineseNumerals.ParseYear(m.Groups["y"].Value) ?? 0;
            var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : 0;
            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : 0;
            // An impossible date (2023年2月29日) is a typo in the document, not a deadline.
            if (year == 0 || month > 12 || (day > 0 && day > DateTime.DaysInMonth(year, Math.Max(month, 1)))) continue;
            var from = m.Groups["from"].Success || m.Groups["since"].Success;
            var by = m.Groups["by"].Success || m.Groups["end"].Success;
            var weak = !from && !by && m.Index == 0 && month == 0 && m.Index + m.Length < text.Length && text[m.Index + m.Length] is '，' or ',';
            if (!from && !by && !weak) continue;
            var date = from ? new DateOnly(year, Math.Max(month, 1), Math.Max(day, 1)) : EndOf(year, month, day);
            result.Add(new Deadline(date, m.Value, m.Index, from, weak));
        }
        foreach (Match m in PlanPeriodPattern().Matches(text))
        {
            var plan = 10 + (m.Groups["n"].Value == "" ? 0 : ChineseNumerals.Parse(m.Groups["n"].Value) ?? 0);
            result.Add(new Deadline(new DateOnly(1955 + 5 * plan, 12, 31), m.Value, m.Index, false));
        }
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    /// <summary>The single year a plan's title names ("2024年…工作方案"); null for none or a range (2024—2026年).</summary>
    public static int? PlanYear(string? title)
    {
        if (title is null) return null;
        var years = TitleYear().Matches(title);
        return years.Count == 1 && !title.Contains('—') && !title.Contains('－') ? int.Parse(years[0].Groups["y"].Value) : null;
    }

    private static DateOnly EndOf(int year, int month, int day)
    {
        if (month == 0) return new DateOnly(year, 12, 31);
        var last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, day == 0 ? last : Math.Min(day, last));
    }

    [GeneratedRegex(@"(?:(?:(?<by>到|至|截至|截止到|截止|力争到)|(?<from>自|从))\s*)?(?<y>(?:19|20)\d{2}|[二][〇零][〇零一二三四五六七八九]{2})\s*年(?:(?<m>\d{1,2})\s*月(?:(?<d>\d{1,2})\s*日)?)?(?:(?<end>底|末|年底|前|以前|之前|年末)|(?<since>起|开始|以来))?")]
    private static partial Regex YearPattern();

    // "年底前完成" in an annual plan: the end of the plan's year (a year written before it is read above).
    [GeneratedRegex(@"(?<![\d〇零一二两三四五六七八九十百当去明后])(?:年底|年末)(?:前|以前|之前)?|(?<![\d〇零一二两三四五六七八九十百当去明后])年内")]
    private static partial Regex YearEndPattern();

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})\s*年")]
    private static partial Regex TitleYear();

    // "9月底前", "到10月底": a month without its year, by wording only (a bare "3月" is a date in a narrative).
    [GeneratedRegex(@"(?<![\d年])(?:(?:到|至|截至|截止到|截止)\s*(?<m>\d{1,2})\s*月(?:(?<d>\d{1,2})\s*日)?(?:底|末)?(?:前|以前|之前)?|(?<m>\d{1,2})\s*月(?:(?<d>\d{1,2})\s*日)?(?:底前|末前|前|以前|之前|底))")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"(?:到|至|在)?[“""「]?十(?<n>[一二三四五六七八九]?)五[”""」]?(?:规划)?(?:末|期末|时期末|期间|末期)")]
    private static partial Regex PlanPeriodPattern();
}
