using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>Who may not report for a unit, and cards that no longer apply: each gets a reason, and nothing changes.</summary>
public sealed class ReportingRefusalTests : IDisposable
{
    private readonly ChatHarness chat = new();

    private static readonly Dictionary<string, string> Filled = new() { ["status0"] = "Done", ["text0"] = "代填的内容" };

    private async Task<(ReportingStage Stage, OutgoingMessage EducationCard)> OpenedAsync()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        return (stage, stage.EducationContact.Received("进度报告：区教体局"));
    }

    [Fact]
    public async Task Card_OfAnotherUnitPressedByAContact_IsRefusedWithWhoCanAndNothingSaved()
    {
        var (stage, card) = await OpenedAsync();

        var reply = await stage.FinanceContact.PressAsync(card, "提交", Filled);

        reply.AllText.Should().Be("没有执行：您是其他单位的联络员，只能代表本单位操作；只有区教体局的联络员可以代表该单位填报。");
        await NothingReportedAsync(stage);
        stage.Convenor.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task Card_ForgedWithAnotherUnitsId_IsRefusedAndNothingSaved()
    {
        var (stage, _) = await OpenedAsync();
        var ownCard = stage.FinanceContact.Received("进度报告：区财政局");
        var forged = (JsonObject)ownCard.Card!.Json()["actions"]![0]!["data"]!.DeepClone();
        forged["unit"] = await stage.UnitIdAsync(ReportingStage.Education);
        forged["tasks"] = "二.三.4";
        forged["status0"] = "Done";

        var reply = await stage.FinanceContact.SubmitsAsync(forged);

        reply.AllText.Should().Contain("只有区教体局的联络员可以代表该单位填报");
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_PressedByAnObserver_IsRefused()
    {
        var (stage, card) = await OpenedAsync();

        var reply = await stage.Observer.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Be("没有执行：列席人员只能查看。区教体局的联络员可以代表该单位填报。");
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_PressedByAStranger_IsRefusedWithHowToJoin()
    {
        var (stage, card) = await OpenedAsync();

        var reply = await stage.Stranger.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Contain("您还不是本联席会议已批准的成员").And.Contain("只有区教体局的联络员可以代表该单位填报").And.Contain("我是区教体局联络员");
        await NothingReportedAsync(stage);
    }

    [Theory]
    [InlineData("路人甲")]
    [InlineData("周旁听")]
    [InlineData("张召集")]
    public async Task Text_FromSomeoneWhoIsNoUnitsContact_IsRefusedWithWhoCan(string who)
    {
        var (stage, _) = await OpenedAsync();
        var person = chat.Person(who);

        var reply = await person.SaysAsync("报告：今年新增双师型教师23名", stage.Group);

        var jm = (await stage.SnapshotAsync()).JointMeeting.Value;
        reply.AllText.Should().Be(Replies.NeedsUnitContact(Lang.Zh, jm.Identify(person.Account)));
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_OfAClosedRound_ExplainsAndSavesNothing()
    {
        var (stage, card) = await OpenedAsync();
        await stage.CloseRoundAsync();

        var reply = await stage.EducationContact.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Be(Replies.RoundClosedCard(Lang.Zh, "r1", null));
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_OfAnOlderRound_PointsToTheOpenOne()
    {
        var (stage, card) = await OpenedAsync();
        await stage.CloseRoundAsync();
        await chat.PlanMeetingAsync("m2", new DateTime(2026, 11, 12, 9, 30, 0));
        await stage.Convenor.SaysAsync("发起报告 m2 截止 2026-11-01", stage.Group);

        var reply = await stage.EducationContact.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Be(Replies.RoundClosedCard(Lang.Zh, "r1", "r2"));
        (await stage.ReportAsync(ReportingStage.Education, "r2")).Should().BeNull();
    }

    [Fact]
    public async Task Card_OfARemovedUnit_ExplainsAndSavesNothing()
    {
        var (stage, card) = await OpenedAsync();
        await chat.ChangeAsync((jm, now) => jm.RemoveUnit(ChatAccount.System, jm.FindUnit(ReportingStage.Education)!.Id, now));

        var reply = await stage.EducationContact.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Be(Replies.UnitGone(Lang.Zh));
        (await stage.SnapshotAsync()).Reports.Should().BeEmpty();
    }

    [Fact]
    public async Task Card_OfACancelledMeeting_ExplainsAndSavesNothing()
    {
        var (stage, card) = await OpenedAsync();
        await stage.CancelMeetingAsync();

        var reply = await stage.EducationContact.PressAsync(card, "保存草稿", Filled);

        reply.AllText.Should().Be(Replies.MeetingCancelledCard(Lang.Zh, "r1", "m1"));
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_OfAJointMeetingThatIsGone_ExplainsAndSavesNothing()
    {
        var (stage, card) = await OpenedAsync();
        var stale = (JsonObject)card.Card!.Json()["actions"]![0]!["data"]!.DeepClone();
        stale["jm"] = "dissolved";

        var reply = await stage.EducationContact.SubmitsAsync(stale);

        reply.AllText.Should().Contain("联席会议“dissolved”已不存在");
        await NothingReportedAsync(stage);
    }

    [Fact]
    public async Task Card_WithItsRoundMissing_SaysTheCardIsOutOfDate()
    {
        var (stage, card) = await OpenedAsync();
        var forged = (JsonObject)card.Card!.Json()["actions"]![0]!["data"]!.DeepClone();
        forged["round"] = "r9";

        var reply = await stage.EducationContact.SubmitsAsync(forged);

        reply.AllText.Should().Be(Replies.RoundGone(Lang.Zh, "r9"));
    }

    [Fact]
    public async Task ChooseTaskCard_PressedByAnotherUnitsContact_IsRefusedAndTheTextNotSaved()
    {
        var (stage, _) = await OpenedAsync();
        var question = (await stage.EducationContact.SaysAsync("报告：各项工作按计划推进")).Messages.Single();

        var reply = await stage.LabourContact.PressAsync(question, Replies.RecordChosenButton(Lang.Zh));

        reply.AllText.Should().Contain("只有区教体局的联络员可以代表该单位填报");
        await NothingReportedAsync(stage);
    }

    private static async Task NothingReportedAsync(ReportingStage stage)
    {
        JointMeetingSnapshot snapshot = await stage.SnapshotAsync();
        snapshot.Reports.Should().BeEmpty("a refused or stale action changes nothing");
    }

    public void Dispose() => chat.Dispose();
}
