using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>A deadline expression in the text and the date it stands for.</summary>
internal sealed record Deadline(DateOnly Date, string Text, int Index, bool Starts);

/// <summary>
/// Reads deadline expressions: 到2022年(底) → 2022-12-31, 2022年底 → 2022-12-31, 到2022年6月底 → 2022-06-30,
/// 自/从2020年起 or 2020年起 → 2020-01-01, 到"十四五"末 → 2025-12-31, 到二〇二五年 → 2025-12-31. A bare "2019年，启动…" is a date, not a
/// deadline, and is ignored.
/// </summary>
internal static partial class DeadlineReader
{
    public static List<Deadline> FindAll(string text)
    {
        var result = new List<Deadline>();
        foreach (Match m in YearPattern().Matches(text))
        {
            var year = ChineseNumerals.ParseYear(m.Groups["y"].Value) ?? 0;
            var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : 0;
            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : 0;
            // An impossible date (2023年2月29日) is a typo in the document, not a deadline.
            if (year == 0 || month > 12 || (day > 0 && day > DateTime.DaysInMonth(year, Math.Max(month, 1)))) continue;
            var from = m.Groups["from"].Success || m.Groups["since"].Success;
            var by = m.Groups["by"].Success || m.Groups["end"].Success;
            if (!from && !by) continue;
            var date = from ? new DateOnly(year, Math.Max(month, 1), Math.Max(day, 1)) : EndOf(year, month, day);
            result.Add(new Deadline(date, m.Value, m.Index, from));
        }
        foreach (Match m in PlanPeriodPattern().Matches(text))
        {
            var plan = 10 + (m.Groups["n"].Value == "" ? 0 : ChineseNumerals.Parse(m.Groups["n"].Value) ?? 0);
            result.Add(new Deadline(new DateOnly(1955 + 5 * plan, 12, 31), m.Value, m.Index, false));
        }
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    private static DateOnly EndOf(int year, int month, int day)
    {
        if (month == 0) return new DateOnly(year, 12, 31);
        var last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, day == 0 ? last : Math.Min(day, last));
    }

    [GeneratedRegex(@"(?:(?<by>到|至|截至|截止到|截止|力争到)|(?<from>自|从))?\s*(?<y>(?:19|20)\d{2}|[二][〇零][〇零一二三四五六七八九]{2})\s*年(?:(?<m>\d{1,2})\s*月(?:(?<d>\d{1,2})\s*日)?)?(?:(?<end>底|末|年底|前|以前|之前|年末)|(?<since>起|开始|以来))?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:到|至|在)?[“""「]?十(?<n>[一二三四五六七八九]?)五[”""」]?(?:规划)?(?:末|期末|时期末|期间|末期)")]
    private static partial Regex PlanPeriodPattern();
}
