using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>
/// An instance killed in the middle of one reminder's fan-out: each recipient reached was recorded as it happened,
/// so the instance taking the claim over sends only to those not reached, and at most the message in flight twice.
/// </summary>
public sealed class FanOutCrashTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    /// <summary>The first real reminder, composed for five people at once (as a managers' or a meeting notice is).</summary>
    private sealed class FiveRecipients(ReportingStage stage) : IReminderPlanner
    {
        private readonly ReminderPlanner real = new();

        public IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to) =>
            real.Between(snapshot, policy, from, to).Take(1).ToList();

        public IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late)
        {
            var message = real.Compose(reminder, snapshot, policy, late)[0].Message;
            ChatPerson[] people = [stage.FinanceContact, stage.EducationContact, stage.LabourContact, stage.Convenor, stage.Observer];
            return [.. people.Select(p => new Notification(p.Account, message))];
        }
    }

    [Fact]
    public async Task SweepAsync_KilledWhileSendingTheThirdOfFive_TheTakeOverSendsTheLastThreeOnly()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        var planner = new FiveRecipients(stage);
        var crashing = chat.Reminders("host-a", planner: planner);
        var survivor = chat.Reminders("host-b", separateInstance: true, planner: planner);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        // The third send reaches Teams, then the process dies before it can record anything.
        chat.Channel.Fault = n =>
        {
            if (n.To.SameAs(stage.LabourContact.Account) && chat.Receive(n)) throw new IOException("the process was killed");
            return null;
        };

        (await crashing.SweepAsync(CancellationToken.None)).Errors.Should().Be(1);
        chat.Channel.Fault = null;
        var record = (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Should().ContainSingle().Subject;
        DeliveryProgress.Read(record.Detail).Delivered.Should().HaveCount(2, "each recipient reached was recorded before the next");

        chat.Clock.Advance(TimeSpan.FromMinutes(11));
        var recovery = await survivor.SweepAsync(CancellationToken.None);

        recovery.Recovered.Should().Be(1);
        recovery.Sent.Should().Be(1);
        chat.Channel.Delivered.Select(d => d.To.DisplayName).Should().Equal("王财政", "赵教育", "陈人社", "张召集", "周旁听");
        Reminded(stage.FinanceContact).Should().Be(1);
        Reminded(stage.EducationContact).Should().Be(1);
        Reminded(stage.LabourContact).Should().Be(2, "the one message in flight at the crash is the only one sent twice");
        Reminded(stage.Convenor).Should().Be(1);
        Reminded(stage.Observer).Should().Be(1);
    }

    [Fact]
    public async Task SweepAsync_ALongFanOut_KeepsItsClaimWhileItRecordsProgress()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        var planner = new FiveRecipients(stage);
        var slow = chat.Reminders("host-a", planner: planner);
        var other = chat.Reminders("host-b", separateInstance: true, planner: planner);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        var sweptMeanwhile = new List<ReminderSweepSummary>();
        // Every send takes 4 minutes (a throttled Connector): 20 minutes in all, twice the lease; the other instance sweeps meanwhile.
        chat.Channel.WhileSending = async _ =>
        {
            chat.Clock.Advance(TimeSpan.FromMinutes(4));
            sweptMeanwhile.Add(await other.SweepAsync(CancellationToken.None));
        };

        var summary = await slow.SweepAsync(CancellationToken.None);

        summary.Sent.Should().Be(1);
        sweptMeanwhile.Should().OnlyContain(s => s == ReminderSweepSummary.None, "a claim that records progress is alive, not stale");
        chat.Channel.Delivered.Should().HaveCount(5);
    }

    private static int Reminded(ChatPerson person) => person.Inbox.Count(m => m.Text.Contains("还有 7 天", StringComparison.Ordinal));

    public void Dispose() => chat.Dispose();
}
