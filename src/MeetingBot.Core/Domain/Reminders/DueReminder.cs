namespace MeetingBot.Core.Domain.Reminders;

/// <summary>One reminder the state calls for at its local time, converted to an instant in the joint meeting's zone.</summary>
public sealed record DueReminder(ReminderKey Key, DateTimeOffset At);
