using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Features.Reminders;

public sealed class RemindersConversationTests : IDisposable
{
    private static readonly DateTimeOffset FirstOfJune = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly ChatHarness chat = new();

    public void Dispose() => chat.Dispose();

    private async Task<ReportingStage> RoundOpenAsync()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        chat.Clock.SetUtcNow(FirstOfJune);
        return stage;
    }

    private async Task<ReminderCalendarSettings?> CalendarAsync() =>
        (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.State.ReminderCalendar;

    [Fact]
    public async Task Schedule_AsAUnitContact_ListsTheComingMonthsRemindersWithRecipients()
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.EducationContact.SaysAsync("提醒计划");

        reply.AllText.Should().Contain("未来 30 天的提醒")
            .And.Contain("2026年6月3日（周三） 09:00 报告提醒（截止前7天） · 报告征集 r1 → ")
            .And.Contain("2026年6月11日（周四） 09:00 会议通知（提前7天） · 会议 m1")
            .And.Contain("2026年6月15日（周一） 09:00 逾期催交（列出未交单位） · 报告征集 r1 → 召集人和联席会议办公室")
            .And.Contain("日历：中国法定节假日和调休")
            .And.Contain("最近两周没有发送过提醒");
    }

    [Fact]
    public async Task Schedule_MarksWhatReachesNobodyAndWhy()
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.EducationContact.SaysAsync("提醒计划");

        var dueSeven = reply.AllText.Split('\n').Single(l => l.Contains("2026年6月3日（周三） 09:00 报告提醒（截止前7天）"));
        dueSeven.Should().Contain("⚠ 无法送达").And.Contain("没有已批准的联络员").And.NotContain("无法送达：区教体局", "区教体局 has a contact");
    }

    [Fact]
    public async Task Schedule_ForARoundOfAMeetingSoonAfterItsDeadline_NudgesOnlyUntilTheDayBeforeAndEscalatesInTime()
    {
        var stage = await ReportingStage.SetUpAsync(chat, planMeeting: false);
        await chat.PlanMeetingAsync("m1", new DateTime(2026, 6, 12, 14, 30, 0), "专题会议");
        (await stage.Convenor.SaysAsync("发起报告 m1 截止 2026-06-10", stage.Group)).AllText.Should().Contain("r1");
        chat.Clock.SetUtcNow(FirstOfJune);

        var reply = await stage.Convenor.SaysAsync("提醒计划");

        reply.AllText.Should().Contain("2026年6月11日（周四） 09:00 逾期催交（列出未交单位） · 报告征集 r1 → 召集人和联席会议办公室", "the managers hear before the meeting");
        reply.AllText.Should().NotContain("2026年6月12日（周五） 09:00 逾期", "no unit is nudged on the meeting's day")
            .And.NotContain("2026年6月15日（周一） 09:00 逾期");
    }

    [Fact]
    public async Task Schedule_InEnglish_IsPagedWhenLong()
    {
        var stage = await RoundOpenAsync();
        await chat.PlanMeetingAsync("m2", new DateTime(2026, 6, 24, 9, 0, 0));
        await chat.PlanMeetingAsync("m3", new DateTime(2026, 6, 26, 9, 0, 0));

        var first = await stage.Convenor.SaysAsync("reminder schedule");
        var second = await stage.Convenor.SaysAsync("reminder schedule page 2");

        first.AllText.Should().Contain("reminders of the next 30 days").And.Contain("Page 1 of").And.Contain("\"reminder schedule page 2\"");
        second.AllText.Should().Contain("Page 2 of").And.NotContain("Recent reminders");
    }

    [Fact]
    public async Task Schedule_WithLedgerRecords_ShowsHowTheRecentOnesWent()
    {
        var stage = await RoundOpenAsync();
        var unit = await stage.UnitIdAsync(ReportingStage.Education);
        var sent = await chat.Ledger.TryClaimAsync(new ReminderKey(Scenario.JointMeetingId, "round:r1", unit, "due-7", new DateOnly(2026, 6, 3)), "test", FirstOfJune.AddDays(2));
        await chat.Ledger.TryCompleteAsync(sent!, ReminderState.Sent, FirstOfJune.AddDays(2), late: true, null);
        var failed = await chat.Ledger.TryClaimAsync(new ReminderKey(Scenario.JointMeetingId, "meeting:m1", unit, "before-7", new DateOnly(2026, 6, 11)), "test", FirstOfJune.AddDays(10));
        await chat.Ledger.TryCompleteAsync(failed!, ReminderState.Failed, FirstOfJune.AddDays(10), late: false, "unreachable");
        chat.Clock.SetUtcNow(FirstOfJune.AddDays(11));

        var reply = await stage.Convenor.SaysAsync("提醒计划");

        reply.AllText.Should().Contain("最近发送的提醒（2 项）")
            .And.Contain("发送失败 · 会议通知（提前7天） · 会议 m1 → 区教体局")
            .And.Contain("已补发 · 报告提醒（截止前7天） · 报告征集 r1 → 区教体局");
    }

    [Fact]
    public async Task Schedule_IntoAYearTheCalendarDoesNotKnow_SaysSo()
    {
        var stage = await RoundOpenAsync();
        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(8)));

        (await stage.Convenor.SaysAsync("提醒计划")).AllText.Should().Contain("2027年的法定节假日和调休还没有收录");
        await stage.Convenor.SaysAsync("添加休息日 2027-01-01 元旦");
        (await stage.Convenor.SaysAsync("提醒计划")).AllText.Should().NotContain("还没有收录");
    }

    [Fact]
    public async Task Schedule_AsAStranger_IsNotShown()
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.Stranger.SaysAsync("提醒计划", stage.Group);

        reply.AllText.Should().Contain("只向本联席会议的成员显示").And.NotContain("报告征集 r1");
    }

    [Fact]
    public async Task AddDayOff_ByTheConvenor_IsStoredAndMovesTheReminders()
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.Convenor.SaysAsync("添加休息日 2026-06-03 区庆");
        var schedule = await stage.Convenor.SaysAsync("提醒计划");

        reply.AllText.Should().Contain("已把 2026年6月3日（周三） 记为休息日（区庆）");
        (await CalendarAsync())!.DaysOff.Should().Equal(new CalendarDayOff(new DateOnly(2026, 6, 3), "区庆"));
        schedule.AllText.Should().NotContain("2026年6月3日（周三） 09:00").And.Contain("2026年6月4日（周四） 09:00 报告提醒（截止前7天）");
    }

    [Fact]
    public async Task AddWorkingDay_InEnglish_IsStored()
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.Convenor.SaysAsync("add working day 2026-06-20");

        reply.AllText.Should().Contain("Recorded Sat 20 Jun 2026 as working day(s)");
        (await CalendarAsync())!.WorkingDays.Should().Equal(new DateOnly(2026, 6, 20));
    }

    [Fact]
    public async Task ChinaCalendar_OffAndOnAgain_IsStoredEachTime()
    {
        var stage = await RoundOpenAsync();

        (await stage.Convenor.SaysAsync("关闭节假日日历")).AllText.Should().Contain("只避开周六、周日");
        (await CalendarAsync())!.UseChinaCalendar.Should().BeFalse();
        (await stage.Convenor.SaysAsync("use the china calendar")).AllText.Should().Contain("holiday calendar is on");
        (await CalendarAsync())!.UseChinaCalendar.Should().BeTrue();
    }

    [Theory]
    [InlineData("添加休息日 2026-12-31")]
    [InlineData("添加工作日 2026-12-26")]
    [InlineData("关闭节假日日历")]
    public async Task CalendarChanges_ByAUnitContactOrObserver_AreRefusedWithNothingChanged(string text)
    {
        var stage = await RoundOpenAsync();

        var contact = await stage.EducationContact.SaysAsync(text);
        var observer = await stage.Observer.SaysAsync(text);

        contact.AllText.Should().Contain("只有召集人或联席会议办公室可以修改提醒日历");
        observer.AllText.Should().Contain("只有召集人或联席会议办公室可以修改提醒日历");
        (await CalendarAsync()).Should().BeNull();
    }

    [Theory]
    [InlineData("添加休息日 2026-13-45", "不是日期")]
    [InlineData("添加休息日 元旦", "不是日期")]
    [InlineData("添加休息日 2026-05-01", "已经过去")]
    [InlineData("add day off 2026-02-30", "is not a date")]
    public async Task AddDayOff_BadOrPastDate_SaysWhyAndChangesNothing(string text, string why)
    {
        var stage = await RoundOpenAsync();

        var reply = await stage.Convenor.SaysAsync(text);

        reply.AllText.Should().Contain(why);
        (await CalendarAsync()).Should().BeNull();
    }

    [Fact]
    public async Task Help_ListsTheCalendarCommandsToManagersOnly()
    {
        var stage = await RoundOpenAsync();

        (await stage.Convenor.SaysAsync("帮助")).AllText.Should().Contain("提醒计划").And.Contain("添加休息日").And.Contain("关闭节假日日历");
        (await stage.EducationContact.SaysAsync("帮助")).AllText.Should().Contain("提醒计划").And.NotContain("添加休息日");
    }
}
