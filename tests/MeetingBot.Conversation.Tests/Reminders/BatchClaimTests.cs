using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>
/// A 09:00 fan-out of one joint meeting: its reminders are claimed a chunk at a time (one store write per chunk of
/// as many as are delivered at once) instead of one write each, and still each goes out exactly once, also with two
/// instances sweeping at the same moment and when a sweep is stopped halfway.
/// </summary>
public sealed class BatchClaimTests : IDisposable
{
    private const int Contacts = 19;
    private readonly ChatHarness chat = new(ReminderStage.Opened);
    private readonly ChatPerson[] contacts;
    private readonly ToEveryContact planner;

    public BatchClaimTests()
    {
        contacts = [.. Enumerable.Range(1, Contacts).Select(i => chat.Person($"联络员{i:00}"))];
        planner = new ToEveryContact(contacts);
    }

    /// <summary>The first real reminder, due once for each of the contacts (a reminder each, as units' contacts get them).</summary>
    private sealed class ToEveryContact(ChatPerson[] contacts) : IReminderPlanner
    {
        private readonly ReminderPlanner real = new();

        public IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to) =>
            [.. real.Between(snapshot, policy, from, to).Take(1).SelectMany(d =>
                contacts.Select((_, i) => d with { Key = d.Key with { Recipient = $"{d.Key.Recipient}~{i}" } }))];

        public IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late)
        {
            var recipient = reminder.Key.Recipient.Split('~');
            var message = real.Compose(reminder with { Key = reminder.Key with { Recipient = recipient[0] } }, snapshot, policy, late)[0].Message;
            return [new Notification(contacts[int.Parse(recipient[1], System.Globalization.CultureInfo.InvariantCulture)].Account, message)];
        }
    }

    [Fact]
    public async Task SweepAsync_NineteenRemindersOfOneJointMeeting_AreClaimedInTwoWritesAndEachSentOnce()
    {
        await ReminderStage.SetUpAsync(chat);
        CountingLedger? counted = null;
        var dispatcher = chat.Reminders("host-a", planner: planner, ledgerSeen: l => counted = new CountingLedger(l));
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);

        var summary = await dispatcher.SweepAsync(CancellationToken.None);

        summary.Sent.Should().Be(Contacts);
        counted!.Batches.Should().Equal([16, 3], "chunks as large as the 16 deliveries running at once");
        counted.SingleClaims.Should().Be(0, "no reminder needed a claim of its own");
        contacts.Should().OnlyContain(c => c.Inbox.Count == 1, "each contact got the reminder once");
        (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Should().HaveCount(Contacts).And.OnlyContain(r => r.State == ReminderState.Sent);
    }

    [Fact]
    public async Task SweepAsync_TwoInstancesSweepingTheFanOutAtOnce_SendEachReminderOnce()
    {
        await ReminderStage.SetUpAsync(chat);
        var a = chat.Reminders("host-a", planner: planner);
        var b = chat.Reminders("host-b", separateInstance: true, planner: planner);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);

        var summaries = await Task.WhenAll(Task.Run(() => a.SweepAsync(CancellationToken.None)), Task.Run(() => b.SweepAsync(CancellationToken.None)));

        summaries.Sum(s => s.Sent).Should().Be(Contacts, "each delivery was counted by the one instance that claimed it");
        contacts.Should().OnlyContain(c => c.Inbox.Count == 1, "each contact got the reminder once");
        (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Should().HaveCount(Contacts).And.OnlyContain(r => r.State == ReminderState.Sent);
    }

    [Fact]
    public async Task SweepAsync_StoppedHalfway_TheUnclaimedGoOutAtOnceAndTheClaimedAfterTheLease()
    {
        await ReminderStage.SetUpAsync(chat);
        CountingLedger? counted = null;
        var stopping = chat.Reminders("host-a", planner: planner, options: new ReminderDispatchOptions { MaxConcurrentDeliveries = 4 },
            ledgerSeen: l => counted = new CountingLedger(l));
        var other = chat.Reminders("host-b", separateInstance: true, planner: planner);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        using var shutdown = new CancellationTokenSource();
        var sends = 0;
        // The host is told to stop as the sixth message is about to leave: it and any later one do not go out.
        chat.Channel.WhileSending = _ =>
        {
            if (Interlocked.Increment(ref sends) < 6) return Task.CompletedTask;
            shutdown.Cancel();
            throw new OperationCanceledException(shutdown.Token);
        };

        await stopping.Invoking(d => d.SweepAsync(shutdown.Token)).Should().ThrowAsync<OperationCanceledException>();
        chat.Channel.WhileSending = null;
        var reachedBeforeStop = contacts.Where(c => c.Inbox.Count == 1).ToHashSet();
        var afterStop = await chat.Ledger.ListAsync(Scenario.JointMeetingId);
        counted!.Batches.Should().OnlyContain(size => size == 4, "chunks as large as the 4 deliveries running at once");
        counted.SingleClaims.Should().Be(0);
        afterStop.Count.Should().BeInRange(reachedBeforeStop.Count, Contacts - 1, "what was reached was claimed, and the stop came before the last chunk");
        var unfinished = afterStop.Where(r => r.State == ReminderState.Claimed).ToList();
        unfinished.Should().NotBeEmpty("the reminder whose send was stopped is claimed and not finished");

        // Another instance at once: the reminders never claimed were marked due again, so they go out now; the
        // claims left unfinished wait for their lease.
        var atOnce = await other.SweepAsync(CancellationToken.None);
        atOnce.Sent.Should().Be(Contacts - afterStop.Count);
        atOnce.Recovered.Should().Be(0);

        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        var takeover = await other.SweepAsync(CancellationToken.None);
        takeover.Recovered.Should().Be(unfinished.Count, "every claim the stopped sweep left is taken over after the lease");
        takeover.Sent.Should().Be(unfinished.Count);

        (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Should().HaveCount(Contacts).And.OnlyContain(r => r.State == ReminderState.Sent);
        contacts.Should().OnlyContain(c => c.Inbox.Count >= 1, "nothing was lost");
        var twice = contacts.Where(c => c.Inbox.Count > 1).ToList();
        twice.Where(c => c.Inbox.Count > 2 || !reachedBeforeStop.Contains(c)).Should().BeEmpty("only a message in flight at the stop can go out again");
        twice.Count.Should().BeLessThanOrEqualTo(4, "at most the 4 deliveries running at once were in flight");
    }

    public void Dispose() => chat.Dispose();
}
