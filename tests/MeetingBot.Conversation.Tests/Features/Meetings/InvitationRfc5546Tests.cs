using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>
/// The invitations a unit contact receives for one meeting scheduled, moved and cancelled, read by two calendar
/// parsers that share no code with the bot (Python's icalendar and ical.js): what Outlook and Google need to apply
/// a move or a cancellation to the entry already in the calendar (RFC 5546), and text that survives folding.
/// </summary>
public sealed class InvitationRfc5546Tests
{
    private const string Title = "第一次全体会议（审议2026年度职业教育工作要点、产教融合实施方案；研究校企合作, 实训基地建设和经费保障等事项）";
    private const string Location = "区政府第一会议室（东楼3层; 北门入, 请带工作证）";
    private const string Organizer = "lianxi-bangongshi@yongnian.example.gov.cn";

    private static readonly Dictionary<string, string> KnownAddresses = new()
    {
        ["张召集"] = "zhang.zhaoji@yongnian.example.gov.cn",
        ["王财政"] = "wang@czj.example.gov.cn",
        ["陈人社"] = "chen@rsj.example.gov.cn",
        ["周旁听"] = "zhou@rd.example.gov.cn",
    };

    private static string? AddressOf(ChatAccount account) => KnownAddresses.GetValueOrDefault(account.DisplayName);

    [Fact]
    public async Task Invitations_ScheduleMoveCancel_BothParsersReadOneEventWithRisingSequenceOrganizerAndAttendees()
    {
        using var stage = await MeetingStage.CreateAsync(invitations: new InvitationAddresses("mailto:" + Organizer, AddressOf));
        var sentAt = new List<DateTimeOffset>();
        sentAt.Add(stage.Chat.Clock.GetUtcNow());
        await stage.Convenor.SaysAsync($"安排会议 2026-06-18 14:30 {Title} 地点：{Location}", stage.Group);
        stage.Chat.Clock.Advance(TimeSpan.FromHours(3));
        sentAt.Add(stage.Chat.Clock.GetUtcNow());
        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-19 10:00", stage.Group);
        stage.Chat.Clock.Advance(TimeSpan.FromDays(1));
        sentAt.Add(stage.Chat.Clock.GetUtcNow());
        await stage.Convenor.SaysAsync("取消会议 m1 原因：改为书面审议", stage.Group);

        var files = stage.FinanceContact.Inbox.Select(IcsFile).ToList();
        files.Should().HaveCount(3, "the contact got the notice of the meeting, of its move and of its cancellation");
        foreach (var file in files) ShouldBeFoldedAt75Octets(file);

        var python = IcsParsers.Icalendar(files);
        var javascript = IcsParsers.IcalJs(files);
        javascript.Should().BeEquivalentTo(python, o => o.WithStrictOrdering(), "two independent parsers read the same calendar");

        python.Select(c => c.Method).Should().Equal("REQUEST", "REQUEST", "CANCEL");
        var events = python.Select(c => c.Events.Should().ContainSingle().Subject).ToList();
        events.Select(e => e.Uid).Distinct().Should().ContainSingle("a calendar matches the move and the cancellation to its entry by UID");
        events.Select(e => e.Sequence).Should().Equal(0, 1, 2);
        events.Select(e => e.Status).Should().Equal("CONFIRMED", "CONFIRMED", "CANCELLED");
        events.Select(e => e.Dtstamp).Should().Equal(sentAt.Select(t => (DateTimeOffset?)t));
        events.Select(e => e.Start).Should().Equal(
            new DateTimeOffset(2026, 6, 18, 6, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 19, 2, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 6, 19, 2, 0, 0, TimeSpan.Zero));

        foreach (var invitation in events)
        {
            invitation.Summary.Should().Contain(Title, "commas, semicolons and Chinese survive escaping and folding");
            invitation.Location.Should().Be(Location);
            invitation.Organizer.Should().Be(new ParsedAddress("mailto:" + Organizer, "区政府职业教育工作联席会议", null));
            invitation.Attendees.Should().BeEquivalentTo(new[]
            {
                new ParsedAddress("mailto:zhang.zhaoji@yongnian.example.gov.cn", "张召集", "CHAIR"),
                new ParsedAddress("mailto:wang@czj.example.gov.cn", "王财政", "REQ-PARTICIPANT"),
                new ParsedAddress("mailto:chen@rsj.example.gov.cn", "陈人社", "REQ-PARTICIPANT"),
                new ParsedAddress("mailto:zhou@rd.example.gov.cn", "周旁听", "OPT-PARTICIPANT"),
            }, "every approved contact whose address is known, and nobody whose address is not");
        }
    }

    [Fact]
    public async Task Invitation_WithoutAConfiguredOrganizer_NamesTheReservedSecretariatAddressAndNoAttendees()
    {
        using var stage = await MeetingStage.CreateAsync();
        await stage.ScheduleJuneMeetingAsync();

        var file = IcsFile(stage.FinanceContact.Received("会议通知"));
        ShouldBeFoldedAt75Octets(file);

        foreach (var parsed in new[] { IcsParsers.Icalendar([file]).Single(), IcsParsers.IcalJs([file]).Single() })
        {
            parsed.Method.Should().Be("REQUEST");
            var invitation = parsed.Events.Should().ContainSingle().Subject;
            invitation.Organizer.Should().Be(new ParsedAddress("mailto:" + InvitationAddresses.DefaultOrganizer, "区政府职业教育工作联席会议", null));
            invitation.Attendees.Should().BeEmpty("no address is known, and none is made up");
        }
    }

    [Theory]
    [InlineData("office@example.gov.cn", "office@example.gov.cn")]
    [InlineData(" MAILTO:office@example.gov.cn ", "office@example.gov.cn")]
    [InlineData("办公室 <office@example.gov.cn>", null)]
    [InlineData("office at example.gov.cn", null)]
    [InlineData("mailto:", null)]
    [InlineData("", null)]
    public void Normalize_AddressOrNot_GivesThePlainAddressOrNull(string text, string? expected) =>
        InvitationAddresses.Normalize(text).Should().Be(expected);

    private static byte[] IcsFile(OutgoingMessage message) =>
        message.Attachments.Should().ContainSingle(a => a.ContentType == MeetingInvitation.ContentType).Subject.Content;

    // RFC 5545 3.1: lines end with CRLF and are folded so that none is longer than 75 octets, never inside a
    // character (each physical line is valid UTF-8 by itself).
    private static void ShouldBeFoldedAt75Octets(byte[] file)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var text = strict.GetString(file);
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", "").Should().NotContain("\n").And.NotContain("\r");
        var start = 0;
        for (var i = 0; i + 1 < file.Length; i++)
        {
            if (file[i] != '\r' || file[i + 1] != '\n') continue;
            var line = file.AsSpan(start, i - start);
            line.Length.Should().BeLessThanOrEqualTo(75, "line \"{0}\" is folded at 75 octets", strict.GetString(line));
            var act = () => strict.GetString(file, start, i - start);
            act.Should().NotThrow("a line is never split inside a UTF-8 character");
            start = i + 2;
        }
        text.Should().Contain("\r\n ", "the long Chinese lines were folded");
    }
}
