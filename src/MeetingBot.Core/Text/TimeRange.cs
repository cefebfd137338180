namespace MeetingBot.Core.Text;

/// <summary>A start time, and an end time when a range was given ("14:30-16:30", "下午2点到4点").</summary>
public readonly record struct TimeRange(TimeOnly Start, TimeOnly? End);
