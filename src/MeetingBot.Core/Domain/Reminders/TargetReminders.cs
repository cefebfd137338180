using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// Policy targets falling due: the member units leading a task are told once, 60 days before a target's deadline
/// (or on the first working morning after the joint meeting was created, when it was created later and the
/// deadline has not passed). The key's day is the deadline itself, so each target is told once however late.
/// "From" wording (自2020年起) is when a rule starts, not a deadline, and is left out.
/// </summary>
internal static class TargetReminders
{
    public const int DaysAhead = 60;

    public static IEnumerable<DueReminder> Of(PolicyIndex? policy, ScheduleContext context)
    {
        if (policy is null) yield break;
        var jm = context.JointMeeting;
        var timing = context.Timing;
        var created = context.Local(jm.State.CreatedAt);
        foreach (var task in jm.Tasks)
        {
            if (task.LeadUnitIds.Count == 0) continue;
            var source = FindTask(policy, task.Source, task.Path, task.Title);
            for (var n = 0; n < task.Targets.Count; n++)
            {
                if (task.Targets[n].Deadline is not { } deadline) continue;
                if (source is null || n >= source.Targets.Count || source.Targets[n].StartsFrom) continue;

                var local = deadline.AddDays(-DaysAhead).ToDateTime(timing.Morning);
                if (local < created)
                    local = (TimeOnly.FromDateTime(created) < timing.Morning ? DateOnly.FromDateTime(created) : DateOnly.FromDateTime(created).AddDays(1)).ToDateTime(timing.Morning);
                local = timing.Adjust(local);
                if (DateOnly.FromDateTime(local) > deadline) continue;

                var subject = ReminderSubjects.Target(task.Id, n + 1);
                foreach (var unit in task.LeadUnitIds)
                    yield return context.Due(subject, unit, ReminderSubjects.Within60, local, deadline);
            }
        }
    }

    /// <summary>The document's task a joint meeting's task came from; null when the index does not hold it.</summary>
    public static PolicyTask? FindTask(PolicyIndex policy, string source, string path, string title) =>
        policy.Documents.Where(d => d.SourceName == source)
            .SelectMany(d => d.Tasks)
            .Where(t => t.PathText == path)
            .OrderBy(t => t.Title == title ? 0 : 1)
            .FirstOrDefault();
}
