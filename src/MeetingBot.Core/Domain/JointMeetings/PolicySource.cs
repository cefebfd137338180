namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>A policy document the joint meeting was set up from: its file name in the library and its title.</summary>
public sealed record PolicySource(string SourceName, string Title);
