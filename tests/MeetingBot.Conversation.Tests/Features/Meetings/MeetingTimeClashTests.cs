using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>
/// Two meetings at overlapping times are caught where the meeting is saved, not only when the request is read:
/// requests that race each other, and a second confirmation of the same clash, find the meeting the other made.
/// </summary>
public sealed class MeetingTimeClashTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync() => stage = await MeetingStage.CreateAsync();

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoScheduleLinesRacing_ForOverlappingTimes_OnlyOneIsScheduledAndTheOtherIsAsked()
    {
        var (racing, store) = RacingHandler();
        // The other request is read, checked and saved after this one has checked the time and before it saves.
        store.BeforeFirstSave = () => stage.Convenor.SaysAsync("安排会议 2026-06-18 15:00 专题会 地点：区政府第二会议室", stage.Group);

        var reply = await racing.HandleAsync(Line("安排会议 2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室"));

        var meeting = (await stage.MeetingsAsync()).Should().ContainSingle("14:30-16:30 and 15:00-17:00 overlap").Subject;
        meeting.State.Location.Should().Be("区政府第二会议室", "the request that saved first keeps its meeting");
        reply.AllText.Should().Contain($"这个时间已经安排了会议 {meeting.Id}").And.NotContain("已安排会议");
        reply.Notifications.Should().BeEmpty();
        store.Saves.Should().Be(0, "the clash is found on the retry after the conflict, and nothing of this request is saved");
    }

    [Fact]
    public async Task ScheduleRacingAMoveOntoTheSameTime_DifferentMeetings_OnlyOneTakesTheTime()
    {
        await stage.Convenor.SaysAsync("安排会议 2026-07-02 09:00 专题会", stage.Group);
        var (racing, store) = RacingHandler();
        // Another request moves m1 onto 18 June 14:30 meanwhile: no row of the new meeting is touched by it, so only
        // the calendar guard written with each new time makes the two saves meet.
        store.BeforeFirstSave = () => stage.Convenor.SaysAsync("调整会议 m1 改到 2026-06-18 14:30", stage.Group);

        var reply = await racing.HandleAsync(Line("安排会议 2026-06-18 14:30 第一次全体会议"));

        var meetings = await stage.MeetingsAsync();
        meetings.Should().ContainSingle().Which.State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));
        reply.AllText.Should().Contain("这个时间已经安排了会议 m1");
        store.Saves.Should().Be(0);
    }

    [Fact]
    public async Task TwoConfirmCardsOfTheSameClash_BothPressed_TheSecondAsksAgainInsteadOfAThirdMeeting()
    {
        await stage.ScheduleJuneMeetingAsync();
        // The line sent twice more: two questions, two "schedule anyway" cards, each agreeing to share the time with m1.
        var first = (await stage.ScheduleJuneMeetingAsync()).Messages.Single();
        var second = (await stage.ScheduleJuneMeetingAsync()).Messages.Single();

        (await stage.Convenor.PressAsync(first, Replies.ScheduleAnywayButton(Lang.Zh), null, stage.Group)).AllText.Should().Contain("已安排会议 **m2**");
        var again = await stage.Convenor.PressAsync(second, Replies.ScheduleAnywayButton(Lang.Zh), null, stage.Group);

        (await stage.MeetingsAsync()).Select(m => m.Id).Should().Equal("m1", "m2");
        again.AllText.Should().Contain("这个时间已经安排了会议 m1（").And.Contain("m2（").And.Contain("确认与 m1、m2 同时安排会议");
        again.Notifications.Should().BeEmpty();
    }

    [Fact]
    public async Task ConfirmLineTypedTwice_TheSecondAsksAgain()
    {
        await stage.ScheduleJuneMeetingAsync();
        const string confirm = "确认与 m1 同时安排会议 2026-06-18 14:30-16:30 地点：区政府第二会议室 议程：专题会";

        (await stage.Convenor.SaysAsync(confirm, stage.Group)).AllText.Should().Contain("已安排会议 **m2**");
        var again = await stage.Convenor.SaysAsync(confirm, stage.Group);

        (await stage.MeetingsAsync()).Should().HaveCount(2);
        again.AllText.Should().Contain("确认与 m1、m2 同时安排会议");
    }

    [Fact]
    public async Task ConfirmLineWithoutTheMeetingItAgreesTo_AsksWithTheLineThatNamesIt()
    {
        await stage.ScheduleJuneMeetingAsync();

        var reply = await stage.Convenor.SaysAsync("确认安排会议 2026-06-18 14:30 地点：区政府第二会议室", stage.Group);

        (await stage.MeetingsAsync()).Should().ContainSingle();
        reply.AllText.Should().Contain("确认与 m1 同时安排会议 2026-06-18 14:30-16:30 地点：区政府第二会议室");
    }

    [Fact]
    public async Task MoveOntoAnotherPlannedMeetingsTime_IsRefusedAndNothingMoves()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-07-02 09:00 专题会", stage.Group);
        stage.FinanceContact.Inbox.Clear();

        var reply = await stage.Convenor.SaysAsync("调整会议 m2 改到 2026-06-18 15:00", stage.Group);

        reply.AllText.Should().Contain("没有改期：那个时间已经安排了会议 m1").And.Contain("会议 m2 仍在 2026年7月2日");
        (await stage.MeetingAsync("m2")).State.LocalStart.Should().Be(new DateTime(2026, 7, 2, 9, 0, 0));
        stage.FinanceContact.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task MoveWithinItsOwnTime_IsNotAClashWithItself()
    {
        await stage.ScheduleJuneMeetingAsync();

        var reply = await stage.Convenor.SaysAsync("调整会议 m1 改到 2026-06-18 15:00", stage.Group);

        reply.AllText.Should().Contain("已调整会议 **m1**").And.NotContain("没有改期");
        (await stage.MeetingAsync("m1")).State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 15, 0, 0));
    }

    [Fact]
    public async Task EnglishConfirmLine_NamesTheMeetingsAndSchedules()
    {
        await stage.ScheduleJuneMeetingAsync();

        var asked = await stage.Convenor.SaysAsync("schedule meeting 2026-06-18 15:00 special session", stage.Group);
        asked.AllText.Should().Contain("confirm schedule meeting alongside m1 2026-06-18 15:00-17:00");
        var reply = await stage.Convenor.SaysAsync("confirm schedule meeting alongside m1 2026-06-18 15:00 special session", stage.Group);

        reply.AllText.Should().Contain("m2");
        (await stage.MeetingsAsync()).Should().HaveCount(2);
    }

    private ChatMessage Line(string text) => new(stage.Convenor.Account, stage.Group, text);

    private (ConversationHandler Handler, RacingStore Store) RacingHandler()
    {
        var store = new RacingStore(stage.Chat.Store);
        return (MeetingBotConversation.Create(store, stage.Chat.Catalog, AdaptiveCardBudget.Instance, stage.Chat.Clock), store);
    }

    /// <summary>Runs another request just before this handler's first save reaches the store: the two race.</summary>
    private sealed class RacingStore(IJointMeetingStore inner) : IJointMeetingStore
    {
        public Func<Task>? BeforeFirstSave { get; set; }
        public int Saves { get; private set; }
        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
        public Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
        public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.LoadAsync(jointMeetingId, cancellationToken);
        public Task<IReadOnlyList<Core.Domain.Reporting.ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default) =>
            inner.GetReportHistoryAsync(jointMeetingId, roundId, unitId, cancellationToken);
        public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(jointMeetingId, cancellationToken);
        public Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default) => inner.FindActionAsync(jointMeetingId, actionId, cancellationToken);

        public async Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default)
        {
            if (BeforeFirstSave is { } other)
            {
                BeforeFirstSave = null;
                await other();
            }
            var etags = await inner.SaveAsync(changes, cancellationToken);
            Saves++;
            return etags;
        }
    }
}
