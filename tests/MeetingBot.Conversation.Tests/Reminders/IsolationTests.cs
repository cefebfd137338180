using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Reminders;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>One joint meeting whose reminders cannot be worked out does not hold back the others'.</summary>
public sealed class IsolationTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    /// <summary>The real planner, except for one joint meeting whose state it cannot read.</summary>
    private sealed class BrokenFor(string jointMeetingId) : IReminderPlanner
    {
        private readonly ReminderPlanner real = new();

        public IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to) =>
            snapshot.JointMeeting.Value.Id == jointMeetingId
                ? throw new InvalidOperationException("bad state")
                : real.Between(snapshot, policy, from, to);

        public IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late) =>
            real.Compose(reminder, snapshot, policy, late);
    }

    [Fact]
    public async Task SweepAsync_OneJointMeetingFails_TheOthersRemindersStillGoOut()
    {
        await ReminderStage.SetUpAsync(chat);
        var document = chat.Catalog.Documents.Single(d => d.SourceName == Scenario.YongnianSeed);
        var created = await new CreateJointMeetingHandler(chat.Store, chat.Clock)
            .HandleAsync(new CreateJointMeeting(new JointMeetingSettings("aaa-broken", "另一个联席会议"), document, chat.Person("李召集").Account));
        created.Refusal.Should().BeNull();
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);

        var summary = await chat.Reminders(planner: new BrokenFor("aaa-broken")).SweepAsync(CancellationToken.None);

        summary.Errors.Should().Be(1);
        summary.Sent.Should().Be(3);
        chat.Channel.Delivered.Should().HaveCount(3);
    }

    public void Dispose() => chat.Dispose();
}
