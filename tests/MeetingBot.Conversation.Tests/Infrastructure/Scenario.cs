using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>
/// Sets the stage through the domain and the store, not through chat, for tests about one step of a story:
/// the Yongnian joint meeting (seed 002) with its convenor, contacts bound to units, a planned meeting, a round.
/// </summary>
public static class Scenario
{
    public const string YongnianSeed = "002_3db67e52c630979e.txt";
    public const string JointMeetingId = "yongnian";

    /// <summary>The Yongnian joint meeting, with <paramref name="convenor"/> as its convenor and this group bound to it.</summary>
    public static async Task<JointMeeting> YongnianAsync(this ChatHarness chat, ChatPerson convenor, Core.Conversation.ChatConversation? group = null, string language = "zh-CN", string timeZoneId = JointMeetingSettings.DefaultTimeZoneId)
    {
        var document = chat.Catalog.Documents.Single(d => d.SourceName == YongnianSeed);
        var settings = new JointMeetingSettings(JointMeetingId, "区政府职业教育工作联席会议", "永年区", TimeZoneId: timeZoneId, Language: language);
        var created = await new CreateJointMeetingHandler(chat.Store, chat.Clock)
            .HandleAsync(new CreateJointMeeting(settings, document, convenor.Account));
        created.Refusal.Should().BeNull();
        if (group is not null)
            await chat.ChangeAsync((jm, now) => jm.BindConversation(convenor.Account, group.Channel, group.Id, group.Name, now));
        return (await chat.Store.LoadAsync(JointMeetingId))!.JointMeeting.Value;
    }

    /// <summary>Binds a person directly as the contact of a unit (by its name in the joint meeting).</summary>
    public static Task BindContactAsync(this ChatHarness chat, ChatPerson person, string unitName) =>
        chat.ChangeAsync((jm, now) => jm.AssignRole(ChatAccount.System, person.Account, ContactRole.UnitContact, jm.FindUnit(unitName)!.Id, now));

    public static Task BindRoleAsync(this ChatHarness chat, ChatPerson person, ContactRole role) =>
        chat.ChangeAsync((jm, now) => jm.AssignRole(ChatAccount.System, person.Account, role, null, now));

    /// <summary>Plans a meeting at a local time in Beijing, by the system operator.</summary>
    public static async Task<Meeting> PlanMeetingAsync(this ChatHarness chat, string id, DateTime localStart, string? agenda = null)
    {
        var snapshot = (await chat.Store.LoadAsync(JointMeetingId))!;
        var meeting = Meeting.Schedule(snapshot.JointMeeting.Value, ChatAccount.System, id,
            new MeetingPlan(localStart, MeetingPlan.DefaultDuration, "区政府第一会议室", null, agenda), chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(JointMeetingId).Add(meeting));
        return meeting;
    }

    /// <summary>Opens a reporting round for a planned meeting, by the system operator.</summary>
    public static async Task<ReportingRound> OpenRoundAsync(this ChatHarness chat, string id, string meetingId, DateOnly deadline)
    {
        var snapshot = (await chat.Store.LoadAsync(JointMeetingId))!;
        var round = ReportingRound.Open(snapshot.JointMeeting.Value, snapshot.FindMeeting(meetingId)!.Value,
            snapshot.Rounds.Select(r => r.Value), ChatAccount.System, id, deadline, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(JointMeetingId).Add(round));
        return round;
    }

    public static async Task ChangeAsync(this ChatHarness chat, Action<JointMeeting, DateTimeOffset> change)
    {
        var snapshot = (await chat.Store.LoadAsync(JointMeetingId))!;
        change(snapshot.JointMeeting.Value, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(JointMeetingId).Update(snapshot.JointMeeting));
    }
}
