namespace MeetingBot.Core.Domain.Persistence;

/// <summary>
/// A joint meeting as the deployment's list names it: its id and name, what a search, a count and a page need. A
/// province lists ten thousand of these in about a megabyte, where their whole records take hundreds.
/// </summary>
public sealed record JointMeetingEntry(string Id, string Name);
