using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Reporting;
using static MeetingBot.Host.Reporting.Dashboard.DashboardPage;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>
/// A unit contact's dashboard: the year's meetings, the open round as far as their unit is concerned (its tasks, its
/// state on each, what it submitted, its own figures against pace) and the reminders addressed to it. Built only
/// from <see cref="UnitRoundView"/> and a panel filtered to the unit, so no other unit's words can reach it.
/// </summary>
public static class UnitDashboardPage
{
    public static string Render(JointMeetingSnapshot snapshot, MemberUnit unit, DateTimeOffset now, Lang lang, ReminderPanel reminders)
    {
        var jm = snapshot.JointMeeting.Value;
        var zone = jm.TimeZone;
        var html = new StringBuilder(16 * 1024);
        Head(html, E(Replies.DashUnitTitle(lang, jm.Name, unit.Name)), now, zone, lang);
        Meetings(html, snapshot, TimeZones.LocalDate(now, zone), lang);
        if (RoundViews.Pick(snapshot, null) is not { } round) html.Append($"<p>{E(Replies.DashNoRound(lang))}</p>");
        else if (UnitRoundView.Of(RoundReadModels.Of(snapshot, round, now), unit.Id) is not { } view)
            html.Append($"<section id=\"round\"><h2>{E(Replies.DashRoundHeading(lang, round.Id, round.State.Deadline))}</h2><p>{E(Replies.DashUnitNotAsked(lang))}</p></section>");
        else Tasks(html, view, round.Id, round.State.Deadline, lang);
        DashboardReminders.Append(html, reminders, jm, lang);
        return html.Append("</body></html>").ToString();
    }

    private static void Tasks(StringBuilder html, UnitRoundView view, string roundId, DateOnly deadline, Lang lang)
    {
        html.Append($"<section id=\"round\"><h2>{E(Replies.DashRoundHeading(lang, roundId, deadline))}</h2>")
            .Append($"<p class=\"unit-state\" data-state=\"{Class(view.State)}\"><span class=\"cell {Class(view.State)}\">{E(Replies.DashUnitState(lang, view.State, view.Filled, view.Asked))}</span></p>")
            .Append($"<h3>{E(Replies.DashUnitTasksHeading(lang))}</h3><table class=\"unit-tasks\"><thead><tr>")
            .Append($"<th>{E(Replies.DocTaskColumn(lang))}</th><th>{E(Replies.DashRoleColumn(lang))}</th><th>{E(Replies.DashStateColumn(lang))}</th>")
            .Append($"<th>{E(Replies.DocTargetColumn(lang))}</th><th>{E(Replies.DashEntryColumn(lang))}</th></tr></thead><tbody>");
        foreach (var task in view.Tasks)
        {
            html.Append($"<tr data-task=\"{E(task.Task.Id)}\" data-state=\"{Class(task.State)}\">")
                .Append($"<td class=\"narrative\"><b>{E(TaskNumbers.Display(task.Task.Id, lang))}</b> {E(task.Task.Title)}</td>")
                .Append($"<td>{E(Replies.TaskRole(lang, task.Lead))}</td>")
                .Append($"<td class=\"{Class(task.State)}\">{E(Replies.CellName(lang, task.State))}</td><td class=\"narrative\">");
            foreach (var target in task.Targets)
            {
                html.Append($"<div class=\"target\">{E(target.Target.Text)}")
                    .Append(target.Target.Deadline is { } due ? $" <span class=\"muted\">{due:yyyy-MM-dd}</span>" : "");
                if (target.Figure is { } figure && target.Pace is { } pace)
                    html.Append($" · {E(figure)} <span class=\"pace {pace.Mark}\">{E(Replies.PaceName(lang, pace.Mark))}</span> {Bar(pace, lang)}");
                html.Append("</div>");
            }
            html.Append($"</td><td class=\"narrative\">{E(task.Entry?.Narrative ?? "—")}</td></tr>");
        }
        html.Append("</tbody></table></section>");
    }
}
