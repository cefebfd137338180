using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reporting;
using static MeetingBot.Host.Reporting.Dashboard.DashboardPage;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>
/// The dashboard's reminder panel: the reminders due next (with who they cannot reach) and how the recent ones went,
/// each state with its own colour and word, all at the joint meeting's local time.
/// </summary>
internal static class DashboardReminders
{
    public static void Append(StringBuilder html, ReminderPanel panel, JointMeeting jm, Lang lang)
    {
        var ahead = (int)ReminderPanel.Ahead.TotalDays;
        var behind = (int)ReminderPanel.Behind.TotalDays;
        html.Append($"<section id=\"reminders\"><h2>{E(Replies.DashRemindersHeading(lang))}</h2>")
            .Append($"<p class=\"muted\">{E(Replies.DashRemindersZone(lang, panel.TimeZoneId))}</p>");

        if (panel.UpcomingTotal == 0) html.Append($"<h3>{E(Replies.DashUpcomingHeading(lang, 0, 0, ahead))}</h3><p>{E(Replies.DashNoUpcoming(lang, ahead))}</p>");
        else
        {
            html.Append($"<h3>{E(Replies.DashUpcomingHeading(lang, panel.Upcoming.Count, panel.UpcomingTotal, ahead))}</h3><ol class=\"reminders upcoming\">");
            foreach (var next in panel.Upcoming)
            {
                html.Append($"<li data-at=\"{next.Local:yyyy-MM-ddTHH:mm}\" data-kind=\"{E(next.Key.Name)}\">")
                    .Append(E(Replies.RemindersScheduleLine(lang, jm, next.Local, next.Key, next.Recipients)));
                if (next.ReachesNobody.Count > 0) html.Append($"<span class=\"nobody\">{E(Replies.RemindersUndeliverable(lang, jm, next.ReachesNobody))}</span>");
                html.Append("</li>");
            }
            html.Append("</ol>");
        }

        html.Append($"<h3>{E(Replies.DashRecentHeading(lang, behind))}</h3>");
        if (panel.Recent.Count == 0) html.Append($"<p>{E(Replies.DashNoRecent(lang, behind))}</p>");
        else
        {
            html.Append("<ul class=\"reminders recent\">");
            foreach (var past in panel.Recent)
            {
                var record = past.Record;
                var state = StateClass(record);
                html.Append($"<li data-state=\"{state}\" data-undelivered=\"{(past.Undelivered ? "true" : "false")}\" data-at=\"{past.Local:yyyy-MM-ddTHH:mm}\">")
                    .Append($"<span class=\"rem {state}\">{E(Replies.ReminderStateName(lang, record))}</span>");
                if (past.Undelivered && record.State != ReminderState.Failed) html.Append($"<span class=\"rem undelivered\">{E(Replies.DashUndelivered(lang))}</span>");
                html.Append(E(Replies.RemindersScheduleLine(lang, jm, past.Local, record.Key, [record.Key.Recipient]))).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("</section>");
    }

    private static string StateClass(ReminderRecord record) => record.State switch
    {
        ReminderState.Sent when record.Late => "late",
        _ => record.State.ToString().ToLowerInvariant(),
    };
}
