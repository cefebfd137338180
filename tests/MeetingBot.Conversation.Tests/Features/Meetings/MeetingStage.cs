using System.Text;
using Ical.Net;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>
/// The Yongnian joint meeting bound to a group, with its convenor, the contacts of three units (财政局, 人社局,
/// 教体局), an observer and a stranger: the cast of the meeting stories.
/// </summary>
public sealed class MeetingStage : IDisposable
{
    public const string Finance = "区财政局";
    public const string Labour = "区人社局";
    public const string Education = "区教体局";

    private MeetingStage(ChatHarness chat)
    {
        Chat = chat;
        Convenor = chat.Person("张召集");
        FinanceContact = chat.Person("王财政");
        FinanceDeputyContact = chat.Person("孙财政");
        LabourContact = chat.Person("陈人社");
        EducationContact = chat.Person("赵教育");
        Observer = chat.Person("周旁听");
        Stranger = chat.Person("路人甲");
        Group = chat.Group("联席会议群");
    }

    public ChatHarness Chat { get; }
    public ChatPerson Convenor { get; }
    public ChatPerson FinanceContact { get; }
    public ChatPerson FinanceDeputyContact { get; }
    public ChatPerson LabourContact { get; }
    public ChatPerson EducationContact { get; }
    public ChatPerson Observer { get; }
    public ChatPerson Stranger { get; }
    public ChatConversation Group { get; }

    public static async Task<MeetingStage> CreateAsync(string language = "zh-CN", InvitationAddresses? invitations = null)
    {
        var stage = new MeetingStage(new ChatHarness(invitations: invitations));
        await stage.Chat.YongnianAsync(stage.Convenor, stage.Group, language);
        await stage.Chat.BindContactAsync(stage.FinanceContact, Finance);
        await stage.Chat.BindContactAsync(stage.FinanceDeputyContact, Finance);
        await stage.Chat.BindContactAsync(stage.LabourContact, Labour);
        await stage.Chat.BindContactAsync(stage.EducationContact, Education);
        await stage.Chat.BindRoleAsync(stage.Observer, ContactRole.Observer);
        return stage;
    }

    public async Task<JointMeeting> JointMeetingAsync() => (await Chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value;

    public async Task<IReadOnlyList<Meeting>> MeetingsAsync() =>
        (await Chat.Store.LoadAsync(Scenario.JointMeetingId))!.Meetings.Select(m => m.Value).OrderBy(m => m.Id).ToList();

    public async Task<Meeting> MeetingAsync(string id) => (await MeetingsAsync()).Single(m => m.Id == id);

    public async Task<string> UnitIdAsync(string name) => (await JointMeetingAsync()).FindUnit(name)!.Id;

    /// <summary>Schedules 2026-06-18 14:30 in the group by typing, as the convenor.</summary>
    public async Task<BotReply> ScheduleJuneMeetingAsync() =>
        await Convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室", Group);

    /// <summary>The .ics a message carries, parsed back as a calendar client would.</summary>
    public static Calendar Invitation(OutgoingMessage message)
    {
        var file = message.Attachments.Should().ContainSingle(a => a.ContentType == MeetingInvitation.ContentType).Subject;
        file.Name.Should().EndWith(".ics");
        return Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
    }

    public void Dispose() => Chat.Dispose();
}
