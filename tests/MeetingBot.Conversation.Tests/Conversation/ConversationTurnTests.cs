using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Conversation;

// The turn's save loop and the handler's one boundary: conflicts are retried on fresh state, refusals and outages
// leave nothing half done, and the reply says so.
public sealed class ConversationTurnTests : IDisposable
{
    private readonly ChatHarness chat = new();

    private sealed class AddUnitFeature(string unit, bool notifyFirst = false) : IConversationFeature
    {
        public IEnumerable<CommandHelp> Commands => [];

        public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
        {
            await turn.LoadAsync(cancellationToken);
            if (notifyFirst) turn.NotifyManagers(new OutgoingMessage("准备添加"));
            await turn.ChangeAsync((s, changes) =>
            {
                s.JointMeeting.Value.AddUnit(turn.From, unit, [], turn.Now);
                changes.Update(s.JointMeeting);
            }, cancellationToken);
            turn.Say("已添加");
            return true;
        }
    }

    /// <summary>Lets a test act just before the handler's save reaches the store, or fail it.</summary>
    private sealed class InterferingStore(IJointMeetingStore inner) : IJointMeetingStore
    {
        public Func<Task>? BeforeSave { get; set; }
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
            Saves++;
            if (BeforeSave is { } act) await act();
            return await inner.SaveAsync(changes, cancellationToken);
        }
    }

    private (ConversationHandler Handler, InterferingStore Store) HandlerWith(IConversationFeature feature)
    {
        var store = new InterferingStore(chat.Store);
        return (new ConversationHandler([feature], store, new JointMeetingDirectory(store, chat.Clock), AdaptiveCardBudget.Instance, chat.Clock), store);
    }

    private ChatMessage From(ChatPerson person) => new(person.Account, person.Personal, "添加");

    [Fact]
    public async Task ChangeAsync_SomeoneSavedFirst_AppliesTheChangeAgainOnTheirState()
    {
        var convenor = chat.Person("张召集");
        await chat.YongnianAsync(convenor);
        var (handler, store) = HandlerWith(new AddUnitFeature("区统计局"));
        store.BeforeSave = async () =>
        {
            store.BeforeSave = null; // once
            await chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, "区审计局", [], now));
        };

        var reply = await handler.HandleAsync(From(convenor));

        reply.AllText.Should().Be("已添加");
        var units = (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.Units.Select(u => u.Name);
        units.Should().Contain(["区审计局", "区统计局"]);
        store.Saves.Should().Be(2);
    }

    [Fact]
    public async Task ChangeAsync_ConflictsEveryTime_SaysSoAndChangesNothingOfTheirs()
    {
        var convenor = chat.Person("张召集");
        await chat.YongnianAsync(convenor);
        var (handler, store) = HandlerWith(new AddUnitFeature("区统计局"));
        var n = 0;
        store.BeforeSave = () => chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, $"区审计局{++n}", [], now));

        var reply = await handler.HandleAsync(From(convenor));

        reply.AllText.Should().Be(Replies.KeptConflicting(Lang.Zh));
        var units = (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.Units.Select(u => u.Name);
        units.Should().NotContain("区统计局");
    }

    [Fact]
    public async Task HandleAsync_DomainRefuses_ReplyIsOnlyTheRefusalAndNoNotificationLeaves()
    {
        var convenor = chat.Person("张召集");
        await chat.YongnianAsync(convenor);
        var (handler, _) = HandlerWith(new AddUnitFeature("区财政局", notifyFirst: true)); // a member unit already

        var reply = await handler.HandleAsync(From(convenor));

        reply.Messages.Should().ContainSingle().Which.Text.Should().Be("没有执行：“区财政局”已经是成员单位。");
        reply.Notifications.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_StoreDown_SaysNothingChanged()
    {
        var convenor = chat.Person("张召集");
        await chat.YongnianAsync(convenor);
        var (handler, store) = HandlerWith(new AddUnitFeature("区统计局"));
        store.BeforeSave = () => throw new StoreUnavailableException("disk gone");

        var reply = await handler.HandleAsync(From(convenor));

        reply.AllText.Should().Be(Replies.StoreUnavailable(Lang.Zh));
    }

    public void Dispose() => chat.Dispose();
}
