using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class ReportingHelpTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Help_ListsTheReportingCommandsEachRoleMayUse()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var contact = (await stage.EducationContact.SaysAsync("帮助")).AllText;
        var convenor = (await stage.Convenor.SaysAsync("帮助", stage.Group)).AllText;
        var stranger = (await stage.Stranger.SaysAsync("帮助", stage.Group)).AllText;

        contact.Should().Contain("**报告：进展情况**").And.Contain("**提交报告**").And.Contain("**谁还没交报告**").And.NotContain("会议简报").And.NotContain("发起报告");
        convenor.Should().Contain("**发起报告 会议编号 截止 2026-06-10**").And.Contain("**会议简报**").And.NotContain("提交报告");
        stranger.Should().NotContain("提交报告").And.NotContain("谁还没交报告").And.NotContain("会议简报");
    }

    [Fact]
    public void Commands_EveryUsageParsesAsAReportingCommand()
    {
        foreach (var command in new ReportingFeature().Commands)
        {
            ReportingCommands.Parse(command.UsageZh, new DateOnly(2026, 3, 2)).Should().NotBeNull(command.UsageZh);
            ReportingCommands.Parse(command.UsageEn.Replace("[meeting id]", "m1").Replace("[progress]", "done"), new DateOnly(2026, 3, 2)).Should().NotBeNull(command.UsageEn);
        }
    }

    [Fact]
    public async Task OpenCard_ForgedByAnObserver_IsRefusedByTheDomainAndNothingOpened()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        var forged = new System.Text.Json.Nodes.JsonObject
        {
            ["action"] = RoundOpening.OpenAction, ["jm"] = Scenario.JointMeetingId, ["lang"] = "zh", ["meeting"] = "m1", ["deadline"] = "2026-06-10",
        };

        var reply = await stage.Observer.SubmitsAsync(forged);

        reply.AllText.Should().Be("没有执行：列席人员只能查看。召集人或联席会议办公室可以发起报告征集。");
        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty();
    }

    public void Dispose() => chat.Dispose();
}
