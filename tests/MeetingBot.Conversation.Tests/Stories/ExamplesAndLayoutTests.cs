using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// Help and hints offer examples that work when typed today (no example date in the past), and Markdown lists end
/// before the line that follows them, so a summary is not shown inside the last bullet.
/// </summary>
public sealed partial class ExamplesAndLayoutTests : IDisposable
{
    // A year after the examples were written: every one of them is past.
    private readonly ChatHarness chat = new(new DateTimeOffset(2027, 8, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    [Theory]
    [InlineData("帮助")]
    [InlineData("help")]
    public async Task Help_ForTheConvenor_OffersNoDateInThePast(string help)
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);

        var text = (await convenor.SaysAsync(help, group)).AllText;

        DatesIn(text).Should().NotBeEmpty().And.OnlyContain(d => d >= new DateOnly(2027, 8, 2), text);
    }

    [Fact]
    public async Task ScheduleFormAndItsRefusal_OfferNoDateInThePast_AndTheExampleWorksAsTyped()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);

        var form = (await convenor.SaysAsync("安排会议", group)).AllText;
        var refusal = (await convenor.SaysAsync("安排会议 明天", group)).AllText;

        DatesIn(form).Should().NotBeEmpty().And.OnlyContain(d => d >= new DateOnly(2027, 8, 2), form);
        DatesIn(refusal).Should().NotBeEmpty().And.OnlyContain(d => d >= new DateOnly(2027, 8, 2), refusal);
        var example = Regex.Match(form, "“(安排会议 [^”]+)”").Groups[1].Value.Replace("https://…", "https://meet.example.org/1");
        (await convenor.SaysAsync(example, group)).AllText.Should().Contain("已安排会议", "the example, typed as shown, works");
    }

    [Fact]
    public void EndLists_PutsABlankLineBetweenAListAndTheLineAfterIt()
    {
        var text = "已安排会议 m1：\n- 时间：6月18日\n- 地点：301\n已通知 3 个单位。\n\n1. 第一\n2. 第二\n说明";

        MarkdownLayout.EndLists(text).Should().Be("已安排会议 m1：\n- 时间：6月18日\n- 地点：301\n\n已通知 3 个单位。\n\n1. 第一\n2. 第二\n\n说明");
        MarkdownLayout.EndLists("no list\nat all").Should().Be("no list\nat all");
    }

    [Fact]
    public void ExampleDates_AllMoveByTheSameYears_OnlyWhenTheEarliestIsPast()
    {
        ExampleDates.AsOf("发起报告 2026-06-18 截止 2026-06-10", new DateOnly(2026, 6, 11)).Should().Be("发起报告 2027-06-18 截止 2027-06-10");
        ExampleDates.AsOf("安排会议 2026-06-18", new DateOnly(2026, 3, 2)).Should().Be("安排会议 2026-06-18");
    }

    private static List<DateOnly> DatesIn(string text) =>
        [.. IsoDate().Matches(text).Select(m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    public void Dispose() => chat.Dispose();
}
