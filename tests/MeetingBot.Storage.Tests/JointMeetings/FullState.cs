using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// A joint meeting's full working state at the size the bot must handle (the benchmark's too: this file is
/// linked into bench/): units with one contact each, tasks led and shared round the units, two meetings, and a
/// round for the first in which every unit has submitted.
/// </summary>
internal sealed class FullState
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly ChatAccount Secretary = new("msteams", "aad-secretary", "李秘书");

    public required JointMeeting JointMeeting { get; init; }
    public required IReadOnlyList<Meeting> Meetings { get; init; }
    public required ReportingRound Round { get; init; }
    public required IReadOnlyList<ProgressReport> Reports { get; init; }

    public static ChatAccount ContactOf(string unitId) => new("slack", $"U-{unitId}", $"联络员{unitId}");

    public static FullState Build(string id, int units = 30, int tasks = 50)
    {
        var proposal = new JointMeetingProposal(
            [new PolicySource("demo.txt", "某区职业教育改革实施方案")],
            Enumerable.Range(1, units).Select(n => new UnitProposal($"区第{n}局", [$"第{n}局"])).ToList(),
            Enumerable.Range(1, tasks).Select(n => new TaskProposal(
                $"{n}", "demo.txt", $"{n}", $"第{n}项任务：推进产教融合", [$"区第{(n - 1) % units + 1}局"], [$"区第{n % units + 1}局"],
                [new TaskTarget($"到2026年底完成第{n}项目标的60%", "60%", new DateOnly(2026, 12, 31))])).ToList(),
            "副区长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, "某区职业教育工作联席会议"), proposal, ChatAccount.System, Now);
        jm.AssignRole(ChatAccount.System, Secretary, ContactRole.Secretariat, "u1", Now);
        foreach (var unit in jm.Units.Skip(1))
            jm.AssignRole(Secretary, ContactOf(unit.Id), ContactRole.UnitContact, unit.Id, Now);

        var meetings = new[]
        {
            Meeting.Schedule(jm, Secretary, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室", Agenda: "听取各成员单位工作汇报"), Now),
            Meeting.Schedule(jm, Secretary, "m2", new MeetingPlan(new DateTime(2026, 11, 19, 9, 0, 0), MeetingPlan.DefaultDuration, OnlineLink: "https://meet.example.org/jm"), Now),
        };
        var round = ReportingRound.Open(jm, meetings[0], [], Secretary, "r1", new DateOnly(2026, 6, 10), Now);
        var reports = jm.Units.Select(unit =>
        {
            var report = ProgressReport.Begin(round, unit.Id);
            var by = unit.Id == "u1" ? Secretary : ContactOf(unit.Id);
            report.Save(jm, round, by, round.TasksOf(unit.Id).Select(t => new TaskProgress(t, ProgressStatus.OnTrack, [new TargetFigure(0, "45%")], $"{unit.Name}报告：第{t}项任务按计划推进，已完成年度目标的45%。")).ToList(), submit: true, Now);
            return report;
        }).ToList();

        return new FullState { JointMeeting = jm, Meetings = meetings, Round = round, Reports = reports };
    }

    /// <summary>Stores it as the bot would, one action at a time: the joint meeting, the meetings, the round, each report.</summary>
    public async Task SaveAsync(IJointMeetingStore store)
    {
        var id = JointMeeting.Id;
        await store.SaveAsync(new ChangeSet(id).Add(JointMeeting));
        await store.SaveAsync(new ChangeSet(id).Add(Meetings[0]).Add(Meetings[1]));
        await store.SaveAsync(new ChangeSet(id).Add(Round));
        foreach (var report in Reports)
            await store.SaveAsync(new ChangeSet(id).Add(report, null));
    }
}
