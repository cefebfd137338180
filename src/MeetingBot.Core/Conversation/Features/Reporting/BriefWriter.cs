using System.Text;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// The compiled brief of a round (the <see cref="RoundBrief"/> read model) in Markdown: a summary first (who submitted, late, draft only, missing; statuses),
/// then per task its targets and each asked unit's submitted report (lead units first), late and missing marked.
/// A brief of two dozen tasks with long texts is far beyond one message, so it is split between tasks (and inside
/// one task's text only when that alone is too long) into messages under <see cref="MaxMessageChars"/>.
/// </summary>
public static class BriefWriter
{
    /// <summary>Characters per message: Chinese escaped in JSON takes six bytes, and a Teams message holds 80 KB.</summary>
    public const int MaxMessageChars = 8_000;

    public static IReadOnlyList<string> Write(JointMeetingSnapshot snapshot, ReportingRound round, Lang lang, DateTimeOffset now) =>
        Write(RoundBrief.Of(new RoundData(snapshot, round, now)), lang);

    public static IReadOnlyList<string> Write(RoundBrief brief, Lang lang)
    {
        var blocks = new List<string>();
        foreach (var task in brief.Tasks)
        {
            var targets = task.Task.Targets;
            var block = new StringBuilder(Replies.BriefTaskHeading(lang, TaskNumbers.Label(task.Task, lang) + (task.Task.Dropped ? Replies.TaskDropped(lang) : ""), targets));
            foreach (var unit in task.Units)
            {
                block.Append('\n');
                if (unit.Entry is { } entry)
                    block.Append(Replies.BriefUnitLine(lang, unit.UnitName, unit.Lead, entry, targets, unit.State == ReportCell.Late));
                else
                    block.Append(Replies.BriefUnitMissing(lang, unit.UnitName, unit.Lead,
                        unit.SubmittedOther ? BriefGap.NotOnThisTask : unit.State == ReportCell.Draft ? BriefGap.DraftOnly : BriefGap.Missing));
            }
            blocks.Add(block.ToString());
        }

        var parts = Pack(blocks.SelectMany(Split).ToList());
        var summary = Replies.BriefSummary(lang, brief.JointMeeting, brief.Round, brief.Meeting, brief.Completeness, brief.Statuses, brief.Tasks.Count, parts.Count + 1, brief.Now);
        if (brief.Completeness.SubmittedUnitIds.Count == 0) summary += "\n\n" + Replies.BriefNoReports(lang);
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
