using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>A reminders command as typed.</summary>
public abstract record RemindersCommand;

/// <summary>"提醒计划" / "reminder schedule", with a page (1 unless given).</summary>
public sealed record ShowSchedule(int Page) : RemindersCommand;

/// <summary>
/// "添加休息日 2026-12-31 元旦" / "add day off 2026-12-31", "添加工作日 …" / "add working day …": one or more days
/// (a name for days off may follow). <see cref="Invalid"/> is the first word that is not a date: nothing is added then.
/// </summary>
public sealed record AddCalendarDays(bool Working, IReadOnlyList<DateOnly> Days, string? Name, string? Invalid) : RemindersCommand;

/// <summary>"关闭节假日日历" / "use weekends only" (false), "开启节假日日历" / "use the china calendar" (true).</summary>
public sealed record UseChinaCalendar(bool On) : RemindersCommand;

/// <summary>Reads the reminders commands in Chinese and English. Pure: the text and today in, a command or null out.</summary>
public static partial class RemindersCommands
{
    public const int MaxDaysPerCommand = 31;

    // "the day after tomorrow" is the longest date in words.
    private const int MaxWordsPerDate = 4;

    public static RemindersCommand? Parse(string text, DateOnly today)
    {
        var t = text.Trim().TrimEnd('。', '.', '!', '！', '；', ';').Trim();
        if (t.StartsWith('请')) t = t[1..].TrimStart();
        if (t.Length == 0) return null;
        if (SchedulePattern().Match(t) is { Success: true } schedule)
            return new ShowSchedule(int.TryParse(schedule.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1);
        if (ChinaOffPattern().IsMatch(t)) return new UseChinaCalendar(false);
        if (ChinaOnPattern().IsMatch(t)) return new UseChinaCalendar(true);
        if (DaysPattern().Match(t) is { Success: true } days)
            return Days(days.Groups["k"].Value, days.Groups["rest"].Value, today);
        return null;
    }

    private static AddCalendarDays Days(string kind, string rest, DateOnly today)
    {
        var working = kind.Contains('工') || kind.Contains("work", StringComparison.OrdinalIgnoreCase);
        var words = WordSplit().Split(rest.Trim()).Where(w => w.Length > 0).ToList();
        var dates = new List<DateOnly>();
        var i = 0;
        while (i < words.Count)
        {
            if (RangePattern().Match(words[i]) is { Success: true } range)
            {
                if (DateTimeReader.ParseDate(range.Groups["a"].Value, today) is not { } a || DateTimeReader.ParseDate(range.Groups["b"].Value, today) is not { } b
                    || b < a || b.DayNumber - a.DayNumber >= MaxDaysPerCommand)
                    return new AddCalendarDays(working, [], null, words[i]);
                for (var d = a; d <= b; d = d.AddDays(1)) dates.Add(d);
                i++;
                continue;
            }
            if (DateAt(words, i, today) is not { } found) break;
            dates.Add(found.Date);
            i += found.Words;
            // "2027-01-09 周六": a word that names the date before it only describes it.
            if (i < words.Count && DateTimeReader.ParseDate(words[i], found.Date) == found.Date) i++;
        }
        var name = i < words.Count ? string.Join(' ', words.Skip(i)) : null;
        // A day off may carry a name after its dates; anything after working days, or a name with no date, is a bad date.
        if (dates.Count == 0 || (working && name is not null) || LooksLikeADate(name))
            return new AddCalendarDays(working, [], null, name ?? rest.Trim());
        if (dates.Count > MaxDaysPerCommand) return new AddCalendarDays(working, [], null, words[MaxDaysPerCommand]);
        return new AddCalendarDays(working, dates.Distinct().Order().ToList(), name, null);
    }

    // The longest run of words from i that reads as one date: "2026-12-31", "下周四", "June 18", "next Thursday".
    private static (DateOnly Date, int Words)? DateAt(List<string> words, int i, DateOnly today)
    {
        for (var n = Math.Min(MaxWordsPerDate, words.Count - i); n >= 1; n--)
        {
            if (DateTimeReader.ParseDate(string.Join(' ', words.Skip(i).Take(n)), today) is { } date) return (date, n);
        }
        return null;
    }

    // "2026-13-45 元旦": the first word was meant as a date.
    private static bool LooksLikeADate(string? name) => name is not null && name.Length > 0 && char.IsAsciiDigit(name[0]);

    [GeneratedRegex(@"^(?:查看)?(?:提醒计划|提醒安排|提醒日程|近期提醒)(?:\s*第\s*(?<p>\d{1,3})\s*页)?$|^(?:show\s+)?(?:the\s+)?reminders?\s+(?:schedule|plan)(?:\s+page\s+(?<p>\d{1,3}))?$|^reminders(?:\s+page\s+(?<p>\d{1,3}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SchedulePattern();

    [GeneratedRegex(@"^(?:关闭|停用|不用)(?:节假日|法定节假日|中国节假日)日历$|^(?:只按|仅按|按)周末(?:休息)?$|^(?:use\s+)?weekends\s+only$|^(?:turn|switch)\s+off\s+(?:the\s+)?(?:china|chinese|holiday)\s+calendar$", RegexOptions.IgnoreCase)]
    private static partial Regex ChinaOffPattern();

    [GeneratedRegex(@"^(?:开启|启用|使用|恢复)(?:节假日|法定节假日|中国节假日)日历$|^use\s+(?:the\s+)?(?:china|chinese|holiday)\s+calendar$|^(?:turn|switch)\s+on\s+(?:the\s+)?(?:china|chinese|holiday)\s+calendar$", RegexOptions.IgnoreCase)]
    private static partial Regex ChinaOnPattern();

    [GeneratedRegex(@"^(?:添加|增加|新增)(?<k>休息日|假日|节假日|工作日|调休工作日|补班日?)\s*[:：]?\s*(?<rest>.*)$|^add\s+(?<k>days?\s+off|holidays?|working\s+days?|work\s*days?)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DaysPattern();

    [GeneratedRegex(@"[\s,，、]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"^(?<a>[^~～至到]+)(?:~|～|至|到)(?<b>[^~～至到]+)$")]
    private static partial Regex RangePattern();
}
