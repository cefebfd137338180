using System.Text.Json;

namespace MeetingBot.Core.Calendar;

/// <summary>
/// Mainland China's working days: weekends off, except the make-up working days (调休) of the official holidays,
/// and the holidays off. The days ship with the bot (mainland-china-holidays.json, from the State Council's yearly
/// notices by way of the chinese-days package); the secretariat can add days the data does not have yet. A year the
/// data does not know follows the weekend rule, and <see cref="Knows"/> says so.
/// </summary>
public sealed class MainlandChinaCalendar : IWorkingCalendar
{
    private const string Resource = "MeetingBot.Core.Calendar.mainland-china-holidays.json";
    private static readonly Lazy<Official> Shipped = new(Load);

    private readonly Dictionary<DateOnly, string> holidays;
    private readonly HashSet<DateOnly> workdays;
    private readonly HashSet<int> years;

    private sealed record Official(Dictionary<DateOnly, string> Holidays, HashSet<DateOnly> Workdays, HashSet<int> Years, string Source);

    /// <param name="extraHolidays">Days off the secretariat added (a year not published yet, a local holiday).</param>
    /// <param name="extraWorkdays">Make-up working days the secretariat added.</param>
    public MainlandChinaCalendar(IEnumerable<(DateOnly Day, string Name)>? extraHolidays = null, IEnumerable<DateOnly>? extraWorkdays = null)
    {
        var official = Shipped.Value;
        holidays = new Dictionary<DateOnly, string>(official.Holidays);
        workdays = [.. official.Workdays];
        years = [.. official.Years];
        foreach (var (day, name) in extraHolidays ?? [])
        {
            holidays[day] = name;
            workdays.Remove(day);
            years.Add(day.Year);
        }
        foreach (var day in extraWorkdays ?? [])
        {
            workdays.Add(day);
            holidays.Remove(day);
            years.Add(day.Year);
        }
    }

    /// <summary>Where the shipped days come from, e.g. "chinese-days 1.5.7 (MIT License)".</summary>
    public static string Source => Shipped.Value.Source;

    /// <summary>The years the shipped data covers.</summary>
    public static IReadOnlyCollection<int> ShippedYears => Shipped.Value.Years;

    /// <summary>The shipped data as built in, byte for byte: a new version of it changes what the reminder schedules say.</summary>
    public static byte[] ShippedData()
    {
        using var stream = OpenShipped();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public bool IsWorkingDay(DateOnly day) =>
        !holidays.ContainsKey(day) && (workdays.Contains(day) || !WorkingCalendars.IsWeekend(day));

    public string? HolidayName(DateOnly day) => holidays.GetValueOrDefault(day);

    public bool Knows(int year) => years.Contains(year);

    private static Official Load()
    {
        using var stream = OpenShipped();
        using var json = JsonDocument.Parse(stream);
        var holidays = new Dictionary<DateOnly, string>();
        var workdays = new HashSet<DateOnly>();
        var years = new HashSet<int>();
        foreach (var year in json.RootElement.GetProperty("years").EnumerateObject())
        {
            years.Add(int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture));
            foreach (var day in year.Value.GetProperty("holidays").EnumerateObject()) holidays[DateOnly.ParseExact(day.Name, "yyyy-MM-dd")] = day.Value.GetString()!;
            foreach (var day in year.Value.GetProperty("workdays").EnumerateObject()) workdays.Add(DateOnly.ParseExact(day.Name, "yyyy-MM-dd"));
        }
        return new Official(holidays, workdays, years, json.RootElement.GetProperty("source").GetString()!);
    }

    private static Stream OpenShipped() =>
        typeof(MainlandChinaCalendar).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The holiday data {Resource} is not embedded in the build.");
}
