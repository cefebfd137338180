using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Messaging;
using MeetingBot.TestPeers.Slack;

namespace MeetingBot.SlackReminderBench;

/// <summary>
/// The state behind one 09:00, as the Teams reminder bench seeds it but with Slack contacts: joint meetings of 30
/// member units, each unit with one approved Slack contact (<c>{team}:{user}</c>) and a task, a round opened on Monday
/// 1 June 2026 due Wednesday 10 June, nobody submitted; so every unit's "7 days before" reminder falls due on Wednesday
/// 3 June at 09:00 Beijing time. Every contact's DM with the bot is remembered, as if they had written to it once.
/// </summary>
internal static class Seeding
{
    public const int UnitsPerJointMeeting = 30;
    public static readonly DateTimeOffset OpenedAt = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset DueAt = new(2026, 6, 3, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Deadline = new(2026, 6, 10);

    public static string JointMeetingId(int i) => $"bench-{i:D4}";

    public static string UserOf(string jointMeetingId, string unitId) => $"U{jointMeetingId.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()}{unitId.ToUpperInvariant()}";

    public static string DirectMessageOf(string user) => "D" + user;

    public static ChatAccount ContactOf(string jointMeetingId, string unitId) =>
        new("slack", $"{StubSlackApi.TeamId}:{UserOf(jointMeetingId, unitId)}", $"联络员{unitId}");

    public static async Task SeedAsync(IJointMeetingStore store, IConversationStore conversations, int jointMeetings)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, jointMeetings), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) =>
        {
            var id = JointMeetingId(i);
            var (jm, meeting, round) = Build(id);
            await store.SaveAsync(new ChangeSet(id).Add(jm), ct);
            await store.SaveAsync(new ChangeSet(id).Add(meeting), ct);
            await store.SaveAsync(new ChangeSet(id).Add(round), ct);
            foreach (var unit in jm.Units)
            {
                var user = UserOf(id, unit.Id);
                await conversations.SaveAsync(new StoredConversation("slack", $"dm:{StubSlackApi.TeamId}:{user}", DirectMessageOf(user), true, OpenedAt), ct);
            }
        });
    }

    private static (JointMeeting, Meeting, ReportingRound) Build(string id)
    {
        var proposal = new JointMeetingProposal(
            [new PolicySource("bench.txt", "某区职业教育改革实施方案")],
            Enumerable.Range(1, UnitsPerJointMeeting).Select(n => new UnitProposal($"区第{n}局", [$"第{n}局"])).ToList(),
            Enumerable.Range(1, UnitsPerJointMeeting).Select(n => new TaskProposal(
                $"{n}", "bench.txt", $"{n}", $"第{n}项任务：推进产教融合", [$"区第{n}局"], [$"区第{n % UnitsPerJointMeeting + 1}局"],
                [new TaskTarget($"到2027年底完成第{n}项目标", "100%", new DateOnly(2027, 12, 31))])).ToList(),
            "副区长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"联席会议{id}"), proposal, ChatAccount.System, OpenedAt);
        var secretary = new ChatAccount("slack", $"{StubSlackApi.TeamId}:USEC{id.ToUpperInvariant()}", "李秘书");
        jm.AssignRole(ChatAccount.System, secretary, ContactRole.Secretariat, "u1", OpenedAt);
        foreach (var unit in jm.Units)
            jm.AssignRole(secretary, ContactOf(id, unit.Id), ContactRole.UnitContact, unit.Id, OpenedAt);
        var meeting = Meeting.Schedule(jm, secretary, "m1",
            new MeetingPlan(new DateTime(2026, 7, 16, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室"), OpenedAt);
        var round = ReportingRound.Open(jm, meeting, [], secretary, "r1", Deadline, OpenedAt);
        return (jm, meeting, round);
    }
}
