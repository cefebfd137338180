using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Text;

/// <summary>
/// The one reader of dates, times and durations as people type them, in Chinese and English, for every command:
/// 2026-06-18, 2026/6/18, 2026年6月18日, 6月18日, 六月十八日, 明天, 下周四, June 18, next Thursday; 14:30, 下午2点半,
/// 十四时三十分, 2:30pm; 2小时, 一个半小时, 90 min. Pure: "today" is a parameter (the turn's today in the joint
/// meeting's time zone), and a date without a year is the next such day from today on.
/// </summary>
public static partial class DateTimeReader
{
    private const string CnDigit = "[零〇一二两三四五六七八九十]";

    /// <summary>
    /// The whole text as a date (a card's date input, a meeting referred to by its day, a day off), or null. Alone,
    /// "6-18" and "6.18" are month and day too; inside a sentence they are not looked for ("1.5 hours").
    /// </summary>
    public static DateOnly? ParseDate(string text, DateOnly today)
    {
        var trimmed = text.Trim().TrimEnd('。', '.').TrimEnd();
        if (FindDate(trimmed, today) is { Index: 0 } match && match.Length == trimmed.Length) return match.Value;
        return NumericMonthDay().Match(trimmed) is { Success: true } m
            ? Date(null, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), today)
            : null;
    }

    /// <summary>A deadline: the whole text as a date, which may end in 前 / 之前 / 以前 / 为止 ("6月10日前").</summary>
    public static DateOnly? ParseDeadline(string text, DateOnly today) =>
        ParseDate(DeadlineEnding().Replace(text.Trim().TrimEnd('。', '.').TrimEnd(), ""), today);

    /// <summary>The whole text as a time (a card's time input), or null.</summary>
    public static TimeOnly? ParseTime(string text)
    {
        var trimmed = text.Trim();
        return FindTime(trimmed) is { Index: 0, Value: { End: null } range } match && match.Length == trimmed.Length ? range.Start : null;
    }

    /// <summary>The first date expression in the text.</summary>
    public static TextMatch<DateOnly>? FindDate(string text, DateOnly today)
    {
        TextMatch<DateOnly>? first = null;
        foreach (var (pattern, read) in DateReaders)
        {
            var m = pattern.Match(text);
            if (m.Success && (first is null || m.Index < first.Index))
                first = new TextMatch<DateOnly>(m.Index, m.Length, read(m, today));
        }
        return first;
    }

    /// <summary>The first time (or time range) in the text.</summary>
    public static TextMatch<TimeRange>? FindTime(string text)
    {
        var start = FirstClock(text, 0);
        if (start is null) return null;
        var (index, length, startTime, period) = start.Value;
        if (startTime is null) return new TextMatch<TimeRange>(index, length, null);

        // A range: "14:30-16:30", "下午2点到4点半" (the end takes the start's 下午 when it has none).
        var joiner = RangeJoiner().Match(text, index + length);
        if (joiner.Success && FirstClock(text, joiner.Index + joiner.Length, inheritedPeriod: period) is { } end && end.Index == joiner.Index + joiner.Length)
        {
            var total = end.Index + end.Length - index;
            return end.Time is { } endTime && endTime > startTime
                ? new TextMatch<TimeRange>(index, total, new TimeRange(startTime.Value, endTime))
                : new TextMatch<TimeRange>(index, total, null);
        }
        return new TextMatch<TimeRange>(index, length, new TimeRange(startTime.Value, null));
    }

    /// <summary>The first duration in the text, in minutes: "2小时", "一个半小时", "90分钟", "半天", "1.5 hours", "for 90 min".</summary>
    public static TextMatch<int>? FindDuration(string text)
    {
        TextMatch<int>? first = null;
        foreach (var pattern in new[] { HoursDuration(), HalfHourDuration(), MinutesDuration(), DayDuration() })
        {
            var m = pattern.Match(text);
            if (!m.Success || (first is not null && m.Index >= first.Index)) continue;
            first = new TextMatch<int>(m.Index, m.Length, DurationMinutes(m));
        }
        return first;
    }

    private static int? DurationMinutes(Match m)
    {
        if (m.Groups["halfday"].Success) return 240;
        if (m.Groups["day"].Success) return 480;
        if (m.Groups["halfhour"].Success) return 30;
        var n = Number(m.Groups["n"].Value);
        if (n is null) return null;
        var minutes = m.Groups["min"].Success ? n.Value : n.Value * 60 + (m.Groups["half"].Success ? 30 : 0);
        return minutes is > 0 and <= 10_000 && minutes == Math.Floor(minutes) ? (int)minutes : null;
    }

    // ---- dates ----

    private static readonly (Regex Pattern, Func<Match, DateOnly, DateOnly?> Read)[] DateReaders =
    [
        (IsoDate(), (m, today) => Date(Year(m.Groups["y"].Value), Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), today)),
        (ChineseDate(), (m, today) => Date(m.Groups["y"].Success ? Year(m.Groups["y"].Value) : null, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), today)),
        (SlashMonthDay(), (m, today) => Date(null, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), today)),
        (ChineseRelativeDay(), (m, today) => today.AddDays(m.Groups["r"].Value switch
        {
            "今天" or "今日" => 0, "明天" or "明日" => 1, "后天" => 2, _ => 3,
        })),
        (ChineseWeekday(), (m, today) => Weekday(today, ChineseDay(m.Groups["d"].Value[0]),
            m.Groups["w"].Value switch { "下" => 1, "下下" => 2, "" => null, _ => (int?)0 })),
        (EnglishMonthDay(), (m, today) => Date(m.Groups["y"].Success ? Year(m.Groups["y"].Value) : null, Month(m.Groups["mon"].Value), Number(m.Groups["d"].Value), today)),
        (EnglishDayMonth(), (m, today) => Date(m.Groups["y"].Success ? Year(m.Groups["y"].Value) : null, Month(m.Groups["mon"].Value), Number(m.Groups["d"].Value), today)),
        (EnglishRelativeDay(), (m, today) => today.AddDays(m.Groups["r"].Value.ToLowerInvariant() switch
        {
            "today" => 0, "tomorrow" => 1, _ => 2,
        })),
        (EnglishWeekday(), (m, today) => Weekday(today,
            Enum.Parse<DayOfWeek>(m.Groups["d"].Value, ignoreCase: true),
            m.Groups["w"].Value.ToLowerInvariant() switch { "next" => 1, "this" => 0, _ => null })),
    ];

    // A date without a year is the next such day: on 2 March, "2月1日" is 1 February of next year.
    private static DateOnly? Date(int? year, double? month, double? day, DateOnly today)
    {
        if (month is not { } m || day is not { } d || m is < 1 or > 12 || d < 1) return null;
        var y = year ?? today.Year;
        if (y is < 2000 or > 2100 || d > DateTime.DaysInMonth(y, (int)m)) return null;
        var date = new DateOnly(y, (int)m, (int)d);
        if (year is null && date < today)
            return (int)d <= DateTime.DaysInMonth(y + 1, (int)m) ? new DateOnly(y + 1, (int)m, (int)d) : null;
        return date;
    }

    // weeksAhead null: the next such weekday from today on ("周四", "Thursday"); 0: in this Monday-based week
    // ("本周四", "this Thursday"); 1: next week's ("下周四", "next Thursday").
    private static DateOnly Weekday(DateOnly today, DayOfWeek day, int? weeksAhead)
    {
        if (weeksAhead is null)
            return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return monday.AddDays(((int)day + 6) % 7 + 7 * weeksAhead.Value);
    }

    private static DayOfWeek ChineseDay(char c) => c switch
    {
        '一' or '1' => DayOfWeek.Monday,
        '二' or '2' => DayOfWeek.Tuesday,
        '三' or '3' => DayOfWeek.Wednesday,
        '四' or '4' => DayOfWeek.Thursday,
        '五' or '5' => DayOfWeek.Friday,
        '六' or '6' => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int? Year(string text) => ChineseNumerals.ParseYear(text);

    private static double? Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => null,
    };

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumerals.Parse(text);

    // ---- times ----

    private enum Period { None, Morning, Noon, Afternoon, Evening }

    private static (int Index, int Length, TimeOnly? Time, Period Period)? FirstClock(string text, int from, Period inheritedPeriod = Period.None)
    {
        (int Index, int Length, TimeOnly? Time, Period Period)? first = null;
        foreach (var pattern in new[] { ColonTime(), DianTime(), AmPmTime() })
        {
            var m = pattern.Match(text, from);
            if (!m.Success || (first is not null && m.Index >= first.Value.Index)) continue;
            var period = PeriodOf(m);
            var hour = Number(m.Groups["h"].Value);
            double? minute = m.Groups["half"].Success ? 30
                : m.Groups["q"].Value switch { "一刻" => 15, "三刻" => 45, _ => m.Groups["min"].Success ? Number(m.Groups["min"].Value) : 0 };
            first = (m.Index, m.Length, Clock(hour, minute, period == Period.None ? inheritedPeriod : period, explicitPeriod: period != Period.None || inheritedPeriod != Period.None), period);
        }
        return first;
    }

    private static Period PeriodOf(Match m)
    {
        var p = m.Groups["p"].Value.ToLowerInvariant().Replace(".", "");
        return p switch
        {
            "" => Period.None,
            "上午" or "早上" or "早晨" or "凌晨" or "am" => Period.Morning,
            "中午" => Period.Noon,
            "下午" or "pm" => Period.Afternoon,
            _ => Period.Evening,
        };
    }

    // Without 上午/下午 or am/pm, 1 to 6 o'clock is afternoon: nobody meets at 2 in the night, and "2点开会" means 14:00.
    private static TimeOnly? Clock(double? hour, double? minute, Period period, bool explicitPeriod)
    {
        if (hour is not { } h || minute is not { } min || h != Math.Floor(h) || min != Math.Floor(min) || h > 23 || min > 59) return null;
        var hh = (int)h;
        switch (period)
        {
            case Period.Afternoon or Period.Evening when hh < 12:
            case Period.Noon when hh < 6:
                hh += 12;
                break;
            case Period.Morning when hh == 12:
                hh = 0;
                break;
            case Period.None when !explicitPeriod && hh is >= 1 and <= 6:
                hh += 12;
                break;
        }
        return hh > 23 ? null : new TimeOnly(hh, (int)min);
    }

    private const string Periods = "(?<p>上午|早上|早晨|凌晨|中午|下午|晚上|傍晚|夜里|夜间)";
    private const string AmPm = @"(?<p>a\.?m\.?|p\.?m\.?)(?![a-z])";

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})(?![\d.])(?!-\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(?<!\d)(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?<d>\d{1,2}|" + CnDigit + @"{1,3})(?!\d)\s*[日号]?")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?<![\d/.:-])(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/])")]
    private static partial Regex SlashMonthDay();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*[-.]\s*(?<d>\d{1,2})$")]
    private static partial Regex NumericMonthDay();

    [GeneratedRegex(@"\s*(?:之前|以前|为止|前|止)$")]
    private static partial Regex DeadlineEnding();

    [GeneratedRegex("(?<r>今天|今日|明天|明日|大后天|后天)")]
    private static partial Regex ChineseRelativeDay();

    [GeneratedRegex("(?<w>下下|下|本|这个|这)?(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])")]
    private static partial Regex ChineseWeekday();

    private const string MonthNames = "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b" + MonthNames + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthNames + @"\b\.?(?:,?\s*(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayMonth();

    [GeneratedRegex(@"\b(?<r>today|tomorrow|the\s+day\s+after\s+tomorrow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRelativeDay();

    [GeneratedRegex(@"\b(?:(?<w>next|this|on)\s+)?(?<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"(?:" + Periods + @"\s*)?(?<![\d.])(?<h>\d{1,2})\s*[:：]\s*(?<min>\d{2})(?!\d)(?:\s*" + AmPm + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex ColonTime();

    [GeneratedRegex(@"(?:" + Periods + @"\s*)?(?<![\d第])(?:(?<h>\d{1,2})\s*[点點时時]|(?<h>" + CnDigit + @"{1,3})\s*[点點时時])(?:(?<half>半)(?![天年小个])|(?<q>一刻|三刻)|(?<min>\d{1,2}|" + CnDigit + @"{1,3})(?![\d个小钟" + "零〇一二两三四五六七八九十" + @"])\s*分?)?")]
    private static partial Regex DianTime();

    [GeneratedRegex(@"(?<![\d.:])(?<h>\d{1,2})\s*" + AmPm, RegexOptions.IgnoreCase)]
    private static partial Regex AmPmTime();

    [GeneratedRegex(@"\G\s*(?:-|–|—|~|～|至|到|to\b|until\b|till\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RangeJoiner();

    // ---- durations ----

    private const string DurationLead = @"(?:(?:时长|会期|历时|持续|duration|for|lasting)\s*[:：]?\s*)?";

    [GeneratedRegex(DurationLead + @"(?<![\d.])(?<n>\d+(?:\.\d+)?|" + CnDigit + @"{1,3})\s*个?\s*(?<half>半)?\s*(?:小时|钟头|h\b|hrs?\b|hours?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HoursDuration();

    [GeneratedRegex(DurationLead + @"(?<halfhour>(?<![\d个" + "零〇一二两三四五六七八九十" + @"])半\s*个?\s*(?:小时|钟头)|half\s+an\s+hour)", RegexOptions.IgnoreCase)]
    private static partial Regex HalfHourDuration();

    [GeneratedRegex(DurationLead + @"(?<![\d.])(?<n>\d+|" + CnDigit + @"{1,3})\s*(?<min>分钟|mins?\b|minutes?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesDuration();

    [GeneratedRegex(DurationLead + @"(?:(?<halfday>半天|half\s+a\s+day|half-day)|(?<day>全天|一整天|all\s+day|full\s+day))", RegexOptions.IgnoreCase)]
    private static partial Regex DayDuration();
}
