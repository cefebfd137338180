using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class DashboardCommandTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("看板")]
    [InlineData("工作看板")]
    [InlineData("dashboard")]
    [InlineData("show the dashboard")]
    public void Parse_DashboardWords_AskForTheDashboard(string text) =>
        ReportingCommands.Parse(text, new DateOnly(2026, 3, 2)).Should().Be(new ShowDashboard());

    [Fact]
    public async Task Dashboard_ByAnObserver_IsRefusedAndSaysWhoMayOpenIt()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        (await stage.Observer.SaysAsync("看板")).AllText.Should().Be(Replies.DashboardMembersOnly(Lang.Zh));
    }

    [Fact]
    public async Task Dashboard_ByAUnitContactWhereTheHostServesNone_SaysSoRatherThanRefusingThem()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        (await stage.EducationContact.SaysAsync("看板")).AllText.Should().Be(Replies.DashboardNotServed(Lang.Zh));
    }

    [Fact]
    public async Task Dashboard_WhereTheHostServesNone_SaysSo()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        (await stage.Convenor.SaysAsync("dashboard", stage.Group)).AllText.Should().Be(Replies.DashboardNotServed(Lang.En));
    }

    public void Dispose() => chat.Dispose();
}
