using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// What a joint meeting's reminder schedule depends on besides its own state and the time: the schedule's rules, the
/// shipped holidays, the policy documents shipped beside the bot and the system's time-zone rules. They change only
/// with a new version of the bot or of the system's time-zone data, so instead of looking at every joint meeting
/// every so often in case they did, a sweep that runs on inputs the store has not seen gives every joint meeting one
/// more look, spread over a day (<see cref="Domain.Reminders.IReminderDueIndex.LookAgainAsync"/>).
/// </summary>
public static class ScheduleInputs
{
    /// <summary>Change when the rules of <see cref="Domain.Reminders.ReminderSchedule"/> change, so every schedule is read again with them.</summary>
    private const string Revision = "reminder-schedule/2026-12-07";

    /// <summary>The rules, the shipped holidays and the time-zone rules, with no documents.</summary>
    public static string Shipped { get; } = Of([]);

    /// <summary>The rules, the shipped holidays, the time-zone rules and <paramref name="documents"/> (name and content each), as a short hex fingerprint.</summary>
    public static string Of(IEnumerable<(string Name, byte[] Content)> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Revision + "\n"));
        hash.AppendData(SHA256.HashData(MainlandChinaCalendar.ShippedData()));
        hash.AppendData(TimeZoneRules.System);
        foreach (var (name, content) in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + name + "\n"));
            hash.AppendData(SHA256.HashData(content));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
