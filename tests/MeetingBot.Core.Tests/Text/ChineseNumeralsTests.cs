using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("两", 2)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("二百五十", 250)]
    [InlineData("一千零一十", 1010)]
    [InlineData("十九", 19)]
    [InlineData("九十九", 99)]
    [InlineData("一百零一", 101)]
    [InlineData("一千零一", 1001)]
    [InlineData("一千一百", 1100)]
    [InlineData("二千零五", 2005)]
    [InlineData("九千九百九十九", 9999)]
    public void Parse_WrittenNumeral_ReturnsItsValue(string text, int value)
    {
        ChineseNumerals.Parse(text).Should().Be(value);
        if (text != "两") ChineseNumerals.Format(value).Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("二三")]
    [InlineData("百")]
    [InlineData("是")]
    public void Parse_NotANumeral_ReturnsNull(string text) => ChineseNumerals.Parse(text).Should().BeNull();

    [Theory]
    [InlineData("二〇二〇", 2020)]
    [InlineData("2019", 2019)]
    public void ParseYear_DigitByDigit_ReturnsTheYear(string text, int year) => ChineseNumerals.ParseYear(text).Should().Be(year);
}
