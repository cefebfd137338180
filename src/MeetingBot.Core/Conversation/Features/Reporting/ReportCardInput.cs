using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// What a report card sent back: which round, unit and tasks it was about, and per task what was filled in.
/// Untrusted: anything may be forged. Values are read like typed ones; whether this person may report for that
/// unit, on those tasks, in that round, the domain decides when the report is saved.
/// </summary>
/// <param name="Version">The report version the card was built from; 0 for cards sent before cards carried it (they are checked as showing nothing).</param>
public sealed record ReportCardInput(string RoundId, string UnitId, IReadOnlyList<string> TaskIds, IReadOnlySet<string> Kept, CardSubmission Value, int Version = 0)
{
    /// <summary>More task ids than any page holds is not a card of ours.</summary>
    private const int MaxTasks = 50;

    public static ReportCardInput? Read(CardSubmission? value)
    {
        var round = CardActions.Trimmed(value, ReportCard.RoundKey);
        var unit = CardActions.Trimmed(value, ReportCard.UnitKey);
        var tasks = Ids(CardActions.Trimmed(value, ReportCard.TasksKey));
        if (value is null || round is null || unit is null || tasks.Count is 0 or > MaxTasks) return null;
        if (VersionOf(value) is not { } version) return null;
        return new ReportCardInput(round, unit, tasks, Ids(CardActions.Trimmed(value, ReportCard.KeepKey)).ToHashSet(), value, version);
    }

    /// <summary>
    /// The entries of the tasks something was filled in for (a status, a figure or text); the others are left as
    /// they were. A status that is not one of ours is returned in <paramref name="badStatus"/> and nothing else.
    /// </summary>
    public IReadOnlyList<TaskProgress> Entries(JointMeeting jointMeeting, ProgressReport? report, out string? badStatus)
    {
        badStatus = null;
        var entries = new List<TaskProgress>();
        for (var i = 0; i < TaskIds.Count; i++)
        {
            var taskId = TaskIds[i];
            var statusText = CardActions.Trimmed(Value, ReportCard.StatusId(i));
            ProgressStatus? status = null;
            if (statusText is not null)
            {
                // Names only: Enum.TryParse would also take "7".
                if (!Enum.GetNames<ProgressStatus>().Contains(statusText)) { badStatus = statusText; return []; }
                status = Enum.Parse<ProgressStatus>(statusText);
            }

            var targets = jointMeeting.Tasks.FirstOrDefault(t => t.Id == taskId)?.Targets ?? [];
            var figures = new List<TargetFigure>();
            for (var k = 0; k < targets.Count; k++)
                if (CardActions.Trimmed(Value, ReportCard.FigureId(i, k)) is { } figure)
                    figures.Add(new TargetFigure(k, figure));

            var narrative = CardActions.Trimmed(Value, ReportCard.NarrativeId(i));
            var previous = report?.State.Entries.FirstOrDefault(e => e.TaskId == taskId);
            if (narrative is null && Kept.Contains(taskId)) narrative = previous?.Narrative;

            if (status is null && figures.Count == 0 && narrative is null) continue;
            entries.Add(new TaskProgress(taskId, status ?? (narrative is null ? ProgressStatus.OnTrack : StatusWords.Detect(narrative)), figures, narrative));
        }
        return entries;
    }

    /// <summary>The card's report version: 0 when absent, null when it is no version number.</summary>
    public static int? VersionOf(CardSubmission? value) => CardActions.Trimmed(value, ReportCard.VersionKey) switch
    {
        null => 0,
        var text => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
    };

    /// <summary>The card's own id, when it is one the bot could have made.</summary>
    public string? CardId => CardActions.Trimmed(Value, ReportCard.CardKey) is { } id && Domain.Persistence.ActionReceipt.IsValidId(id) ? id : null;

    private static List<string> Ids(string? joined) =>
        joined?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList() ?? [];
}
