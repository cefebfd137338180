using System.Text;
using MeetingBot.Channels.BotFramework.Connector;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

public sealed class MessageSizeTests
{
    private const int Part = MessageSize.MinimumPartBytes;

    [Fact]
    public void SplitText_ShortText_IsOnePart()
    {
        MessageSize.SplitText("谁负责？", Part).Should().Equal("谁负责？");
    }

    [Fact]
    public void SplitText_ManyLines_BreaksAtLinesWithinTheLimit()
    {
        var text = string.Join("\n", Enumerable.Range(1, 1000).Select(i => $"第{i}项任务：区教体局牵头"));

        var parts = MessageSize.SplitText(text, Part);

        parts.Should().HaveCountGreaterThan(1);
        parts.Should().OnlyContain(p => Encoding.UTF8.GetByteCount(p) <= Part);
        string.Join("\n", parts).Should().Be(text);
        parts.Should().OnlyContain(p => p.StartsWith("第"), "no line is cut when lines fit");
    }

    [Fact]
    public void SplitText_OneLineLongerThanAPart_IsCutWithoutBreakingCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("双师型𠀀", 1000)); // includes a character outside the BMP (a surrogate pair)

        var parts = MessageSize.SplitText(text, Part);

        parts.Should().HaveCountGreaterThan(1);
        parts.Should().OnlyContain(p => Encoding.UTF8.GetByteCount(p) <= Part);
        string.Concat(parts).Should().Be(text);
        parts.Should().OnlyContain(p => !char.IsHighSurrogate(p[p.Length - 1]));
    }

    [Fact]
    public void SplitText_BlankLinesAtASplit_MakeNoEmptyPart()
    {
        var line = new string('议', Part / 3 - 1); // one line fills a part
        var text = line + "\n" + new string('\n', Part) + line + "\n\n\n";

        var parts = MessageSize.SplitText(text, Part);

        parts.Should().NotContain(p => string.IsNullOrWhiteSpace(p));
        parts.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-79_000)]
    [InlineData(MessageSize.MinimumPartBytes - 1)]
    public void SplitText_RoomBelowTheMinimum_IsRefusedRatherThanSentInScraps(int maxBytes)
    {
        var split = () => MessageSize.SplitText(new string('x', 100_000), maxBytes);

        split.Should().Throw<ArgumentOutOfRangeException>();
    }
}
