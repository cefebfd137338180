using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Features.Dates;

/// <summary>
/// The same date words, typed in every command that takes a date, mean the same day: one reader for all of them,
/// reading relative days in the joint meeting's time zone (Asia/Shanghai) from the turn's clock.
/// </summary>
public sealed class DateWordsTests : IDisposable
{
    // Monday 1 June 17:30 UTC is already Tuesday 2 June, 01:30, in Shanghai: "tomorrow" is Wednesday 3 June there.
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 17, 30, 0, TimeSpan.Zero);

    private readonly ChatHarness chat = new(Now);

    public void Dispose() => chat.Dispose();

    [Theory]
    [InlineData("明天", "zh", "2026-06-03")]
    [InlineData("下周四", "zh", "2026-06-11")]
    [InlineData("六月十八日", "zh", "2026-06-18")]
    [InlineData("6月18号", "zh", "2026-06-18")]
    [InlineData("tomorrow", "en", "2026-06-03")]
    [InlineData("next Thursday", "en", "2026-06-11")]
    [InlineData("June 18", "en", "2026-06-18")]
    public async Task EveryCommand_SameDateWords_MeanTheSameDay(string words, string language, string expected)
    {
        var day = DateOnly.Parse(expected);
        var stage = await ReportingStage.SetUpAsync(chat, planMeeting: false);
        await chat.PlanMeetingAsync("m1", new DateTime(2026, 6, 30, 14, 30, 0), "第一次全体会议");
        var zh = language == "zh";

        await stage.Convenor.SaysAsync(zh ? $"安排会议 {words} 9:00 专题会" : $"schedule meeting {words} 9:00 Special session", stage.Group);
        await stage.Convenor.SaysAsync(zh ? $"发起报告 m1 截止 {words}" : $"open reports for m1 due {words}", stage.Group);
        await stage.Convenor.SaysAsync(zh ? $"添加休息日 {words} 调休" : $"add day off {words} Swap", stage.Group);
        await stage.EducationContact.SaysAsync(zh ? $"请假 {words}" : $"absent {words}");

        var snapshot = await stage.SnapshotAsync();
        var meeting = snapshot.Meetings.Should().ContainSingle(m => DateOnly.FromDateTime(m.Value.State.LocalStart) == day, "the meeting is scheduled on that day").Subject;
        meeting.Value.State.Replies.Should().ContainSingle(r => r.UnitId == snapshot.JointMeeting.Value.FindUnit(ReportingStage.Education)!.Id)
            .Which.Attendance.Should().Be(Core.Domain.Meetings.Attendance.Absent, "the unit is away from that day's meeting");
        snapshot.FindRound("r1")!.Value.State.Deadline.Should().Be(day, "the reports are due that day");
        snapshot.JointMeeting.Value.State.ReminderCalendar!.DaysOff.Select(d => d.Day).Should().Equal([day], "that day is off");
    }

    [Theory]
    [InlineData("添加休息日 下周四至下周五", "2026-06-11,2026-06-12")]
    [InlineData("添加休息日 明天、后天 端午", "2026-06-03,2026-06-04")]
    [InlineData("add days off June 18, June 19 Dragon Boat", "2026-06-18,2026-06-19")]
    public async Task AddDaysOff_SeveralDateWords_AreAllAdded(string text, string days)
    {
        var stage = await ReportingStage.SetUpAsync(chat, planMeeting: false);

        await stage.Convenor.SaysAsync(text, stage.Group);

        var calendar = (await stage.SnapshotAsync()).JointMeeting.Value.State.ReminderCalendar!;
        calendar.DaysOff.Select(d => d.Day.ToString("yyyy-MM-dd")).Should().Equal(days.Split(','));
    }
}
