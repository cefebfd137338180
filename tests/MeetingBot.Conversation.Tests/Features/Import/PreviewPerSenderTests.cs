using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Features.Import;

/// <summary>
/// A preview belongs to whoever sent the file, where they sent it: two people sending the same plan each have theirs;
/// and a confirmation whose change the store could not save leaves the preview to confirm again.
/// </summary>
public sealed class PreviewPerSenderTests : IDisposable
{
    private readonly FailingStore failing;
    private readonly ChatHarness chat;

    public PreviewPerSenderTests()
    {
        FailingStore? wrapped = null;
        chat = new ChatHarness(ownCatalog: true, storeSeenByTheBot: s => wrapped = new FailingStore(s));
        failing = wrapped!;
    }

    private static byte[] Plan() => File.ReadAllBytes(Path.Combine(RepoRoot.Find(), "seeds", Scenario.YongnianSeed));

    private async Task<OutgoingMessage> PreviewAsync(ChatPerson person, string fileName) =>
        (await chat.SendsFileAsync(person, fileName, Plan())).Messages.Single(m => m.Card is not null);

    [Fact]
    public async Task TwoPeopleSendingTheSamePlan_EachHaveTheirOwnPreview_OneConfirmedLeavesTheOthersToThem()
    {
        var convenor = chat.Person("张召集");
        var colleague = chat.Person("李秘书");
        var first = await PreviewAsync(convenor, "永年区方案.txt");
        var second = await PreviewAsync(colleague, "方案（区政府办转来）.txt");

        var created = await convenor.PressAsync(first, Replies.ImportCreateButton(Lang.Zh));
        var discarded = await colleague.PressAsync(second, Replies.ImportDiscardButton(Lang.Zh));

        created.AllText.Should().Contain("已创建联席会议");
        discarded.AllText.Should().Be(Replies.ImportDiscarded(Lang.Zh, "方案（区政府办转来）.txt"), "the colleague's preview was theirs, not used up by the convenor's");
        discarded.AllText.Should().NotBe(Replies.ImportAlreadyHandled(Lang.Zh));
        (await convenor.PressAsync(first, Replies.ImportCreateButton(Lang.Zh))).Messages.Last().Text.Should().Be(Replies.ImportAlreadyHandled(Lang.Zh), "each preview is still confirmed once");
    }

    [Fact]
    public async Task AConfirmationTheStoreCouldNotSave_LeavesThePreview_SoPressingAgainCreatesTheJointMeeting()
    {
        var convenor = chat.Person("张召集");
        var preview = await PreviewAsync(convenor, "永年区方案.txt");
        failing.FailNextSaveOf<JointMeeting>();

        var failed = await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh));

        failing.Failed.Should().BeTrue();
        failed.AllText.Should().NotContain("已创建联席会议");
        (await chat.Store.ListAsync()).Should().BeEmpty();

        var again = await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh));

        again.AllText.Should().Contain("已创建联席会议", "the preview was put back when the save failed");
        (await chat.Store.ListAsync()).Should().ContainSingle();
        (await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh))).Messages.Last().Text.Should().Be(Replies.ImportAlreadyHandled(Lang.Zh));
    }

    /// <summary>Fails the bot's next save of a change holding a <typeparamref name="T"/>, as a store that is down for a moment.</summary>
    private sealed class FailingStore(IJointMeetingStore inner) : IJointMeetingStore
    {
        private Func<ChangeSet, bool>? when;

        public bool Failed { get; private set; }

        public void FailNextSaveOf<T>() => when = changes => changes.Changes.Any(c => c.Aggregate is T);

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
        public Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
        public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.LoadAsync(jointMeetingId, cancellationToken);
        public Task<IReadOnlyList<ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default) =>
            inner.GetReportHistoryAsync(jointMeetingId, roundId, unitId, cancellationToken);
        public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(jointMeetingId, cancellationToken);
        public Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default) => inner.FindActionAsync(jointMeetingId, actionId, cancellationToken);

        public Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default)
        {
            if (when is { } fail && fail(changes))
            {
                when = null;
                Failed = true;
                throw new StoreUnavailableException("The store is down for a moment.");
            }
            return inner.SaveAsync(changes, cancellationToken);
        }
    }

    public void Dispose() => chat.Dispose();
}
