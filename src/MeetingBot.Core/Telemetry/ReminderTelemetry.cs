using System.Diagnostics;

namespace MeetingBot.Core.Telemetry;

public static partial class MeetingBotTelemetry
{
    /// <summary>A reminder sweep's span; dispose it when the sweep ends.</summary>
    public static Activity? StartReminderSweep() => Source.StartActivity("reminder sweep", ActivityKind.Internal);

    /// <summary>How a sweep ended ("completed" or "failed"), on its span and in the sweep count.</summary>
    public static void ReminderSweepEnded(Activity? sweep, string outcome, int due)
    {
        Sweeps.Add(1, new KeyValuePair<string, object?>(Tags.Outcome, outcome));
        sweep?.SetTag(Tags.Outcome, outcome);
        sweep?.SetTag("meetingbot.reminders.due", due);
        if (outcome != "completed") sweep?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>
    /// A span for one reminder, a child of its sweep: the joint meeting and the reminder's kind (e.g. "due-3");
    /// its outcome is set by <see cref="ReminderOutcome"/>.
    /// </summary>
    public static Activity? StartReminder(string jointMeetingId, string kind)
    {
        var activity = Source.StartActivity("reminder", ActivityKind.Internal);
        activity?.SetTag(Tags.Channel, "reminders");
        activity?.SetTag(Tags.JointMeeting, jointMeetingId);
        activity?.SetTag(Tags.Feature, kind);
        return activity;
    }

    /// <summary>Reminders found due (claimed or to retry) in a sweep.</summary>
    public static void RemindersDue(int count)
    {
        if (count > 0) Reminders.Add(count, new KeyValuePair<string, object?>(Tags.Outcome, "due"));
    }

    /// <summary>One reminder ended (sent, late, skipped, failed, retrying); tags the reminder's span when there is one.</summary>
    public static void ReminderOutcome(string outcome)
    {
        Reminders.Add(1, new KeyValuePair<string, object?>(Tags.Outcome, outcome));
        if (Activity.Current is { OperationName: "reminder" } span && span.Source == Source)
            span.SetTag(Tags.Outcome, outcome);
    }
}
