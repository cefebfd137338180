using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain.Reminders;

/// <summary>A joint meeting's working state for the reminder schedule: meetings, rounds and reports added step by step.</summary>
internal sealed class ScheduleBuilder
{
    private readonly List<Meeting> meetings = [];
    private readonly List<ReportingRound> rounds = [];
    private readonly List<ProgressReport> reports = [];

    public ScheduleBuilder(string timeZoneId = "Asia/Shanghai", DateTimeOffset? createdAt = null, string language = "zh-CN", params (string Path, TaskTarget[] Targets)[] targets)
    {
        var at = createdAt ?? Now;
        var proposal = Proposal();
        proposal = proposal with { Tasks = proposal.Tasks.Select(t => targets.Any(x => x.Path == t.Path) ? t with { Targets = targets.First(x => x.Path == t.Path).Targets } : t).ToList() };
        JointMeeting = JointMeeting.Create(new JointMeetingSettings("demo-jm", "某区职业教育工作联席会议", TimeZoneId: timeZoneId, Language: language), proposal, Convenor, at);
        JointMeeting.AssignRole(Convenor, Secretary, ContactRole.Secretariat, Education, at);
        foreach (var (account, unit) in new[] { (EducationContact, Education), (FinanceContact, Finance), (LabourContact, Labour) })
            JointMeeting.AssignRole(Secretary, account, ContactRole.UnitContact, unit, at);
        CreatedAt = at;
    }

    public JointMeeting JointMeeting { get; }
    public DateTimeOffset CreatedAt { get; }

    public Meeting Meeting(DateTime localStart, string id = "m1")
    {
        var meeting = MeetingBot.Core.Domain.Meetings.Meeting.Schedule(JointMeeting, Secretary, id, new MeetingPlan(localStart, MeetingPlan.DefaultDuration, "区政府三楼会议室"), CreatedAt);
        meetings.Add(meeting);
        return meeting;
    }

    public ReportingRound Round(Meeting meeting, DateOnly deadline, DateTimeOffset? openedAt = null, string id = "r1")
    {
        var round = ReportingRound.Open(JointMeeting, meeting, rounds, Secretary, id, deadline, openedAt ?? CreatedAt);
        rounds.Add(round);
        return round;
    }

    public void Submit(ReportingRound round, ChatAccount by, string unitId, bool submit = true, DateTimeOffset? at = null)
    {
        var report = ProgressReport.Begin(round, unitId);
        report.Save(JointMeeting, round, by, round.TasksOf(unitId).Select(t => Progress(t)).ToList(), submit, at ?? CreatedAt);
        report.AcceptChanges(); // as the store does: a saved report is no longer new
        reports.Add(report);
    }

    public JointMeetingSnapshot Snapshot() => new(
        new Versioned<JointMeeting>(JointMeeting, "e"),
        meetings.Select(m => new Versioned<Meeting>(m, "e")).ToList(),
        rounds.Select(r => new Versioned<ReportingRound>(r, "e")).ToList(),
        reports.Select(r => new Versioned<ProgressReport>(r, "e")).ToList());

    /// <summary>Every reminder of a period, as "kind subject recipient local-time", in the joint meeting's zone.</summary>
    public IReadOnlyList<string> Render(DateTimeOffset from, DateTimeOffset to, PolicyIndex? policy = null) =>
        ReminderSchedule.Between(Snapshot(), policy, from, to).Select(Render).ToList();

    public string Render(DueReminder r) =>
        $"{r.Key.Name} {r.Key.Subject} {r.Key.Recipient} {TimeZoneInfo.ConvertTime(r.At, JointMeeting.TimeZone):yyyy-MM-dd HH:mm}";

    /// <summary>The policy document the joint meeting's tasks come from; targets whose text is listed read as "from" wording (自…起).</summary>
    public PolicyIndex Policy(params string[] startsFrom)
    {
        var tasks = JointMeeting.Tasks.Select((t, i) => new PolicyTask(
            t.Path.Split('.'), t.Title, t.Title, i + 1, t.LeadUnitNames, t.ResponsibleUnitNames, UnitAssignment.Explicit,
            t.Targets.Select(x => new PolicyTarget(x.Text, x.Deadline, startsFrom.Contains(x.Text) ? "自2026年起" : "到2026年", x.Value, i + 1)).ToList())).ToList();
        return new PolicyIndex([new PolicyDocument("某区职业教育改革实施方案", null, null, null, "demo.txt", "utf-8", null, tasks, [], [], [])]);
    }
}
