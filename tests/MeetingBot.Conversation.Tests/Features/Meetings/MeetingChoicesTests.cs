using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>A meeting offered as a choice reads as its number, its title and its local time, never its agenda run on.</summary>
public sealed class MeetingChoicesTests : IAsyncLifetime
{
    private MeetingStage stage = null!;

    public async Task InitializeAsync()
    {
        stage = await MeetingStage.CreateAsync();
        await stage.ScheduleJuneMeetingAsync();
        await stage.Convenor.SaysAsync("安排会议 2026-11-20 09:00 第二次全体会议 议程：听取各成员单位上半年工作汇报；研究部署下半年重点任务", stage.Group);
    }

    public Task DisposeAsync()
    {
        stage.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WhichMeetingButtons_ShowNumberTitleAndLocalTime()
    {
        var which = (await stage.FinanceContact.SaysAsync("请假")).Messages.Single();

        Buttons(which).Should().Equal("m1 第一次全体会议 · 6月18日 14:30", "m2 第二次全体会议 · 11月20日 09:00");
    }

    [Fact]
    public async Task WhichMeetingButtons_InEnglish_ShowNumberTitleAndLocalTime()
    {
        var which = (await stage.FinanceContact.SaysAsync("absent")).Messages.Single();

        Buttons(which).Should().Equal("m1 第一次全体会议 · Jun 18, 14:30", "m2 第二次全体会议 · Nov 20, 09:00");
    }

    [Fact]
    public async Task OpenRoundCard_MeetingChoices_ShowNumberTitleAndLocalTime_NotTheAgenda()
    {
        var card = (await stage.Convenor.SaysAsync("发起报告", stage.Group)).Messages.Last(m => m.Card is not null);

        var choices = Elements(card.Card!.Json()["body"]!.AsArray()).Single(e => e["type"]?.GetValue<string>() == "Input.ChoiceSet" && e["id"]?.GetValue<string>() == "meeting")["choices"]!
            .AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        choices.Should().Equal("m1 第一次全体会议 · 6月18日 14:30", "m2 第二次全体会议 · 11月20日 09:00");
        choices.Should().NotContain(c => c.Contains("听取"), "the agenda is not run into the choice");
    }

    private static List<string> Buttons(OutgoingMessage message) =>
        message.Card!.Json()["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();

    private static IEnumerable<JsonObject> Elements(JsonArray items) =>
        items.OfType<JsonObject>().SelectMany(e => e["items"] is JsonArray children ? [e, .. Elements(children)] : new[] { e });
}
