using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Dates;

/// <summary>
/// 06:10 on Sunday 7 June in Shanghai is still 22:10 on Saturday 6 June in UTC: every day and time a person reads,
/// and every day a person's words mean, is the joint meeting's.
/// </summary>
public sealed class AnotherDayInShanghaiTests : IDisposable
{
    private static readonly DateTimeOffset EarlySundayInShanghai = new(2026, 6, 6, 22, 10, 0, TimeSpan.Zero);

    private readonly ChatHarness chat = new();

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task TomorrowAndTheTimesInAnswers_AreShanghais()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var card = stage.FinanceContact.Received($"进度报告：{ReportingStage.Finance}");
        var task = TaskNumbers.Display(ReportingStage.TasksOn(card)[0], Lang.Zh);
        chat.Clock.SetUtcNow(EarlySundayInShanghai);

        // "明天" is Monday 8 June in Shanghai, though UTC says it is Saturday.
        var form = (await stage.Convenor.SaysAsync("安排会议", stage.Group)).Messages.Single();
        var inputs = new Dictionary<string, string> { ["date"] = "明天", ["time"] = "14:30", ["agenda"] = "专题会" };
        (await stage.Convenor.PressAsync(form, Replies.ScheduleButton(Lang.Zh), inputs, stage.Group)).AllText.Should().Contain("2026年6月8日（周一）14:30");
        var again = await stage.Convenor.PressAsync(form, Replies.ScheduleButton(Lang.Zh), inputs, stage.Group);
        again.AllText.Should().Contain("于 2026-06-07 06:10").And.NotContain("2026-06-06 22:10");

        // A report card older than a typed edit names when the edit was made, in Shanghai time.
        await stage.FinanceContact.SaysAsync($"报告 {task}：资金已到位");
        var stale = await stage.FinanceContact.PressAsync(card, "保存草稿", new Dictionary<string, string> { ["text0"] = "旧卡片" });
        stale.Messages[0].Text.Should().Contain("于 2026-06-07 06:10 更新到第 1 版");

        // The reminder schedule starts from Shanghai's today.
        var plan = await stage.Convenor.SaysAsync("提醒计划");
        plan.AllText.Should().Contain("2026年6月8日（周一） 09:00").And.NotContain("2026年6月6日");
    }
}
