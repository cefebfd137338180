using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>Times a person reads are the joint meeting's local times, also when UTC is still on the day before.</summary>
public sealed class LocalTimeTests
{
    [Fact]
    public async Task SubmittedAt_EarlyMorningInShanghai_IsShownInShanghaiTimeNotUtc()
    {
        using var chat = new ChatHarness();
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        // 06:10 on Sunday 7 June in Shanghai is still 22:10 on 6 June in UTC.
        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 6, 22, 10, 0, TimeSpan.Zero));
        await stage.EducationContact.SaysAsync("报告 二.三.4：今年新增双师型教师23名");
        (await stage.EducationContact.SaysAsync("提交报告")).AllText.Should().StartWith("已提交");

        var again = await stage.EducationContact.SaysAsync("提交报告");

        again.AllText.Should().Contain("2026-06-07 06:10").And.NotContain("2026-06-06 22:10");
    }
}
