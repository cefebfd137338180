using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>The .ics invitation, parsed back with Ical.Net as a calendar client reads it.</summary>
public sealed class InvitationTests
{
    [Fact]
    public async Task Invitation_InBeijingTime_HasAStableUidAPlainZoneAndTheRightInstant()
    {
        using var stage = await MeetingStage.CreateAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室 链接：https://meet.example.org/abc", stage.Group);

        var calendar = MeetingStage.Invitation(stage.FinanceContact.Received("会议通知"));

        calendar.Method.Should().Be("REQUEST");
        var invitation = calendar.Events.Single();
        invitation.Uid.Should().Be(MeetingInvitation.Uid(await stage.MeetingAsync("m1")));
        invitation.Sequence.Should().Be(0);
        invitation.Status.Should().Be("CONFIRMED");
        invitation.Summary.Should().Be("区政府职业教育工作联席会议：第一次全体会议");
        invitation.Location.Should().Be("区政府第一会议室");
        invitation.Url.Should().Be(new Uri("https://meet.example.org/abc"));
        invitation.DtStart!.TzId.Should().Be("Asia/Shanghai");
        invitation.DtStart.AsUtc.Should().Be(new DateTime(2026, 6, 18, 6, 30, 0, DateTimeKind.Utc));
        invitation.DtEnd!.AsUtc.Should().Be(new DateTime(2026, 6, 18, 8, 30, 0, DateTimeKind.Utc));
        var zone = calendar.TimeZones.Single();
        zone.TzId.Should().Be("Asia/Shanghai");
        zone.TimeZoneInfos.Should().ContainSingle("Beijing time has no daylight saving")
            .Which.OffsetTo!.Offset.Should().Be(TimeSpan.FromHours(8));
    }

    [Fact]
    public async Task Invitation_InAZoneWithDaylightSaving_GivesSummerAndWinterInstantsRight()
    {
        using var chat = new ChatHarness();
        var convenor = chat.Person("Anna");
        var contact = chat.Person("Ben");
        var document = chat.Catalog.Documents.Single(d => d.SourceName == Scenario.YongnianSeed);
        var settings = new JointMeetingSettings(Scenario.JointMeetingId, "Joint meeting (Berlin office)", TimeZoneId: "Europe/Berlin", Language: "en");
        (await new CreateJointMeetingHandler(chat.Store, chat.Clock).HandleAsync(new CreateJointMeeting(settings, document, convenor.Account))).Refusal.Should().BeNull();
        await chat.BindContactAsync(contact, MeetingStage.Finance);

        var summer = await convenor.SaysAsync("schedule meeting 2026-06-18 14:30 Summer session");
        await convenor.SaysAsync("schedule meeting 2026-12-10 14:30 Winter session");

        summer.AllText.Should().Contain("14:30–16:30 (Europe/Berlin time)");
        var june = MeetingStage.Invitation(contact.Received("attend m1"));
        var december = MeetingStage.Invitation(contact.Received("attend m2"));
        june.Events.Single().DtStart!.AsUtc.Should().Be(new DateTime(2026, 6, 18, 12, 30, 0, DateTimeKind.Utc));
        december.Events.Single().DtStart!.AsUtc.Should().Be(new DateTime(2026, 12, 10, 13, 30, 0, DateTimeKind.Utc));
        june.TimeZones.Single().TimeZoneInfos.Select(i => i.Name).Should().Contain(["STANDARD", "DAYLIGHT"]);
        june.Events.Single().Description.Should().Contain("attend m1", "the notice is in the joint meeting's language");
    }

    [Fact]
    public async Task Invitation_AcrossRescheduleAndCancel_KeepsItsUidAndRaisesItsSequence()
    {
        using var stage = await MeetingStage.CreateAsync();
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("调整会议 2026-06-18 2026-06-19 09:00");
        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-19 10:00");
        await stage.Convenor.SaysAsync("取消会议 m1 原因：改为书面审议");

        var sent = stage.FinanceContact.Inbox.Select(MeetingStage.Invitation).Select(c => (c.Method, c.Events.Single().Uid, c.Events.Single().Sequence)).ToList();

        sent.Select(s => s.Uid).Distinct().Should().ContainSingle();
        sent.Select(s => s.Sequence).Should().Equal(0, 1, 2, 3);
        sent.Select(s => s.Method).Should().Equal("REQUEST", "REQUEST", "REQUEST", "CANCEL");
    }
}
