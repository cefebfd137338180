using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Messaging;

namespace MeetingBot.ReminderBench;

/// <summary>
/// The state behind one 09:00: joint meetings of 30 member units, each unit with one approved contact and a task,
/// a reporting round opened on Monday 1 June 2026 with its deadline on Wednesday 10 June, nobody submitted; so the
/// "7 days before" reminder of every unit falls due on Wednesday 3 June at 09:00 Beijing time. Every contact has a
/// stored Teams 1:1 conversation reference at the stub Connector, as if they had written to the bot once.
/// </summary>
internal static class Seeding
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset DueAt = new(2026, 6, 3, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Deadline = new(2026, 6, 10);
    public const string TenantId = "7d2c6b9a-1111-4a5b-8c9d-0e1f2a3b4c5d";
    public const string BotId = "28:bench-meetingbot";

    public static string JointMeetingId(int i) => $"bench-{i:D4}";

    public static ChatAccount ContactOf(string jointMeetingId, string unitId) => new("msteams", $"aad-{jointMeetingId}-{unitId}", $"联络员{unitId}");

    /// <summary>Each contact's 1:1 conversation id: the stub's record of a send names the person it reached.</summary>
    public static string ConversationOf(ChatAccount contact) => $"a:{contact.AccountId}";

    public static async Task SeedAsync(IJointMeetingStore store, IConversationStore conversations, string serviceUrl, int jointMeetings)
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
                var contact = ContactOf(id, unit.Id);
                var reference = new ConversationReference("msteams", ConversationOf(contact), serviceUrl, new ChatParty(BotId, "MeetingBot"),
                    new ChatParty($"29:{contact.AccountId}", contact.DisplayName, contact.AccountId), TenantId, "personal", Locale: "zh-CN");
                await conversations.SaveAsync(reference.ToStored(installed: true, OpenedAt), ct);
            }
        });
    }

    private static (JointMeeting, Meeting, ReportingRound) Build(string id, int units = BenchOptions.UnitsPerJointMeeting)
    {
        var proposal = new JointMeetingProposal(
            [new PolicySource("bench.txt", "某区职业教育改革实施方案")],
            Enumerable.Range(1, units).Select(n => new UnitProposal($"区第{n}局", [$"第{n}局"])).ToList(),
            Enumerable.Range(1, units).Select(n => new TaskProposal(
                $"{n}", "bench.txt", $"{n}", $"第{n}项任务：推进产教融合", [$"区第{n}局"], [$"区第{n % units + 1}局"],
                [new TaskTarget($"到2027年底完成第{n}项目标", "100%", new DateOnly(2027, 12, 31))])).ToList(),
            "副区长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"联席会议{id}"), proposal, ChatAccount.System, OpenedAt);
        var secretary = new ChatAccount("msteams", $"aad-{id}-secretary", "李秘书");
        jm.AssignRole(ChatAccount.System, secretary, ContactRole.Secretariat, "u1", OpenedAt);
        foreach (var unit in jm.Units)
            jm.AssignRole(secretary, ContactOf(id, unit.Id), ContactRole.UnitContact, unit.Id, OpenedAt);
        var meeting = Meeting.Schedule(jm, secretary, "m1",
            new MeetingPlan(new DateTime(2026, 7, 16, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室"), OpenedAt);
        var round = ReportingRound.Open(jm, meeting, [], secretary, "r1", Deadline, OpenedAt);
        return (jm, meeting, round);
    }
}
