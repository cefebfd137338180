using System.Text;
using MeetingBot.Channels.BotFramework.Connector;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

public sealed class MessageSizeTests
{
    [Fact]
    public void SplitText_ShortText_IsOnePart()
    {
        MessageSize.SplitText("谁负责？", 100).Should().Equal("谁负责？");
    }

    [Fact]
    public void SplitText_ManyLines_BreaksAtLinesWithinTheLimit()
    {
        var text = string.Join("\n", Enumerable.Range(1, 100).Select(i => $"第{i}项任务：区教体局牵头"));

        var parts = MessageSize.SplitText(text, 200);

        parts.Should().OnlyContain(p => Encoding.UTF8.GetByteCount(p) <= 200);
        string.Join("\n", parts).Should().Be(text);
        parts.Should().OnlyContain(p => p.StartsWith("第"), "no line is cut when lines fit");
    }

    [Fact]
    public void SplitText_OneLineLongerThanAPart_IsCutWithoutBreakingCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("双师型𠀀", 50)); // includes a character outside the BMP (a surrogate pair)

        var parts = MessageSize.SplitText(text, 64);

        parts.Should().OnlyContain(p => Encoding.UTF8.GetByteCount(p) <= 64);
        string.Concat(parts).Should().Be(text);
        parts.Should().OnlyContain(p => !char.IsHighSurrogate(p[p.Length - 1]));
    }
}
