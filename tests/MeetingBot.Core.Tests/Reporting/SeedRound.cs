using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Reporting;

/// <summary>
/// A round of the Yongnian joint meeting (seed 002) as a secretariat would see it a few days after the deadline:
/// the first units submitted on time with figures and narratives (one written the way people paste text: commas,
/// quotes, line breaks, a stray control character), one submitted late and reports a task at risk, one keeps a
/// draft, the rest sent nothing.
/// </summary>
internal static class SeedRound
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, Beijing);
    public static readonly DateTimeOffset AsOf = new(2026, 6, 15, 10, 30, 0, Beijing);
    public const string PastedNarrative = "一、已完成“双师型”教师认定，共计23名，其中：专业课教师18名, 实习指导教师5名；\r\n二、存在\"编制不足\"问题\u0007。\n\n三、下一步：继续推进";

    private static readonly ChatAccount Convenor = new("msteams", "aad-convenor", "张召集");

    public static RoundReadModels Build()
    {
        var snapshot = Snapshot();
        return RoundReadModels.Of(snapshot, snapshot.Rounds[0].Value, AsOf);
    }

    public static JointMeetingSnapshot Snapshot()
    {
        var document = SeedDocuments.Load(SeedDocuments.Yongnian);
        var jm = JointMeeting.Create(new JointMeetingSettings("yongnian", "永年区职业教育工作联席会议", "永年区"), JointMeetingProposal.FromPolicy(document), Convenor, Opened);
        var contacts = new Dictionary<string, ChatAccount>();
        foreach (var unit in jm.Units)
        {
            var account = new ChatAccount("msteams", "aad-" + unit.Id, unit.Name + "联络员");
            jm.AssignRole(Convenor, account, ContactRole.UnitContact, unit.Id, Opened);
            contacts[unit.Id] = account;
        }
        var meeting = Meeting.Schedule(jm, Convenor, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室", null, "2026年第一次全体会议"), Opened);
        var round = ReportingRound.Open(jm, meeting, [], Convenor, "r1", new DateOnly(2026, 6, 10), Opened);

        var reports = new List<Versioned<ProgressReport>>();
        var asked = round.State.Assignments.Where(a => a.TaskIds.Count > 0).ToList();
        for (var i = 0; i < asked.Count; i++)
        {
            if (i >= 4) break; // the rest send nothing
            var report = ProgressReport.Begin(round, asked[i].UnitId);
            var entries = asked[i].TaskIds.Select((taskId, k) =>
            {
                var task = jm.Tasks.First(t => t.Id == taskId);
                var status = i == 2 && k == 0 ? ProgressStatus.AtRisk : ProgressStatus.OnTrack;
                var figures = task.Targets.Select((t, n) => new TargetFigure(n, t.Value is null ? "推进中" : Half(t.Value))).ToList();
                return new TaskProgress(taskId, status, figures, i == 0 && k == 0 ? PastedNarrative : $"{jm.Units.First(u => u.Id == asked[i].UnitId).Name}按计划推进{task.Title}。");
            }).ToList();
            var (submit, at) = i switch
            {
                2 => (true, new DateTimeOffset(2026, 6, 12, 16, 0, 0, Beijing)),  // late
                3 => (false, new DateTimeOffset(2026, 6, 5, 16, 0, 0, Beijing)),  // draft
                _ => (true, new DateTimeOffset(2026, 6, 1 + i, 11, 0, 0, Beijing)),
            };
            report.Save(jm, round, contacts[asked[i].UnitId], entries, submit, at);
            reports.Add(new(report, "e"));
        }
        return new JointMeetingSnapshot(new(jm, "e"), [new(meeting, "e")], [new(round, "e")], reports);
    }

    // Half of a target's number, in its own words: "60%" → "30%", "8000人次以上" → "4000人次".
    private static string Half(string value) =>
        Quantity.Read(value) is { } q ? $"{q.Value / 2:0.#}{(q.IsPercent ? "%" : "")}" : value;
}
