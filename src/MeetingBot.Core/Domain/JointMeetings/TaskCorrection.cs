namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>What the convenor corrected about an imported task.</summary>
public enum TaskCorrectionKind { Lead, Responsible, NotForThisMeeting }

/// <summary>
/// One correction of a task of the imported document (by the task's id, which is its number in the document):
/// the units it names now, or that it is not this joint meeting's. The latest of each kind per task holds.
/// </summary>
public sealed record TaskCorrection(string TaskId, TaskCorrectionKind Kind, IReadOnlyList<string> UnitNames);
