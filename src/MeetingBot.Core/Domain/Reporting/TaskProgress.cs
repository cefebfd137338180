namespace MeetingBot.Core.Domain.Reporting;

public enum ProgressStatus { NotStarted, OnTrack, AtRisk, Done }

/// <summary>A figure reported against one of the task's targets (by its position in the task's target list).</summary>
public sealed record TargetFigure(int TargetIndex, string Value);

/// <summary>What a unit reports on one task: status, figures against the task's targets, and narrative.</summary>
public sealed record TaskProgress(string TaskId, ProgressStatus Status, IReadOnlyList<TargetFigure> Figures, string? Narrative)
{
    public const int MaxNarrativeLength = 20_000;
    public const int MaxFigureLength = 200;
}
