using MeetingBot.Conversation.Tests.Infrastructure;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

public sealed class RescheduleAndCancelTests : IAsyncLifetime
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
    public async Task Reschedule_ByLine_MovesTheMeetingAndSendsAnUpdatedInvitation()
    {
        var first = MeetingStage.Invitation(stage.FinanceContact.Received("会议通知")).Events.Single();

        var reply = await stage.Convenor.SaysAsync("调整会议 2026-06-18 2026-06-20 09:00 因场地冲突", stage.Group);

        var meeting = await stage.MeetingAsync("m1");
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 20, 9, 0, 0));
        meeting.State.Location.Should().Be("区政府第一会议室", "what is not said stays");
        meeting.State.Agenda.Should().Be("第一次全体会议", "a note is not an agenda");
        reply.AllText.Should().Contain("已调整会议 **m1**（原定 2026年6月18日（周四）14:30–16:30）");

        var notice = stage.FinanceContact.Received("会议调整通知");
        notice.Text.Should().Contain("会议时间从 2026年6月18日（周四）14:30–16:30 改到 2026年6月20日（周六）09:00–11:00").And.Contain("说明：因场地冲突");
        notice.Card.Should().NotBeNull("the units answer again from the new notice");
        var moved = MeetingStage.Invitation(notice).Events.Single();
        moved.Uid.Should().Be(first.Uid);
        moved.Sequence.Should().BeGreaterThan(first.Sequence);
        moved.DtStart!.AsUtc.Should().Be(new DateTime(2026, 6, 20, 1, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Reschedule_OfTheOnlyMeetingByItsNewDay_MovesIt()
    {
        await stage.Convenor.SaysAsync("调整会议 2026-06-25 10:00");

        (await stage.MeetingAsync("m1")).State.LocalStart.Should().Be(new DateTime(2026, 6, 25, 10, 0, 0));
    }

    [Fact]
    public async Task Reschedule_ByCard_ChangesWhatTheFormSays()
    {
        var form = (await stage.Convenor.SaysAsync("reschedule 2026-06-18")).Messages.Single();
        form.Text.Should().Contain("reschedule m1 2026-06-19 14:30", "the text says how to type the same");

        await stage.Convenor.PressAsync(form, Replies.RescheduleButton(Lang.En), new Dictionary<string, string> { ["time"] = "10:00", ["place"] = "" });

        var meeting = await stage.MeetingAsync("m1");
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 10, 0, 0));
        meeting.State.Location.Should().BeNull("the form sends the whole plan; an emptied place is no place");
        meeting.State.Sequence.Should().Be(1);
    }

    [Fact]
    public async Task Reschedule_WithoutAnIdWhenTwoArePlanned_OffersAButtonPerMeetingThenTheForm()
    {
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议");

        var which = (await stage.Convenor.SaysAsync("调整会议")).Messages.Single();
        which.Text.Should().Contain("“调整会议 m2 日期 时间”");
        var form = (await stage.Convenor.PressAsync(which, Replies.MeetingChoice(Lang.Zh, await stage.MeetingAsync("m2")))).Messages.Single();
        await stage.Convenor.PressAsync(form, Replies.RescheduleButton(Lang.Zh), new Dictionary<string, string> { ["date"] = "2026-11-27" });

        (await stage.MeetingAsync("m2")).State.LocalStart.Should().Be(new DateTime(2026, 11, 27, 9, 0, 0));
        (await stage.MeetingAsync("m1")).State.Sequence.Should().Be(0);
    }

    [Fact]
    public async Task Reschedule_ByAUnitContact_IsRefused()
    {
        var reply = await stage.FinanceContact.SaysAsync("调整会议 2026-06-18 2026-06-20 09:00");

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以调整会议。");
        (await stage.MeetingAsync("m1")).State.Sequence.Should().Be(0);
    }

    [Fact]
    public async Task Reschedule_AnUnknownMeeting_SaysSoAndChangesNothing()
    {
        var reply = await stage.Convenor.SaysAsync("调整会议 m404 2026-06-20 09:00");

        reply.AllText.Should().Be(Replies.UnknownMeeting(Lang.Zh, "m404"));
        (await stage.MeetingAsync("m1")).State.Sequence.Should().Be(0);
    }

    [Fact]
    public async Task Cancel_WithoutAReason_AsksForOneWithACard_ThenCancelsAndNotifies()
    {
        var ask = (await stage.Convenor.SaysAsync("取消会议 2026-06-18", stage.Group)).Messages.Single();
        ask.Text.Should().Contain("取消会议 m1 原因：");
        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Planned);
        var emptyReason = () => stage.Convenor.PressAsync(ask, Replies.CancelButton(Lang.Zh), where: stage.Group);
        await emptyReason.Should().ThrowAsync<InvalidOperationException>("the reason is a required input");

        var reply = await stage.Convenor.PressAsync(ask, Replies.CancelButton(Lang.Zh), new Dictionary<string, string> { ["reason"] = "召集人出差" }, stage.Group);

        var meeting = await stage.MeetingAsync("m1");
        meeting.Status.Should().Be(MeetingStatus.Cancelled);
        meeting.State.CancelReason.Should().Be("召集人出差");
        reply.AllText.Should().Contain("已取消会议 **m1**").And.Contain("还差 2 次");

        var notice = stage.FinanceContact.Received("会议取消通知");
        notice.Text.Should().Contain("召集人出差");
        notice.Card!.Json()["actions"].Should().BeNull("nobody answers a cancelled meeting");
        var calendar = MeetingStage.Invitation(notice);
        calendar.Method.Should().Be("CANCEL");
        calendar.Events.Single().Status.Should().Be("CANCELLED");
        calendar.Events.Single().Sequence.Should().Be(1);
    }

    [Fact]
    public async Task Cancel_InEnglishWithAReason_Cancels()
    {
        var reply = await stage.Convenor.SaysAsync("cancel meeting 2026-06-18 because the venue is unavailable");

        reply.AllText.Should().StartWith("Cancelled meeting **m1**");
        (await stage.MeetingAsync("m1")).State.CancelReason.Should().Be("the venue is unavailable");
    }

    [Fact]
    public async Task Cancel_WithAForgedCardWithoutReason_AsksAgainAndChangesNothing()
    {
        var reply = await stage.Convenor.SubmitsAsync(new JsonObject
        {
            ["action"] = MeetingCards.CancelAction, ["jm"] = "yongnian", ["lang"] = "zh", ["meeting"] = "m1", ["reason"] = "  ",
        });

        reply.Messages.Single().Card.Should().NotBeNull();
        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Planned);
        stage.FinanceContact.Inbox.Should().NotContain(m => m.Text.Contains("会议取消通知"));
    }

    [Fact]
    public async Task Cancel_WithAnOverlongReason_IsRefused()
    {
        var reply = await stage.Convenor.SubmitsAsync(new JsonObject
        {
            ["action"] = MeetingCards.CancelAction, ["jm"] = "yongnian", ["lang"] = "zh", ["meeting"] = "m1",
            ["reason"] = new string('因', MeetingCommands.MaxReasonLength + 1),
        });

        reply.AllText.Should().StartWith("没有执行：内容太长");
        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Planned);
    }

    [Fact]
    public async Task Cancel_ByAnObserver_IsRefused()
    {
        var reply = await stage.Observer.SaysAsync("取消会议 2026-06-18 原因：不想开");

        reply.AllText.Should().Be("没有执行：列席人员只能查看。召集人或联席会议办公室可以取消会议。");
        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Planned);
    }

    [Fact]
    public async Task RescheduleOrCancel_OfACancelledMeeting_ExplainsWhatBecameOfIt()
    {
        var form = (await stage.Convenor.SaysAsync("调整会议 2026-06-18")).Messages.Single();
        await stage.Convenor.SaysAsync("取消会议 2026-06-18 原因：召集人出差");

        var typed = await stage.Convenor.SaysAsync("调整会议 2026-06-18 2026-06-20 09:00");
        var stale = await stage.Convenor.PressAsync(form, Replies.RescheduleButton(Lang.Zh));
        var again = await stage.Convenor.SaysAsync("取消会议 2026-06-18 原因：再次取消");

        var meeting = await stage.MeetingAsync("m1");
        typed.AllText.Should().Be(Replies.MeetingNoLongerPlanned(Lang.Zh, meeting, fromCard: false));
        stale.AllText.Should().Be(Replies.MeetingNoLongerPlanned(Lang.Zh, meeting, fromCard: true));
        again.AllText.Should().Contain("已取消，原因：召集人出差");
        meeting.State.Sequence.Should().Be(1);
    }

    [Fact]
    public async Task MarkHeld_BeforeTheMeeting_IsRefused_AndAfterItRecordsIt()
    {
        var early = await stage.Convenor.SaysAsync("会议已召开 2026-06-18");
        early.AllText.Should().Contain("开始前不能登记为已召开");

        stage.Chat.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 18, 17, 0, 0, TimeSpan.FromHours(8)));
        var reply = await stage.Convenor.SaysAsync("会议已召开");

        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Held);
        reply.AllText.Should().Contain("已登记会议 **m1**").And.Contain("已召开 1 次");
        var stale = await stage.FinanceContact.PressAsync(stage.FinanceContact.Received("会议通知"), Replies.AttendanceName(Lang.Zh, Attendance.Attend));
        stale.AllText.Should().Contain("已召开。这张卡片已失效");
    }

    [Fact]
    public async Task MarkHeld_InEnglishByAUnitContact_IsRefused()
    {
        stage.Chat.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 18, 17, 0, 0, TimeSpan.FromHours(8)));

        var reply = await stage.FinanceContact.SaysAsync("mark 2026-06-18 held");

        reply.AllText.Should().Be("Not done: Only the convenor or the secretariat can record meetings as held.");
        (await stage.MeetingAsync("m1")).Status.Should().Be(MeetingStatus.Planned);
    }
}
