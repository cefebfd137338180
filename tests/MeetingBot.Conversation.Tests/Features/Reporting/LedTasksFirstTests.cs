using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>The report card puts the tasks the unit leads first, then those it supports; its pages and 我的报告 follow.</summary>
public sealed class LedTasksFirstTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData(ReportingStage.Finance)]
    [InlineData(ReportingStage.Education)]
    public async Task ReportCard_TasksTheUnitLeads_ComeBeforeThoseItSupports(string unitName)
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var snapshot = await stage.SnapshotAsync();
        var unit = snapshot.JointMeeting.Value.FindUnit(unitName)!;
        var inRoundOrder = await stage.TasksOfAsync(unitName);
        bool Leads(string id) => snapshot.JointMeeting.Value.Tasks.Single(t => t.Id == id).LeadUnitIds.Contains(unit.Id);
        var ledFirst = inRoundOrder.Where(Leads).Concat(inRoundOrder.Where(id => !Leads(id))).ToList();
        inRoundOrder.Where(Leads).Should().NotBeEmpty("the unit leads tasks").And.HaveCountLessThan(inRoundOrder.Count, "and supports others");

        var person = unitName == ReportingStage.Finance ? stage.FinanceContact : stage.EducationContact;
        var card = person.Received($"进度报告：{unitName}");
        var onCards = new List<string>(ReportingStage.TasksOn(card));
        for (var page = card; onCards.Count < ledFirst.Count;)
        {
            page = (await person.PressAsync(page, Core.Conversation.Replies.NextPageButton(Core.Conversation.Lang.Zh))).Messages.Last(m => m.Card is not null);
            onCards.AddRange(ReportingStage.TasksOn(page));
        }

        onCards.Should().Equal(ledFirst);
        // The covering message names the page's tasks with their role, the led ones first.
        var roles = System.Text.RegularExpressions.Regex.Matches(card.Text, "（(牵头|参与)）").Select(m => m.Groups[1].Value).ToList();
        roles.Should().NotBeEmpty().And.Equal(roles.OrderBy(r => r == "牵头" ? 0 : 1));
    }

    public void Dispose() => chat.Dispose();
}
