namespace MeetingBot.Core.Domain.Reporting;

public enum ProgressStatus { NotStarted, OnTrack, AtRisk, Done }

/// <summary>A figure reported against one of the task's targets (by its position in the task's target list).</summary>
public sealed record TargetFigure(int TargetIndex, string Value);

/// <summary>What a unit reports on one task: status, figures against the task's targets, and narrative.</summary>
public sealed record TaskProgress(string TaskId, ProgressStatus Status, IReadOnlyList<TargetFigure> Figures, string? Narrative)
{
    public const int MaxNarrativeLength = 20_000;
    public const int MaxFigureLength = 200;

    /// <summary>Whether two entries say the same (status, figures and text): the record's own equality compares the figure lists by reference.</summary>
    public bool Says(TaskProgress? other) =>
        other is not null && other.TaskId == TaskId && other.Status == Status && other.Narrative == Narrative && other.Figures.SequenceEqual(Figures);
}
