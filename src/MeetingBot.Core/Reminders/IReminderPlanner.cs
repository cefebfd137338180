using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// What is due and what it says, as the dispatcher sees it. The application uses <see cref="ReminderPlanner"/> (the
/// domain's schedule and texts); tests of delivery alone (retries, crashes) may plan a few reminders of their own.
/// </summary>
public interface IReminderPlanner
{
    /// <summary>The reminders falling in [from, to) for the joint meeting's state.</summary>
    IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to);

    /// <summary>The messages of one reminder; none when it is no longer due (the unit submitted, the meeting was cancelled).</summary>
    IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late);
}

/// <summary>The domain's reminder schedule and the conversation's reminder texts, in each recipient's language when known.</summary>
public sealed class ReminderPlanner(Conversation.People.IPersonLanguages? people = null) : IReminderPlanner
{
    public IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to) =>
        ReminderSchedule.Between(snapshot, policy, from, to);

    public IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late) =>
        ReminderMessages.Compose(reminder, snapshot, policy, late, people is null ? null : people.Find);
}
