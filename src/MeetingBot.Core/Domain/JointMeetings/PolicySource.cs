namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// A policy document the joint meeting was set up from: its file name in the library, its title, and its date
/// where it states one (the start of its targets' time for on-pace figures; states stored before it read as none).
/// </summary>
public sealed record PolicySource(string SourceName, string Title, DateOnly? Date = null);
