using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>Reminders leave at 09:00 of the joint meeting's own zone, in Beijing (no DST) and across Berlin's spring change.</summary>
public sealed class TimeZoneTests
{
    [Theory]
    [InlineData("Asia/Shanghai", "+08:00", "+08:00")]
    // Clocks go forward on Sunday 29 March 2026: 09:00 is 08:00 UTC before and 07:00 UTC after.
    [InlineData("Europe/Berlin", "+01:00", "+02:00")]
    public async Task SweepAsync_AJointMeetingsZone_SendsAtNineLocalTime(string zoneId, string before, string after)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var start = new DateTimeOffset(2026, 3, 23, 8, 0, 0, zone.GetUtcOffset(new DateTime(2026, 3, 23, 8, 0, 0)));
        using var chat = new ChatHarness(start);
        var finance = chat.Person("王财政");
        await chat.YongnianAsync(chat.Person("张召集"), timeZoneId: zoneId);
        await chat.BindContactAsync(finance, "区财政局");
        await chat.PlanMeetingAsync("m1", new DateTime(2026, 4, 28, 14, 30, 0));
        await chat.OpenRoundAsync("r1", "m1", new DateOnly(2026, 3, 31));

        await chat.HourByHourAsync(start.AddDays(9).AddHours(4), chat.Reminders());

        chat.Channel.Lines(zone).Where(l => l.To == "王财政").Should().Equal(
            ($"03-24 09:00 {before}", "王财政", "还有7天"),
            // 3 days before is Saturday: moved to Monday, the day before the deadline, which keeps the 1-day reminder.
            ($"03-30 09:00 {after}", "王财政", "还有1天"),
            ($"03-31 09:00 {after}", "王财政", "截止当天"),
            ($"04-01 09:00 {after}", "王财政", "逾期1"));
    }
}
