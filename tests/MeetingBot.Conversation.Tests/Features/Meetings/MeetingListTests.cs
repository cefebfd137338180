using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

public sealed class MeetingListTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync() => stage = await MeetingStage.CreateAsync();

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task List_WithOnePlannedMeeting_SaysOneIsMissingAndUntilWhen()
    {
        await stage.ScheduleJuneMeetingAsync();

        var reply = await stage.Convenor.SaysAsync("会议安排", stage.Group);

        var check = new MeetingYearCheck(2026, 2, 0, 1, 1, new DateOnly(2026, 12, 25));
        reply.AllText.Should().Contain("**m1** 2026年6月18日（周四）14:30–16:30 第一次全体会议，区政府第一会议室（计划中）");
        reply.AllText.Should().Contain(Replies.MeetingYearCheckLine(Lang.Zh, check, Today));
        reply.AllText.Should().Contain("已计划 1 次，还差 1 次").And.Contain("请在 2026-12-24 前安排");
    }

    [Fact]
    public async Task List_InEnglishForAYear_ShowsStatusesAndTheCheck()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议");
        await stage.Convenor.SaysAsync("取消会议 2026-11-20 原因：并入下次会议");

        var reply = await stage.Stranger.SaysAsync("meetings in 2026");

        reply.AllText.Should().Contain("meetings in 2026").And.Contain("(planned)").And.Contain("(cancelled)")
            .And.Contain("1 planned, 1 missing");
    }

    [Fact]
    public async Task List_WithTwoPlanned_SaysTheRuleIsMet()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议");

        var reply = await stage.FinanceContact.SaysAsync("今年的会议");

        reply.AllText.Should().Contain("已计划 2 次，符合要求");
    }

    [Fact]
    public async Task List_OfANextYearWithNothing_SaysNoneYet()
    {
        var reply = await stage.Convenor.SaysAsync("2027年的会议");

        reply.AllText.Should().Contain("2027 年的会议").And.Contain("（还没有）").And.Contain("还差 2 次");
    }

    [Fact]
    public async Task List_APassedMeetingNotMarkedHeld_SaysHowToMarkIt()
    {
        await stage.ScheduleJuneMeetingAsync();
        stage.Chat.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 19, 9, 0, 0, TimeSpan.FromHours(8)));

        var reply = await stage.Convenor.SaysAsync("会议安排");

        reply.AllText.Should().Contain("已过期，未登记召开").And.Contain("会议已召开 编号");
    }

    [Fact]
    public async Task Next_WhenNoneIsPlanned_SaysHowToSchedule()
    {
        var convenor = await stage.Convenor.SaysAsync("下次会议什么时候？");
        var contact = await stage.FinanceContact.SaysAsync("when is the next meeting");

        convenor.AllText.Should().StartWith("目前没有计划中的会议。发送“安排会议”");
        convenor.Messages.Single().Card.Should().NotBeNull("the convenor gets a button to the form");
        contact.AllText.Should().StartWith("No meeting is planned. The convenor or the secretariat schedules meetings");
        contact.Messages.Single().Card.Should().BeNull();
    }

    [Fact]
    public async Task Next_ForAUnitContact_SaysWhenAndWhetherTheUnitAnswered()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议 链接：https://meet.example.org/x");

        var before = await stage.FinanceContact.SaysAsync("下次会议什么时候？");
        await stage.FinanceContact.SaysAsync("参加 2026-06-18");
        var after = await stage.FinanceContact.SaysAsync("下一次会议是什么时候");

        before.AllText.Should().Contain("下次会议").And.Contain("2026年6月18日（周四）14:30–16:30").And.Contain("区财政局还没有回复是否参会");
        after.AllText.Should().Contain("区财政局已回复：参加");
    }

    [Fact]
    public async Task Next_ForAStranger_LeavesOutTheOnlineLink()
    {
        await stage.Convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议 链接：https://meet.example.org/secret");

        var stranger = await stage.Stranger.SaysAsync("下次会议什么时候？");
        var member = await stage.Observer.SaysAsync("下次会议什么时候？");

        stranger.AllText.Should().Contain("m1").And.NotContain("https://meet.example.org/secret");
        member.AllText.Should().Contain("https://meet.example.org/secret");
    }

    [Fact]
    public async Task Next_AfterTheOnlyMeetingWasCancelled_SaysNoneIsPlanned()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("取消会议 2026-06-18 原因：召集人出差");

        var reply = await stage.Stranger.SaysAsync("next meeting");

        reply.AllText.Should().StartWith("No meeting is planned.");
    }

    [Fact]
    public async Task Help_ListsMeetingCommandsByRole()
    {
        var convenor = await stage.Convenor.SaysAsync("帮助", stage.Group);
        var contact = await stage.FinanceContact.SaysAsync("help");
        var stranger = await stage.Stranger.SaysAsync("帮助");

        convenor.AllText.Should().Contain("安排会议 2026-06-18 14:30").And.Contain("取消会议").And.Contain("参会情况").And.NotContain("派员参加 李四");
        contact.AllText.Should().Contain("send deputy Li Si").And.Contain("attendance 2026-06-18").And.NotContain("schedule meeting 2026-06-18");
        stranger.AllText.Should().Contain("下次会议什么时候").And.Contain("会议安排").And.NotContain("安排会议 2026").And.NotContain("参会情况");
    }
}
