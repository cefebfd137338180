using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>
/// The reporting stage with round r1 open since Monday 1 June 2026, 08:00 Beijing, due 10 June: the first reminders
/// (7 days before, to 王财政, 赵教育 and 陈人社) fall due on Wednesday 3 June at 09:00.
/// </summary>
internal static class ReminderStage
{
    public static readonly DateTimeOffset Opened = Local(6, 1, 8);
    public static readonly DateTimeOffset FirstReminders = Local(6, 3, 9);
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static async Task<ReportingStage> SetUpAsync(ChatHarness chat)
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        return stage;
    }

    /// <summary>The ledger's records of the reminders 7 days before the deadline, by unit name (those there are).</summary>
    public static async Task<Dictionary<string, ReminderRecord>> FirstRemindersAsync(ChatHarness chat, ReportingStage stage)
    {
        var records = await chat.Ledger.ListAsync(Scenario.JointMeetingId);
        var result = new Dictionary<string, ReminderRecord>();
        foreach (var unit in new[] { ReportingStage.Finance, ReportingStage.Education, ReportingStage.Labour })
        {
            var id = await stage.UnitIdAsync(unit);
            if (records.SingleOrDefault(r => r.Key.Recipient == id && r.Key.Name == "due-7") is { } record) result[unit] = record;
        }
        return result;
    }
}
