using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>A moved meeting keeps its number, its notice says from when to when, and cards of the old plan do not act on the new one.</summary>
public sealed class MeetingChangeTests : IAsyncLifetime
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

    private static string Attend => Replies.AttendanceName(Lang.Zh, Attendance.Attend);

    [Fact]
    public async Task Reschedule_KeepsANumberThatIsNoDateAndTheNoticeSaysFromWhenToWhen()
    {
        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-19 09:00", stage.Group);

        var meeting = (await stage.MeetingsAsync()).Should().ContainSingle().Subject;
        meeting.Id.Should().Be("m1", "the number stays when the meeting moves, and does not look like a day");
        meeting.State.MovedFrom.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));
        var notice = stage.FinanceContact.Received("会议调整通知");
        notice.Text.Should().Contain("会议时间从 2026年6月18日（周四）14:30–16:30 改到 2026年6月19日（周五）09:00–11:00");
        notice.Card!.Json().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Should().Contain("会议时间从 2026年6月18日（周四）14:30–16:30 改到", "the card says it too: Teams shows the card alone");
    }

    [Fact]
    public async Task AttendOnTheNoticeOfTheOldTime_AsksAgainAndRecordsNothingUntilAnsweredForTheNewTime()
    {
        var oldNotice = stage.FinanceContact.Received("会议通知");
        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-19 09:00", stage.Group);

        var onOld = await stage.FinanceContact.PressAsync(oldNotice, Attend);

        var ask = onOld.Messages.Single();
        ask.Text.Should().StartWith("没有记录：您答复的是旧的会议通知").And.Contain("从 2026年6月18日（周四）14:30 改到 2026年6月19日（周五）09:00–11:00");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();

        var onNew = await stage.FinanceContact.PressAsync(ask, Attend);

        onNew.AllText.Should().StartWith("> 回复：m1 第一次全体会议\n\n已登记：区财政局 参加 m1 的会议");
        (await stage.MeetingAsync("m1")).State.Replies.Should().ContainSingle().Which.Sequence.Should().Be(1, "the answer is to the new time");
    }

    [Fact]
    public async Task RescheduleFormOfTheOldPlan_IsRefusedWithAFreshFormAndTheNewerChangeStays()
    {
        var form = (await stage.Convenor.SaysAsync("调整会议 m1", stage.Group)).Messages.Single();
        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-19 09:00", stage.Group);

        var stale = await stage.Convenor.PressAsync(form, Replies.RescheduleButton(Lang.Zh), new Dictionary<string, string> { ["place"] = "区政府第二会议室" }, stage.Group);

        stale.Messages.Single().Text.Should().StartWith("没有执行：这张卡片发出后，会议 m1 已被调整");
        stale.Messages.Single().Card.Should().NotBeNull("a fresh form of the plan as it is now");
        var meeting = await stage.MeetingAsync("m1");
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 19, 9, 0, 0), "the old form would have moved it back");
        meeting.State.Location.Should().Be("区政府第一会议室");
    }

    [Fact]
    public async Task MeetingsStoredWithADayAsTheirId_StillLoadAndAreAddressed()
    {
        await stage.Chat.PlanMeetingAsync("2026-11-19", new DateTime(2026, 11, 19, 9, 0, 0), "第二次全体会议");

        var listed = await stage.Convenor.SaysAsync("2026年的会议", stage.Group);
        var cancelled = await stage.Convenor.SaysAsync("取消会议 2026-11-19 原因：并入下次会议", stage.Group);
        var next = await stage.Convenor.SaysAsync("安排会议 2026-12-10 09:00 第三次全体会议", stage.Group);

        listed.AllText.Should().Contain("2026-11-19");
        cancelled.AllText.Should().Contain("已取消会议 **2026-11-19**");
        (await stage.MeetingAsync("2026-11-19")).Status.Should().Be(MeetingStatus.Cancelled);
        next.AllText.Should().Contain("已安排会议 **m3**");
    }
}
