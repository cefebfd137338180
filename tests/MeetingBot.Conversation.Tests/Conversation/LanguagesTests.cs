using MeetingBot.Core.Conversation;

namespace MeetingBot.Conversation.Tests.Conversation;

public sealed class LanguagesTests
{
    [Theory]
    [InlineData("谁负责实训基地？", null, Lang.Zh)]
    [InlineData("who is responsible for 实训基地", null, Lang.En)]
    [InlineData("I am the contact for 区财政局", null, Lang.En)]
    [InlineData("报告：新增 3 家 base", null, Lang.Zh)]
    [InlineData("2026-06-18", "en-US", Lang.En)]
    [InlineData("2026-06-18", "zh-CN", Lang.Zh)]
    [InlineData("", null, Lang.Zh)]
    [InlineData("  help", "zh-CN", Lang.En)]
    public void Detect_ByHowTheMessageStarts(string text, string? locale, Lang expected) =>
        Languages.Detect(text, locale).Should().Be(expected);

    [Fact]
    public void Detect_CardLanguage_WinsOverLocale() =>
        Languages.Detect("", "zh-CN", "en").Should().Be(Lang.En);
}
