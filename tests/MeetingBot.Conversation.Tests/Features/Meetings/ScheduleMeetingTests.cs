using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

public sealed class ScheduleMeetingTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync() => stage = await MeetingStage.CreateAsync();

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Schedule_ByCard_PlansTheMeetingAndNotifiesEveryUnitsContacts()
    {
        var form = (await stage.Convenor.SaysAsync("安排会议", stage.Group)).Messages.Single();
        form.Card.Should().NotBeNull();
        form.Text.Should().Contain("安排会议 2026-06-18 14:30", "the text says how to do the same by typing");

        var reply = await stage.Convenor.PressAsync(form, Replies.ScheduleButton(Lang.Zh), new Dictionary<string, string>
        {
            ["date"] = "2026-06-18",
            ["time"] = "14:30",
            ["duration"] = "90",
            ["place"] = "区政府第一会议室",
            ["agenda"] = "第一次全体会议\n1. 通报进展\n2. 审议年度计划",
        }, stage.Group);

        var meeting = (await stage.MeetingsAsync()).Should().ContainSingle().Subject;
        meeting.Id.Should().Be("m1");
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));
        meeting.State.DurationMinutes.Should().Be(90);
        meeting.State.Location.Should().Be("区政府第一会议室");
        reply.AllText.Should().Contain("已安排会议 **m1**").And.Contain("已通知 3 个成员单位的 4 位联络员");

        foreach (var contact in new[] { stage.FinanceContact, stage.FinanceDeputyContact, stage.LabourContact, stage.EducationContact })
        {
            var notice = contact.Received("会议通知");
            notice.Text.Should().Contain("区政府第一会议室").And.Contain("参加 m1");
            notice.Card.Should().NotBeNull();
            notice.Attachments.Should().ContainSingle(a => a.ContentType == MeetingInvitation.ContentType);
        }
        stage.Observer.Inbox.Should().BeEmpty("observers read along; notices go to the units and the managers");
        stage.Convenor.Inbox.Should().BeEmpty("the one who scheduled has the invitation in the confirmation");
        reply.Messages.Single().Attachments.Should().ContainSingle();
    }

    [Fact]
    public async Task Schedule_ByLineInChinese_ReadsDateTimePlaceAndLink()
    {
        var reply = await stage.Convenor.SaysAsync("安排会议 6月18日下午2点半 第一次全体会议 地点：区政府第一会议室 链接：https://meet.example.org/abc", stage.Group);

        var meeting = (await stage.MeetingsAsync()).Single();
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));
        meeting.State.DurationMinutes.Should().Be(120);
        meeting.State.Agenda.Should().Be("第一次全体会议");
        meeting.State.OnlineLink.Should().Be("https://meet.example.org/abc");
        reply.AllText.Should().Contain("2026年6月18日（周四）14:30–16:30");
    }

    [Fact]
    public async Task Schedule_ByLineInEnglish_AnswersInEnglishAndNoticesInTheJointMeetingsLanguage()
    {
        var reply = await stage.Convenor.SaysAsync("schedule meeting 2026-06-18 14:30 First plenary", stage.Group);

        reply.AllText.Should().Contain("Scheduled meeting **m1**").And.Contain("Thu 18 Jun 2026, 14:30–16:30");
        stage.FinanceContact.Received("会议通知").Text.Should().Contain("First plenary");
    }

    [Fact]
    public async Task Schedule_TwiceOnOneDay_GivesReadableDistinctIds()
    {
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-06-18 9:00 预备会", stage.Group);
        await stage.Convenor.SaysAsync("安排会议 2026-06-18 19:00 晚间碰头会", stage.Group);

        (await stage.MeetingsAsync()).Select(m => m.Id).Should().BeEquivalentTo("m1", "m2", "m3");
    }

    [Fact]
    public async Task Schedule_ASecretariat_GetsTheNoticeWithoutAttendanceButtons()
    {
        var secretary = stage.Chat.Person("李秘书");
        await stage.Chat.BindRoleAsync(secretary, Core.Domain.JointMeetings.ContactRole.Secretariat);

        await stage.ScheduleJuneMeetingAsync();

        var notice = secretary.Received("会议通知");
        notice.Card!.Json()["actions"].Should().BeNull("the secretariat answers for no unit");
        notice.Text.Should().Contain("参会情况 m1");
    }

    [Fact]
    public async Task Schedule_UnitsWithoutContacts_AreNamedInTheConfirmation()
    {
        var reply = await stage.ScheduleJuneMeetingAsync();

        reply.AllText.Should().Contain("以下单位还没有联络员，未能通知").And.Contain("区发改局");
    }

    [Theory]
    [InlineData("王财政")]
    [InlineData("周旁听")]
    [InlineData("路人甲")]
    public async Task Schedule_BySomeoneNotAManager_IsRefusedAndNothingIsPlanned(string who)
    {
        var person = stage.Chat.Person(who);

        var byLine = await person.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议", stage.Group);
        var byForm = await person.SaysAsync("安排会议");

        byLine.AllText.Should().StartWith("没有执行：").And.Contain("召集人或联席会议办公室可以安排会议");
        byForm.Messages.Should().ContainSingle().Which.Card.Should().BeNull();
        (await stage.MeetingsAsync()).Should().BeEmpty();
        stage.FinanceContact.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task Schedule_InThePast_IsRefused()
    {
        var reply = await stage.Convenor.SaysAsync("安排会议 2026-03-01 14:30 补开会议");

        reply.AllText.Should().Contain("已经过去");
        (await stage.MeetingsAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("安排会议 第一次全体会议", MeetingProblem.MissingDate, "第一次全体会议")]
    [InlineData("安排会议 2026-02-30 14:30", MeetingProblem.InvalidDate, "2026-02-30")]
    [InlineData("安排会议 6月18日 第一次全体会议", MeetingProblem.MissingTime, "6月18日 第一次全体会议")]
    [InlineData("安排会议 6月18日 14:30 10分钟", MeetingProblem.InvalidDuration, "10")]
    public async Task Schedule_ABadLine_SaysWhatIsWrongAndHowToWriteIt(string text, MeetingProblem problem, string detail)
    {
        var reply = await stage.Convenor.SaysAsync(text);

        reply.AllText.Should().Be(Replies.MeetingProblemText(Lang.Zh, MeetingVerb.Schedule, problem, detail));
        reply.AllText.Should().Contain("安排会议 2026-06-18 14:30", "it says how to write it");
        (await stage.MeetingsAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("date", "2026-02-30", MeetingProblem.InvalidDate)]
    [InlineData("date", "next tuesday-ish", MeetingProblem.InvalidDate)]
    [InlineData("time", "25:99", MeetingProblem.InvalidTime)]
    [InlineData("duration", "-30", MeetingProblem.InvalidDuration)]
    [InlineData("duration", "100000", MeetingProblem.InvalidDuration)]
    [InlineData("link", "javascript:alert(1)", MeetingProblem.InvalidLink)]
    [InlineData("place", "长", MeetingProblem.TooLong)]
    [InlineData("agenda", "长", MeetingProblem.TooLong)]
    public async Task Schedule_AForgedForm_IsRefusedClearlyAndNothingChanges(string field, string value, MeetingProblem problem)
    {
        if (value == "长") value = new string('长', field == "place" ? Meeting.MaxPlaceLength + 1 : Meeting.MaxAgendaLength + 1);
        var data = new JsonObject
        {
            ["action"] = MeetingCards.ScheduleAction, ["jm"] = "yongnian", ["lang"] = "zh",
            ["date"] = "2026-06-18", ["time"] = "14:30", ["duration"] = "120",
        };
        data[field] = value;

        var reply = await stage.Convenor.SubmitsAsync(data);

        reply.AllText.Should().Be(Replies.MeetingProblemText(Lang.Zh, MeetingVerb.Schedule, problem, problem == MeetingProblem.TooLong ? Replies.Shorten(value, 20) : value));
        reply.Messages.Single().Card.Should().NotBeNull("the form comes back to be corrected");
        (await stage.MeetingsAsync()).Should().BeEmpty();
        stage.FinanceContact.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task Schedule_AFormMissingItsDate_IsRefused()
    {
        var reply = await stage.Convenor.SubmitsAsync(new JsonObject { ["action"] = MeetingCards.ScheduleAction, ["jm"] = "yongnian", ["lang"] = "en", ["time"] = "14:30" });

        reply.AllText.Should().StartWith("Not done: I could not find the date");
        (await stage.MeetingsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Schedule_AFormOfAJointMeetingThatIsGone_SaysSo()
    {
        var reply = await stage.Convenor.SubmitsAsync(new JsonObject
        {
            ["action"] = MeetingCards.ScheduleAction, ["jm"] = "no-such-jm", ["lang"] = "zh", ["date"] = "2026-06-18", ["time"] = "14:30",
        });

        reply.AllText.Should().Contain("联席会议“no-such-jm”已不存在");
        (await stage.MeetingsAsync()).Should().BeEmpty();
    }
}
