using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>
/// The Yongnian joint meeting ready for reporting: a convenor with the group bound, contacts of 区教体局, 区人社局 and
/// 区财政局, an observer, a stranger, and meeting m1 planned for Thursday 18 June 2026, 14:30.
/// </summary>
internal sealed class ReportingStage
{
    public static readonly DateOnly Deadline = new(2026, 6, 10);
    public const string Education = "区教体局";
    public const string Labour = "区人社局";
    public const string Finance = "区财政局";

    private ReportingStage(ChatHarness chat) => Chat = chat;

    public ChatHarness Chat { get; }
    public ChatPerson Convenor => Chat.Person("张召集");
    public ChatPerson EducationContact => Chat.Person("赵教育");
    public ChatPerson LabourContact => Chat.Person("陈人社");
    public ChatPerson FinanceContact => Chat.Person("王财政");
    public ChatPerson Observer => Chat.Person("周旁听");
    public ChatPerson Stranger => Chat.Person("路人甲");
    public ChatConversation Group => Chat.Group("联席会议群");

    public static async Task<ReportingStage> SetUpAsync(ChatHarness chat, string language = "zh-CN", bool planMeeting = true)
    {
        var stage = new ReportingStage(chat);
        await chat.YongnianAsync(stage.Convenor, stage.Group, language);
        await chat.BindContactAsync(stage.EducationContact, Education);
        await chat.BindContactAsync(stage.LabourContact, Labour);
        await chat.BindContactAsync(stage.FinanceContact, Finance);
        await chat.BindRoleAsync(stage.Observer, ContactRole.Observer);
        if (planMeeting) await chat.PlanMeetingAsync("m1", new DateTime(2026, 6, 18, 14, 30, 0), "第一次全体会议");
        return stage;
    }

    /// <summary>The convenor opens round r1 for m1 in the group, due 10 June.</summary>
    public async Task OpenRoundAsync()
    {
        var reply = await Convenor.SaysAsync("发起报告 m1 截止 2026-06-10", Group);
        reply.AllText.Should().Contain("r1");
    }

    public async Task<JointMeetingSnapshot> SnapshotAsync() => (await Chat.Store.LoadAsync(Scenario.JointMeetingId))!;

    public async Task<string> UnitIdAsync(string name) => (await SnapshotAsync()).JointMeeting.Value.FindUnit(name)!.Id;

    public async Task<ProgressReport?> ReportAsync(string unitName, string round = "r1") =>
        (await SnapshotAsync()).FindReport(round, await UnitIdAsync(unitName))?.Value;

    public async Task<IReadOnlyList<string>> TasksOfAsync(string unitName, string round = "r1") =>
        (await SnapshotAsync()).FindRound(round)!.Value.TasksOf(await UnitIdAsync(unitName));

    /// <summary>The task ids a report card page is about (what its buttons send back).</summary>
    public static IReadOnlyList<string> TasksOn(OutgoingMessage card) =>
        ((card.Card!.Json()["actions"] as JsonArray)![0]!["data"]!["tasks"]!.GetValue<string>()).Split('|');

    /// <summary>The value an input of a card starts with (what the person sees filled in), or null.</summary>
    public static string? InputValue(OutgoingMessage card, string id) =>
        Elements(card.Card!.Json()["body"]!.AsArray()).FirstOrDefault(e => e["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();

    private static IEnumerable<JsonObject> Elements(JsonArray items) =>
        items.OfType<JsonObject>().SelectMany(e => e["items"] is JsonArray children ? [e, .. Elements(children)] : new[] { e });

    public async Task CloseRoundAsync(string round = "r1")
    {
        var snapshot = await SnapshotAsync();
        var loaded = snapshot.FindRound(round)!;
        loaded.Value.Close(snapshot.JointMeeting.Value, ChatAccount.System, Chat.Clock.GetUtcNow());
        await Chat.Store.SaveAsync(new ChangeSet(Scenario.JointMeetingId).Update(loaded));
    }

    public async Task CancelMeetingAsync(string meeting = "m1")
    {
        var snapshot = await SnapshotAsync();
        var loaded = snapshot.FindMeeting(meeting)!;
        loaded.Value.Cancel(snapshot.JointMeeting.Value, ChatAccount.System, "改期另行通知", Chat.Clock.GetUtcNow());
        await Chat.Store.SaveAsync(new ChangeSet(Scenario.JointMeetingId).Update(loaded));
    }

    /// <summary>Moves the clock to a local Beijing time.</summary>
    public void MoveTo(int month, int day, int hour = 9) =>
        Chat.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8)));
}
