using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation.Features.Import;

/// <summary>The tasks any unit has reported on, drafts included: a re-import keeps these even when the new version drops them.</summary>
internal static class ReportedTasks
{
    public static IReadOnlySet<string> ReportedTaskIds(this JointMeetingSnapshot snapshot) =>
        snapshot.Reports.SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet(StringComparer.Ordinal);
}
