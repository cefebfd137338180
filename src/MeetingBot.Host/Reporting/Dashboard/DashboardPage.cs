using System.Globalization;
using System.Net;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>
/// A joint meeting at a glance, as one self-contained HTML page drawn on the server (no script, no CDN): the
/// year's meetings against the at-least-N rule, the open round's unit × task grid coloured by status, and the
/// round's targets by deadline with their pace drawn as SVG bars, and the reminders due next and gone out.
/// </summary>
public static class DashboardPage
{
    public static string Render(JointMeetingSnapshot snapshot, DateTimeOffset now, Lang lang, ReminderPanel? reminders = null)
    {
        var jm = snapshot.JointMeeting.Value;
        var zone = jm.TimeZone;
        var today = TimeZones.LocalDate(now, zone);
        var html = new StringBuilder(64 * 1024);
        var title = E(Replies.DashTitle(lang, jm.Name));
        Head(html, title, now, zone, lang);
        Meetings(html, snapshot, today, lang);
        if (RoundViews.Pick(snapshot, null) is { } round)
        {
            var models = RoundReadModels.Of(snapshot, round, now);
            Grid(html, models.Status, lang);
            Targets(html, models.Brief, lang);
        }
        else
        {
            html.Append($"<p>{E(Replies.DashNoRound(lang))}</p>");
        }
        if (reminders is not null) DashboardReminders.Append(html, reminders, jm, lang);
        return html.Append("</body></html>").ToString();
    }

    internal static void Head(StringBuilder html, string title, DateTimeOffset now, TimeZoneInfo zone, Lang lang) =>
        html.Append($"<!DOCTYPE html><html lang=\"{(lang == Lang.En ? "en" : "zh-CN")}\"><head><meta charset=\"utf-8\"><title>{title}</title>")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Css).Append("</style></head><body>")
            .Append($"<h1>{title}</h1><p class=\"muted\">{E(Replies.DocCompiled(lang, TimeZones.LocalTime(now, zone), zone.Id))}</p>");

    internal static void Meetings(StringBuilder html, JointMeetingSnapshot snapshot, DateOnly today, Lang lang)
    {
        var jm = snapshot.JointMeeting.Value;
        var check = MeetingYearCheck.For(today.Year, snapshot.Meetings.Select(m => m.Value), jm.State.MinMeetingsPerYear, today);
        html.Append($"<section id=\"meetings\"><h2>{E(Replies.DashMeetingsHeading(lang, today.Year))}</h2>")
            .Append($"<p>{E(Replies.DashMeetingsLine(lang, check.Held, check.Planned, check.Required))} ")
            .Append(check.Complies ? $"<span class=\"ok\">{E(Replies.DashMeetingsOk(lang))}</span>" : $"<span class=\"bad\">{E(Replies.DashMeetingsShort(lang, check.Missing))}</span>")
            .Append("</p>");
        // One square per meeting needed (or held): filled when held, outlined when planned, red when missing.
        var slots = Math.Max(check.Required, check.Held + check.Planned);
        html.Append($"<svg role=\"img\" width=\"{slots * 28}\" height=\"24\" aria-label=\"{check.Held}/{check.Required}\">");
        for (var i = 0; i < slots; i++)
        {
            var kind = i < check.Held ? "held" : i < check.Held + check.Planned ? "planned" : "missing";
            html.Append($"<rect class=\"{kind}\" x=\"{i * 28 + 2}\" y=\"2\" width=\"20\" height=\"20\" rx=\"3\"/>");
        }
        html.Append("</svg></section>");
    }

    private static void Grid(StringBuilder html, RoundStatusMatrix status, Lang lang)
    {
        html.Append($"<section id=\"round\"><h2>{E(Replies.DashRoundHeading(lang, status.Round.Id, status.Round.State.Deadline))}</h2>");
        var counts = status.Units.GroupBy(u => u.State).ToDictionary(g => g.Key, g => g.Count());
        html.Append("<p class=\"legend\">");
        foreach (var cell in new[] { ReportCell.Submitted, ReportCell.Late, ReportCell.Draft, ReportCell.Missing })
            html.Append($"<span class=\"cell {Class(cell)}\" data-state=\"{Class(cell)}\">{E(Replies.CellName(lang, cell))} <b>{counts.GetValueOrDefault(cell)}</b></span> ");
        html.Append("</p><div class=\"scroll\"><table class=\"grid\"><thead><tr><th>").Append(E(Replies.DocUnitColumn(lang))).Append("</th>");
        foreach (var task in status.Tasks)
            html.Append($"<th title=\"{E(task.Title)}\">{E(TaskNumbers.Display(task.Id, lang))}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var unit in status.Units)
        {
            html.Append($"<tr data-unit=\"{E(unit.UnitName)}\" data-state=\"{Class(unit.State)}\"><th class=\"{Class(unit.State)}\">{E(unit.UnitName)}</th>");
            for (var t = 0; t < unit.Cells.Count; t++)
            {
                var cell = unit.Cells[t];
                html.Append(cell == ReportCell.NotAsked
                    ? "<td class=\"na\"></td>"
                    : $"<td class=\"{Class(cell)}\" title=\"{E(Replies.CellName(lang, cell))}\">{E(Mark(cell))}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div></section>");
    }

    private static void Targets(StringBuilder html, RoundBrief brief, Lang lang)
    {
        html.Append($"<section id=\"targets\"><h2>{E(Replies.DashTargetsHeading(lang))}</h2>");
        var targets = brief.Tasks.SelectMany(t => t.Targets.Select(g => (Task: t, Target: g)))
            .OrderBy(x => x.Target.Target.Deadline ?? DateOnly.MaxValue).ToList();
        if (targets.Count == 0) { html.Append($"<p>{E(Replies.DashNoTargets(lang))}</p></section>"); return; }
        html.Append("<table class=\"targets\"><thead><tr>")
            .Append($"<th>{E(Replies.DocDeadlineColumn(lang))}</th><th>{E(Replies.DocTaskColumn(lang))}</th><th>{E(Replies.DocTargetColumn(lang))}</th>")
            .Append($"<th>{E(Replies.DocFigureColumn(lang))}</th><th>{E(Replies.DocPaceColumn(lang))}</th></tr></thead><tbody>");
        foreach (var (task, target) in targets)
        {
            var pace = target.Pace;
            html.Append($"<tr data-pace=\"{pace.Mark}\"><td>{target.Target.Deadline?.ToString("yyyy-MM-dd") ?? "—"}</td>")
                .Append($"<td>{E(TaskNumbers.Display(task.Task.Id, lang))}</td><td>{E(target.Target.Text)}</td><td>{E(target.Figure ?? "—")}</td>")
                .Append($"<td><span class=\"pace {pace.Mark}\">{E(Replies.PaceName(lang, pace.Mark))}</span> {Bar(pace, lang)}</td></tr>");
        }
        html.Append("</tbody></table></section>");
    }

    // The share of the target reached as a bar, the share of the time elapsed as a line across it.
    internal static string Bar(Pace pace, Lang lang)
    {
        if (pace.Reached is null && pace.Elapsed is null) return "";
        var label = E(BriefDocument.PaceText(lang, pace).Replace('\n', ' '));
        var svg = new StringBuilder($"<svg class=\"bar\" role=\"img\" width=\"160\" height=\"14\" aria-label=\"{label}\"><title>{label}</title><rect class=\"track\" width=\"160\" height=\"14\" rx=\"2\"/>");
        if (pace.Reached is { } r) svg.Append($"<rect class=\"fill {pace.Mark}\" width=\"{X(r)}\" height=\"14\" rx=\"2\"/>");
        if (pace.Elapsed is { } e) svg.Append($"<line class=\"time\" x1=\"{X(e)}\" x2=\"{X(e)}\" y1=\"0\" y2=\"14\"/>");
        return svg.Append("</svg>").ToString();
    }

    private static string X(decimal share) => (Math.Clamp(share, 0, 1) * 160).ToString("0.#", CultureInfo.InvariantCulture);

    internal static string Class(ReportCell cell) => cell.ToString().ToLowerInvariant();

    internal static string Mark(ReportCell cell) => cell switch
    {
        ReportCell.Submitted => "✓",
        ReportCell.Late => "✓!",
        ReportCell.Draft => "…",
        _ => "✗",
    };

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5rem;color:#222}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}.muted{color:#666}
        .ok{color:#1a7f37;font-weight:bold}.bad{color:#c62828;font-weight:bold}
        rect.held{fill:#1a7f37}rect.planned{fill:#fff;stroke:#1a7f37;stroke-width:2}rect.missing{fill:#fdecea;stroke:#c62828;stroke-width:2}
        .scroll{overflow-x:auto}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:center;white-space:nowrap}
        .grid td{min-width:1.6rem}.submitted{background:#d7f5dd}.late{background:#fff3c4}.draft{background:#e3ecfb}.missing{background:#fdd9d7}.na{background:#f4f4f4}
        .legend .cell{padding:2px 8px;border-radius:3px;margin-right:4px}
        .targets td{text-align:left;white-space:normal}.track{fill:#eee}.fill{fill:#4caf50}.fill.Behind,.fill.Overdue{fill:#e53935}.fill.NoDeadline{fill:#90a4ae}
        .time{stroke:#333;stroke-width:2}.pace.Behind,.pace.Overdue{color:#c62828}.pace.Done,.pace.OnPace{color:#1a7f37}
        .reminders li{margin:2px 0}.rem{padding:1px 6px;border-radius:3px;margin-right:6px;font-size:.9em}
        .rem.sent{background:#d7f5dd}.rem.late{background:#fff3c4}.rem.skipped{background:#eee}.rem.failed,.rem.undelivered{background:#fdd9d7;color:#a00}.rem.claimed{background:#e3ecfb}
        .nobody{color:#c62828}.narrative{text-align:left;white-space:pre-wrap;max-width:40rem}
        """;
}
