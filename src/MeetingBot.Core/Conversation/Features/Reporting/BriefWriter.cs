using System.Text;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// The compiled brief of a round, in Markdown: a summary first (who submitted, late, draft only, missing; statuses),
/// then per task its targets and each asked unit's submitted report (lead units first), late and missing marked.
/// A brief of two dozen tasks with long texts is far beyond one message, so it is split between tasks (and inside
/// one task's text only when that alone is too long) into messages under <see cref="MaxMessageChars"/>.
/// </summary>
public static class BriefWriter
{
    /// <summary>Characters per message: Chinese escaped in JSON takes six bytes, and a Teams message holds 80 KB.</summary>
    public const int MaxMessageChars = 8_000;

    public static IReadOnlyList<string> Write(JointMeetingSnapshot snapshot, ReportingRound round, Lang lang, DateTimeOffset now)
    {
        var jm = snapshot.JointMeeting.Value;
        var reports = CompletenessView.Reports(snapshot, round).ToDictionary(r => r.UnitId);
        var completeness = RoundCompleteness.Of(round, reports.Values);
        var submitted = completeness.SubmittedUnitIds.ToHashSet();

        var taskIds = round.State.Assignments.SelectMany(a => a.TaskIds).Distinct().ToHashSet();
        var tasks = jm.Tasks.Where(t => taskIds.Contains(t.Id)).ToList(); // the document's order
        var blocks = new List<string>();
        foreach (var task in tasks)
        {
            var block = new StringBuilder(Replies.BriefTaskHeading(lang, TaskNumbers.Label(task, lang), task.Targets));
            var asked = round.State.Assignments.Where(a => a.TaskIds.Contains(task.Id)).Select(a => a.UnitId)
                .OrderBy(u => task.LeadUnitIds.Contains(u) ? 0 : 1).ToList();
            foreach (var unitId in asked)
            {
                var unit = Replies.UnitName(jm, unitId);
                var lead = task.LeadUnitIds.Contains(unitId);
                var report = reports.GetValueOrDefault(unitId);
                block.Append('\n');
                if (submitted.Contains(unitId) && report!.State.Entries.FirstOrDefault(e => e.TaskId == task.Id) is { } entry)
                    block.Append(Replies.BriefUnitLine(lang, unit, lead, entry, task.Targets, report.State.Late));
                else
                    block.Append(Replies.BriefUnitMissing(lang, unit, lead,
                        submitted.Contains(unitId) ? BriefGap.NotOnThisTask
                        : completeness.DraftOnlyUnitIds.Contains(unitId) ? BriefGap.DraftOnly : BriefGap.Missing));
            }
            blocks.Add(block.ToString());
        }

        var statuses = submitted.SelectMany(u => reports[u].State.Entries).GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());
        var parts = Pack(blocks.SelectMany(Split).ToList());
        var summary = Replies.BriefSummary(lang, jm, round, Rounds.MeetingOf(snapshot, round), completeness, statuses, tasks.Count, parts.Count + 1, now);
        if (submitted.Count == 0) summary += "\n\n" + Replies.BriefNoReports(lang);
        var messages = new List<string> { summary };
        for (var i = 0; i < parts.Count; i++)
            messages.Add(Replies.BriefContinued(lang, i + 2, parts.Count + 1) + "\n\n" + parts[i]);
        return messages;
    }

    // Blocks go together into messages until the next would not fit.
    private static List<string> Pack(IReadOnlyList<string> blocks)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks)
        {
            if (current.Length > 0 && current.Length + 2 + block.Length > MaxMessageChars)
            {
                messages.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append("\n\n");
            current.Append(block);
        }
        if (current.Length > 0) messages.Add(current.ToString());
        return messages;
    }

    // A block too long for one message is cut at line ends, and a line too long at the limit (leaving room for the part header).
    private static IEnumerable<string> Split(string block)
    {
        const int max = MaxMessageChars - 100;
        if (block.Length <= max) { yield return block; yield break; }
        var piece = new StringBuilder();
        foreach (var line in block.Split('\n'))
        {
            for (var rest = line; ;)
            {
                if (piece.Length > 0 && piece.Length + 1 + rest.Length > max)
                {
                    yield return piece.ToString();
                    piece.Clear();
                }
                if (rest.Length <= max)
                {
                    if (piece.Length > 0) piece.Append('\n');
                    piece.Append(rest);
                    break;
                }
                yield return rest[..max];
                rest = rest[max..];
            }
        }
        if (piece.Length > 0) yield return piece.ToString();
    }
}
