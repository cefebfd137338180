using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Reporting;

/// <summary>序时进度: where a target stands against the time that has passed.</summary>
public enum PaceMark
{
    /// <summary>The share of the target reached is at least the share of the time elapsed.</summary>
    OnPace,
    Behind,
    /// <summary>The target is reached (a decreasing one: brought down to it).</summary>
    Done,
    /// <summary>The deadline has passed and the target is not reached.</summary>
    Overdue,
    /// <summary>Nobody has reported a figure for it yet (or the figure states no number in the target's terms).</summary>
    NoFigures,
    /// <summary>A figure, but no deadline to measure the time against (and the target not yet reached).</summary>
    NoDeadline,
    /// <summary>The target states no number ("完善制度建设"): there is nothing to measure.</summary>
    NotMeasurable,
}

/// <summary>
/// A target's pace: the share of it reached (0–1, null without a usable figure) against the share of the time
/// elapsed between the start (the document's date) and the deadline (null without a deadline).
/// </summary>
public sealed record Pace(PaceMark Mark, decimal? Reached, decimal? Elapsed)
{
    /// <summary>
    /// The pace of <paramref name="target"/> with the latest <paramref name="figure"/> reported, on <paramref name="today"/>.
    /// A decreasing target (a rate to bring down: 降至, 控制在…以内) counts as reached once the figure is at or under
    /// it; above it, the share reached is target ÷ figure, since the starting level is not stated.
    /// </summary>
    public static Pace Of(TaskTarget target, string? figure, DateOnly start, DateOnly today)
    {
        var goal = Quantity.Read(target.Value) ?? Quantity.Read(target.Text);
        if (goal is null) return new Pace(PaceMark.NotMeasurable, null, null);
        var elapsed = target.Deadline is { } deadline ? ElapsedShare(start, deadline, today) : (decimal?)null;
        var reached = Quantity.Read(figure) is { } got && got.IsPercent == goal.IsPercent ? Share(goal, got, TargetWords.IsDecreasing(target.Text)) : null;

        if (reached is null) return new Pace(PaceMark.NoFigures, null, elapsed);
        if (reached >= 1) return new Pace(PaceMark.Done, 1, elapsed);
        if (target.Deadline is null) return new Pace(PaceMark.NoDeadline, reached, null);
        if (today > target.Deadline) return new Pace(PaceMark.Overdue, reached, elapsed);
        return new Pace(reached >= elapsed ? PaceMark.OnPace : PaceMark.Behind, reached, elapsed);
    }

    /// <summary>The share of the days from start to deadline gone by today: 0 before the start, 1 on and after the deadline.</summary>
    public static decimal ElapsedShare(DateOnly start, DateOnly deadline, DateOnly today)
    {
        if (today >= deadline) return 1;
        if (today <= start) return 0;
        return (decimal)(today.DayNumber - start.DayNumber) / (deadline.DayNumber - start.DayNumber);
    }

    private static decimal? Share(Quantity goal, Quantity got, bool decreasing)
    {
        if (decreasing)
            return got.Value <= goal.Value ? 1 : got.Value == 0 ? null : Math.Max(0, goal.Value / got.Value);
        if (goal.Value <= 0) return got.Value >= goal.Value ? 1 : 0;
        return Math.Max(0, Math.Min(1, got.Value / goal.Value));
    }
}
