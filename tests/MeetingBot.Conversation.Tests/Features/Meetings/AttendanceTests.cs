using MeetingBot.Conversation.Tests.Infrastructure;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

public sealed class AttendanceTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync()
    {
        stage = await MeetingStage.CreateAsync();
        await stage.ScheduleJuneMeetingAsync();
    }

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    private static string Attend => Replies.AttendanceName(Lang.Zh, Attendance.Attend);
    private static string Deputy => Replies.AttendanceName(Lang.Zh, Attendance.SendDeputy);
    private static string Absent => Replies.AttendanceName(Lang.Zh, Attendance.Absent);

    private async Task<AttendanceReply?> AnswerOfAsync(string unitName)
    {
        var unitId = await stage.UnitIdAsync(unitName);
        return (await stage.MeetingAsync("m1")).State.Replies.SingleOrDefault(r => r.UnitId == unitId);
    }

    [Fact]
    public async Task Attend_ByTheNoticeCard_RecordsTheUnitsAnswer()
    {
        var notice = stage.FinanceContact.Received("会议通知");

        var reply = await stage.FinanceContact.PressAsync(notice, Attend);

        reply.AllText.Should().StartWith("> 回复：m1 第一次全体会议\n\n已登记：区财政局 参加 m1 的会议");
        var answer = await AnswerOfAsync(MeetingStage.Finance);
        answer!.Attendance.Should().Be(Attendance.Attend);
        answer.By.SameAs(stage.FinanceContact.Account).Should().BeTrue();
    }

    [Fact]
    public async Task SendDeputy_ByTheNoticeCard_NeedsTheNameAndRecordsIt()
    {
        var notice = stage.LabourContact.Received("会议通知");

        var withoutName = () => stage.LabourContact.PressAsync(notice, Replies.MeetingConfirmButton(Lang.Zh));
        await withoutName.Should().ThrowAsync<InvalidOperationException>().WithMessage("*required input \"deputy\"*");

        var reply = await stage.LabourContact.PressAsync(notice, Replies.MeetingConfirmButton(Lang.Zh), new Dictionary<string, string> { ["deputy"] = "刘副局长" });

        reply.AllText.Should().Contain("区人社局 派员参加（刘副局长）");
        (await AnswerOfAsync(MeetingStage.Labour)).Should().BeEquivalentTo(new { Attendance = Attendance.SendDeputy, Who = "刘副局长" });
    }

    [Fact]
    public async Task Absent_ByTheNoticeCard_ThenChangedByTyping_TheLatestCounts()
    {
        await stage.EducationContact.PressAsync(stage.EducationContact.Received("会议通知"), Absent);
        (await AnswerOfAsync(MeetingStage.Education))!.Attendance.Should().Be(Attendance.Absent);

        var reply = await stage.EducationContact.SaysAsync("参加");

        reply.AllText.Should().StartWith("已登记：区教体局 参加");
        (await AnswerOfAsync(MeetingStage.Education))!.Attendance.Should().Be(Attendance.Attend);
    }

    [Theory]
    [InlineData("请假 2026-06-18", Attendance.Absent, null)]
    [InlineData("派员参加 2026-06-18 李四", Attendance.SendDeputy, "李四")]
    [InlineData("派员参加 李四", Attendance.SendDeputy, "李四")]
    [InlineData("参加6月18日的会议", Attendance.Attend, null)]
    [InlineData("attend 2026-06-18", Attendance.Attend, null)]
    [InlineData("send deputy Li Si", Attendance.SendDeputy, "Li Si")]
    [InlineData("absent", Attendance.Absent, null)]
    public async Task Answer_ByTyping_RecordsTheAnswerOfTheContactsUnit(string text, Attendance attendance, string? who)
    {
        await stage.FinanceContact.SaysAsync(text);

        (await AnswerOfAsync(MeetingStage.Finance)).Should().BeEquivalentTo(new { Attendance = attendance, Who = who });
    }

    [Fact]
    public async Task Answer_ByTypingInEnglish_ConfirmsInEnglish()
    {
        var reply = await stage.FinanceContact.SaysAsync("send deputy 2026-06-18 Li Si");

        reply.AllText.Should().StartWith("Recorded: 区财政局 sends a deputy (Li Si) at meeting m1");
    }

    [Fact]
    public async Task Answer_ForAnotherUnitWithAForgedCard_IsRefusedAndNothingChanges()
    {
        // The labour contact sends the finance notice's data: the unit in it is not theirs.
        var financeNotice = stage.FinanceContact.Received("会议通知");
        var data = ButtonData(financeNotice, Attend);

        var reply = await stage.LabourContact.SubmitsAsync(data);

        reply.AllText.Should().StartWith("没有执行：您是其他单位的联络员").And.Contain("只有区财政局的联络员可以代表该单位回复参会情况");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Answer_ByAStrangerOrObserverWithACard_IsRefusedByTheDomain()
    {
        var data = ButtonData(stage.FinanceContact.Received("会议通知"), Attend);

        var stranger = await stage.Stranger.SubmitsAsync(data);
        var observer = await stage.Observer.SubmitsAsync(data);

        stranger.AllText.Should().StartWith("没有执行：您还不是本联席会议已批准的成员");
        observer.AllText.Should().StartWith("没有执行：列席人员只能查看");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Answer_ByTypingFromSomeoneWithoutAUnit_SaysWhoAnswers()
    {
        var observer = await stage.Observer.SaysAsync("参加");
        var convenor = await stage.Convenor.SaysAsync("参加 2026-06-18");
        var stranger = await stage.Stranger.SaysAsync("attend");

        observer.AllText.Should().Be(Replies.AttendanceNeedsUnitContact(Lang.Zh, new(stage.Observer.Account, Core.Domain.JointMeetings.ContactRole.Observer, null)));
        convenor.AllText.Should().Contain("参会情况 编号");
        stranger.AllText.Should().StartWith("Only a member unit's contact can answer");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Answer_ToACancelledMeeting_ExplainsTheStaleCard()
    {
        var notice = stage.FinanceContact.Received("会议通知");
        await stage.Convenor.SaysAsync("取消会议 2026-06-18 原因：召集人出差", stage.Group);

        var reply = await stage.FinanceContact.PressAsync(notice, Attend);

        reply.AllText.Should().Be(Replies.MeetingNoLongerPlanned(Lang.Zh, await stage.MeetingAsync("m1"), fromCard: true));
        reply.AllText.Should().Contain("已取消，原因：召集人出差");
    }

    [Theory]
    [InlineData("meeting", "2099-01-01", "没有找到会议“2099-01-01”")]
    [InlineData("unit", "u999", "已不是成员单位")]
    [InlineData("answer", "Maybe", "这张卡片的按钮已不再使用")]
    [InlineData("jm", "gone-jm", "联席会议“gone-jm”已不存在")]
    public async Task Answer_WithForgedCardData_IsRefusedClearly(string key, string value, string expected)
    {
        var data = ButtonData(stage.FinanceContact.Received("会议通知"), Attend);
        data[key] = value;

        var reply = await stage.FinanceContact.SubmitsAsync(data);

        reply.AllText.Should().Contain(expected);
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Answer_WithAForgedOverlongDeputyName_IsRefused()
    {
        var data = ButtonData(stage.FinanceContact.Received("会议通知"), Replies.MeetingConfirmButton(Lang.Zh));
        data["deputy"] = new string('李', MeetingCommands.MaxDeputyLength + 1);

        var reply = await stage.FinanceContact.SubmitsAsync(data);

        reply.AllText.Should().StartWith("没有执行：内容太长");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();
    }

    [Fact]
    public async Task Answer_WithoutAnIdWhenTwoMeetingsArePlanned_AsksWhichWithButtons()
    {
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议", stage.Group);

        var reply = await stage.FinanceContact.SaysAsync("请假");

        var message = reply.Messages.Single();
        message.Text.Should().Contain("“请假 m1”").And.Contain("“请假 m2”");
        (await stage.MeetingAsync("m1")).State.Replies.Should().BeEmpty();

        await stage.FinanceContact.PressAsync(message, Replies.MeetingChoice(Lang.Zh, await stage.MeetingAsync("m2")));
        (await stage.MeetingAsync("m2")).State.Replies.Should().ContainSingle().Which.Attendance.Should().Be(Attendance.Absent);
    }

    [Fact]
    public async Task Overview_ForMembers_ListsEachUnitsAnswer()
    {
        await stage.FinanceContact.SaysAsync("参加");
        await stage.LabourContact.SaysAsync("派员参加 刘副局长");

        var reply = await stage.Convenor.SaysAsync("参会情况 2026-06-18", stage.Group);
        var english = await stage.Observer.SaysAsync("attendance");

        reply.AllText.Should().Contain("- 区财政局：参加").And.Contain("- 区人社局：派员参加（刘副局长）")
            .And.Contain("未回复").And.Contain("区教体局").And.Contain("合计：参加 1，派员参加 1，请假 0");
        english.AllText.Should().Contain("- 区财政局: attend");
    }

    [Fact]
    public async Task Overview_WithoutAnId_IsOfTheNextMeeting()
    {
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议");

        var reply = await stage.Convenor.SaysAsync("参会情况");

        reply.AllText.Should().StartWith("会议 **m1**");
    }

    [Fact]
    public async Task Overview_ForAStranger_IsRefused()
    {
        var reply = await stage.Stranger.SaysAsync("参会情况 2026-06-18");

        reply.AllText.Should().Be(Replies.AttendanceMembersOnly(Lang.Zh));
    }

    [Fact]
    public async Task Notice_OfAnEnglishJointMeeting_IsInEnglishAndAnsweredInEnglish()
    {
        using var english = await MeetingStage.CreateAsync(language: "en");
        await english.Convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议", english.Group);

        var notice = english.FinanceContact.Received("Meeting notice");
        notice.Text.Should().Contain("Please answer for 区财政局: \"attend m1\"");
        var reply = await english.FinanceContact.PressAsync(notice, Replies.AttendanceName(Lang.En, Attendance.Absent));

        reply.AllText.Should().StartWith("> Re: m1 第一次全体会议\n\nRecorded: 区财政局 absent at meeting m1");
    }

    /// <summary>The data a button of a card sends, as a client would (with its inputs empty).</summary>
    private static JsonObject ButtonData(OutgoingMessage message, string button)
    {
        static IEnumerable<JsonObject> Actions(JsonObject card) =>
            (card["actions"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(a => a["card"] is JsonObject sub ? Actions(sub).Prepend(a) : [a]);
        var action = Actions(message.Card!.Json()).First(a => a["title"]!.GetValue<string>() == button);
        return (JsonObject)action["data"]!.DeepClone();
    }
}
