using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.ReportingBench;

/// <summary>
/// A large round: 30 member units, 50 tasks (each led by one unit and shared by five others, with two targets),
/// and every asked unit's report submitted with a 2,000-character narrative and a figure per target on every task.
/// </summary>
internal static class LargeRound
{
    public const int Units = 30, Tasks = 50, SharedBy = 5, NarrativeLength = 2_000;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, Beijing);
    public static readonly DateTimeOffset AsOf = new(2026, 6, 15, 10, 0, 0, Beijing);

    public static JointMeetingSnapshot Build()
    {
        var convenor = new ChatAccount("msteams", "aad-convenor", "张召集");
        var units = Enumerable.Range(1, Units).Select(i => new UnitProposal($"第{i}成员单位", [])).ToList();
        var tasks = Enumerable.Range(1, Tasks).Select(t => new TaskProposal(
            $"二.{t}", "bench.txt", $"二.{t}", $"第{t}项重点任务：推进职业教育产教融合与校企合作",
            [units[t % Units].Name], Enumerable.Range(1, SharedBy).Select(k => units[(t + k) % Units].Name).ToList(),
            [new TaskTarget($"到2026年底，第{t}项指标达到{60 + t % 30}%", $"{60 + t % 30}%", new DateOnly(2026, 12, 31)),
             new TaskTarget($"到2027年底建成{t * 3}家", $"{t * 3}家", new DateOnly(2027, 12, 31))])).ToList();
        var jm = JointMeeting.Create(new JointMeetingSettings("bench", "某市职业教育工作联席会议"),
            new JointMeetingProposal([new PolicySource("bench.txt", "某市职业教育改革实施方案", new DateOnly(2025, 1, 1))], units, tasks, "副市长"), convenor, Opened);
        var contacts = jm.Units.ToDictionary(u => u.Id, u => new ChatAccount("msteams", "aad-" + u.Id, u.Name + "联络员"));
        foreach (var (unitId, account) in contacts) jm.AssignRole(convenor, account, ContactRole.UnitContact, unitId, Opened);
        var meeting = Meeting.Schedule(jm, convenor, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration, "市政府会议室"), Opened);
        var round = ReportingRound.Open(jm, meeting, [], convenor, "r1", new DateOnly(2026, 6, 10), Opened);

        var narrative = string.Concat(Enumerable.Repeat("本季度按计划推进各项工作，完成阶段目标，存在的问题正在协调解决。", NarrativeLength / 30 + 1))[..NarrativeLength];
        var reports = round.State.Assignments.Where(a => a.TaskIds.Count > 0).Select(a =>
        {
            var report = ProgressReport.Begin(round, a.UnitId);
            var entries = a.TaskIds.Select(id => new TaskProgress(id, ProgressStatus.OnTrack, [new TargetFigure(0, "45%"), new TargetFigure(1, "30家")], narrative)).ToList();
            report.Save(jm, round, contacts[a.UnitId], entries, submit: true, new DateTimeOffset(2026, 6, 5, 10, 0, 0, Beijing));
            return new Versioned<ProgressReport>(report, "e");
        }).ToList();
        return new JointMeetingSnapshot(new(jm, "e"), [new(meeting, "e")], [new(round, "e")], reports);
    }
}
