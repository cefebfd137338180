using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>The attendance overview after the meeting moved: answers given for its old time are flagged and not counted.</summary>
public sealed class AttendanceAfterMoveTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync()
    {
        stage = await MeetingStage.CreateAsync();
        await stage.ScheduleJuneMeetingAsync();
    }

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Overview_AfterTheMeetingMoved_FlagsAnswersForTheOldTimeAndCountsOnlyAnswersForTheNewOne()
    {
        await stage.FinanceContact.SaysAsync("参加 m1");
        await stage.LabourContact.SaysAsync("请假 m1");
        await stage.Convenor.SaysAsync("调整会议 m1 改到 2026-06-19 09:00", stage.Group);
        await stage.LabourContact.SaysAsync("参加 m1"); // answered again, for the new time

        var reply = await stage.Convenor.SaysAsync("参会情况 m1", stage.Group);
        var english = await stage.Observer.SaysAsync("attendance m1");

        reply.AllText.Should().Contain("- 区财政局：参加（⚠ 是改期前的答复，尚未按新时间确认）")
            .And.Contain("- 区人社局：参加\n")
            .And.Contain("合计：参加 1，派员参加 0，请假 0，未回复 5，改期前的答复 1（待按新时间重新答复）。");
        english.AllText.Should().Contain("- 区财政局: attend (⚠ answered before the meeting moved; not yet confirmed for the new time)")
            .And.Contain("In all: 1 attend, 0 send a deputy, 0 absent, 5 not answered, 1 answered before the move");
    }

    [Fact]
    public async Task Overview_AfterAChangeOfPlaceOnly_KeepsTheAnswersAsAnswers()
    {
        await stage.FinanceContact.SaysAsync("参加 m1");
        await stage.Convenor.SaysAsync("调整会议 m1 地点：区政府第二会议室", stage.Group);

        var reply = await stage.Convenor.SaysAsync("参会情况 m1", stage.Group);

        (await stage.MeetingAsync("m1")).State.Location.Should().Be("区政府第二会议室");
        reply.AllText.Should().Contain("- 区财政局：参加\n").And.NotContain("改期前").And.Contain("合计：参加 1，");
    }
}
