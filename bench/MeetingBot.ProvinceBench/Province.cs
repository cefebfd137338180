using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.ProvinceBench;

/// <summary>
/// The province: joint meetings of 20 member units, each unit with an approved contact, a meeting on 16 July and an open
/// round. The first <c>due</c> of them have their deadline on Wednesday 10 June 2026, so their units' "7 days before"
/// reminders fall due on Wednesday 3 June at 09:00 Beijing time; the rest a month later (nothing due that morning).
/// </summary>
internal static class Province
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset NineOClock = new(2026, 6, 3, 9, 0, 0, TimeSpan.FromHours(8));
    public const int Units = 20;

    public static string Id(int i) => $"county-{i:D5}";

    public static ChatAccount ContactOf(string id, string unitId) => new("msteams", $"aad-{id}-{unitId}", $"联络员{unitId}");

    /// <summary>One joint meeting, its meeting and its round, saved as one atomic change (one batch).</summary>
    public static ChangeSet Build(int i, bool dueAtNine)
    {
        var id = Id(i);
        var proposal = new JointMeetingProposal(
            [new PolicySource("province.txt", "某县职业教育改革实施方案")],
            Enumerable.Range(1, Units).Select(n => new UnitProposal($"县第{n}局", [$"第{n}局"])).ToList(),
            Enumerable.Range(1, Units).Select(n => new TaskProposal($"{n}", "province.txt", $"{n}", $"第{n}项任务：推进产教融合",
                [$"县第{n}局"], [$"县第{n % Units + 1}局"], [new TaskTarget($"到2027年底完成第{n}项目标", "100%", new DateOnly(2027, 12, 31))])).ToList(),
            "副县长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"第{i}县职业教育工作联席会议"), proposal, ChatAccount.System, OpenedAt);
        var secretary = new ChatAccount("msteams", $"aad-{id}-secretary", "李秘书");
        jm.AssignRole(ChatAccount.System, secretary, ContactRole.Secretariat, "u1", OpenedAt);
        foreach (var unit in jm.Units.Skip(1))
            jm.AssignRole(secretary, ContactOf(id, unit.Id), ContactRole.UnitContact, unit.Id, OpenedAt);
        var meeting = Meeting.Schedule(jm, secretary, "m1", new MeetingPlan(new DateTime(2026, 7, 16, 14, 30, 0), MeetingPlan.DefaultDuration, "县政府会议室"), OpenedAt);
        var round = ReportingRound.Open(jm, meeting, [], secretary, "r1", dueAtNine ? new DateOnly(2026, 6, 10) : new DateOnly(2026, 7, 10), OpenedAt);
        return new ChangeSet(id).Add(jm).Add(meeting).Add(round);
    }
}
