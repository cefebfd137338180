using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>A used schedule card pressed again, or the same schedule line sent twice, never makes a second meeting unasked.</summary>
public sealed class DuplicateMeetingTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync() => stage = await MeetingStage.CreateAsync();

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    private static readonly Dictionary<string, string> JuneForm = new()
    {
        ["date"] = "2026-06-18", ["time"] = "14:30", ["place"] = "区政府第一会议室", ["agenda"] = "第一次全体会议",
    };

    [Fact]
    public async Task ScheduleCard_PressedTwice_SchedulesOnceNotifiesOnceAndSaysWhatWasDone()
    {
        var form = (await stage.Convenor.SaysAsync("安排会议", stage.Group)).Messages.Single();
        await stage.Convenor.PressAsync(form, Replies.ScheduleButton(Lang.Zh), JuneForm, stage.Group);

        var again = await stage.Convenor.PressAsync(form, Replies.ScheduleButton(Lang.Zh), JuneForm, stage.Group);

        var meeting = (await stage.MeetingsAsync()).Should().ContainSingle("the second press is the same action").Subject;
        again.AllText.Should().Contain("这个按钮已经处理过了：张召集").And.Contain($"安排了会议 {meeting.Id}").And.Contain("没有再通知任何人");
        again.Notifications.Should().BeEmpty();
        stage.FinanceContact.Inbox.Should().ContainSingle(m => m.Text.Contains("会议通知"));
    }

    [Fact]
    public async Task SameScheduleLineTwice_AsksBeforeASecondMeetingAndTheConfirmButtonWorksOnce()
    {
        await stage.ScheduleJuneMeetingAsync();

        var second = await stage.ScheduleJuneMeetingAsync();

        (await stage.MeetingsAsync()).Should().ContainSingle("a meeting at the same time is asked about first");
        second.Notifications.Should().BeEmpty();
        var question = second.Messages.Single();
        question.Text.Should().Contain("这个时间已经安排了会议").And.Contain("确认与 m1 同时安排会议 2026-06-18 14:30-16:30 地点：区政府第一会议室 议程：第一次全体会议");

        var confirmed = await stage.Convenor.PressAsync(question, Replies.ScheduleAnywayButton(Lang.Zh), null, stage.Group);

        confirmed.AllText.Should().Contain("已安排会议");
        var meetings = await stage.MeetingsAsync();
        meetings.Should().HaveCount(2);
        meetings.Should().AllSatisfy(m => m.State.Location.Should().Be("区政府第一会议室"));
        MeetingYearCheck.For(2026, meetings, 2, new DateOnly(2026, 3, 2)).Planned.Should().Be(1, "one meeting entered twice counts once toward the year's meetings");

        var pressedAgain = await stage.Convenor.PressAsync(question, Replies.ScheduleAnywayButton(Lang.Zh), null, stage.Group);
        pressedAgain.AllText.Should().Contain("这个按钮已经处理过了");
        (await stage.MeetingsAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task ConfirmTyped_SchedulesTheMeetingAtTheSameTime()
    {
        await stage.ScheduleJuneMeetingAsync();

        var reply = await stage.Convenor.SaysAsync("确认与 m1 同时安排会议 2026-06-18 14:30-16:30 地点：区政府第二会议室 议程：专题会", stage.Group);

        reply.AllText.Should().Contain("已安排会议");
        (await stage.MeetingsAsync()).Should().HaveCount(2).And.Contain(m => m.State.Location == "区政府第二会议室");
    }

    [Fact]
    public async Task AnotherTimeTheSameDay_IsScheduledWithoutAsking()
    {
        await stage.ScheduleJuneMeetingAsync();

        var reply = await stage.Convenor.SaysAsync("安排会议 2026-06-18 17:00 专题会", stage.Group);

        reply.AllText.Should().Contain("已安排会议");
        (await stage.MeetingsAsync()).Should().HaveCount(2);
    }
}
