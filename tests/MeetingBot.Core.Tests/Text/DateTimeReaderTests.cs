using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

/// <summary>Dates, times and durations as people type them; "today" is Monday 2 March 2026.</summary>
public sealed class DateTimeReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("2026-06-18", "2026-06-18")]
    [InlineData("2026/6/18", "2026-06-18")]
    [InlineData("2026.6.18", "2026-06-18")]
    [InlineData("2026年6月18日", "2026-06-18")]
    [InlineData("2026 年 6 月 18 日", "2026-06-18")]
    [InlineData("6月18日", "2026-06-18")]
    [InlineData("6月18号", "2026-06-18")]
    [InlineData("六月十八日", "2026-06-18")]
    [InlineData("二〇二六年十二月三十一日", "2026-12-31")]
    [InlineData("2月1日", "2027-02-01")]   // passed this year: the next one
    [InlineData("3月2日", "2026-03-02")]   // today is still this year's
    [InlineData("今天", "2026-03-02")]
    [InlineData("明天", "2026-03-03")]
    [InlineData("后天", "2026-03-04")]
    [InlineData("大后天", "2026-03-05")]
    [InlineData("周四", "2026-03-05")]
    [InlineData("星期一", "2026-03-02")]
    [InlineData("星期日", "2026-03-08")]
    [InlineData("本周五", "2026-03-06")]
    [InlineData("下周三", "2026-03-11")]
    [InlineData("下下周一", "2026-03-16")]
    [InlineData("6/18", "2026-06-18")]
    [InlineData("June 18", "2026-06-18")]
    [InlineData("Jun 18, 2026", "2026-06-18")]
    [InlineData("18 June 2026", "2026-06-18")]
    [InlineData("18th June", "2026-06-18")]
    [InlineData("today", "2026-03-02")]
    [InlineData("tomorrow", "2026-03-03")]
    [InlineData("Thursday", "2026-03-05")]
    [InlineData("next Wednesday", "2026-03-11")]
    [InlineData("the day after tomorrow", "2026-03-04")]
    [InlineData("Jun 10th, 2027", "2027-06-10")]
    [InlineData("10 June 2026", "2026-06-10")]
    [InlineData("2026年6月10", "2026-06-10")]
    [InlineData("6-10", "2026-06-10")]      // alone, month and day (a deadline typed short)
    [InlineData("6.10", "2026-06-10")]
    [InlineData("1月5日", "2027-01-05")]
    [InlineData("明天。", "2026-03-03")]
    public void ParseDate_CommonForms_ReadTheDay(string text, string expected)
    {
        DateTimeReader.ParseDate(text, Today).Should().Be(DateOnly.Parse(expected));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("13月1日")]
    [InlineData("2月30日")]
    [InlineData("6月18日下午")]
    [InlineData("第一次全体会议")]
    [InlineData("2026-06-18-2")]
    [InlineData("next week")]
    [InlineData("明年夏天")]
    [InlineData("6-31")]
    [InlineData("m1")]
    public void ParseDate_NotADay_IsNull(string text)
    {
        DateTimeReader.ParseDate(text, Today).Should().BeNull();
    }

    [Theory]
    [InlineData("6月10号前", "2026-06-10")]
    [InlineData("6月10日之前", "2026-06-10")]
    [InlineData("2026-06-10止", "2026-06-10")]
    [InlineData("下周五前", "2026-03-13")]
    [InlineData("tomorrow", "2026-03-03")]
    public void ParseDeadline_ADayWithOrWithoutBy_ReadsTheDay(string text, string expected)
    {
        DateTimeReader.ParseDeadline(text, Today).Should().Be(DateOnly.Parse(expected));
    }

    [Theory]
    [InlineData("前")]
    [InlineData("6月10日下午前")]
    public void ParseDeadline_NotADay_IsNull(string text) => DateTimeReader.ParseDeadline(text, Today).Should().BeNull();

    [Theory]
    [InlineData("14:30", "14:30")]
    [InlineData("14：30", "14:30")]
    [InlineData("9:00", "09:00")]
    [InlineData("2:30", "14:30")]       // one to six without 上午/am is the afternoon
    [InlineData("下午2点半", "14:30")]
    [InlineData("下午两点", "14:00")]
    [InlineData("下午3点一刻", "15:15")]
    [InlineData("上午9点", "09:00")]
    [InlineData("上午九点半", "09:30")]
    [InlineData("上午10:30", "10:30")]
    [InlineData("早上8点", "08:00")]
    [InlineData("中午12点", "12:00")]
    [InlineData("中午1点", "13:00")]
    [InlineData("晚上7点", "19:00")]
    [InlineData("十四时三十分", "14:30")]
    [InlineData("14点30分", "14:30")]
    [InlineData("2点", "14:00")]
    [InlineData("2:30pm", "14:30")]
    [InlineData("2:30 PM", "14:30")]
    [InlineData("2pm", "14:00")]
    [InlineData("9am", "09:00")]
    [InlineData("9:15 a.m.", "09:15")]
    [InlineData("12am", "00:00")]
    public void ParseTime_CommonForms_ReadTheClock(string text, string expected)
    {
        DateTimeReader.ParseTime(text).Should().Be(TimeOnly.Parse(expected));
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("14:61")]
    [InlineData("下午")]
    [InlineData("两点意见")]
    public void ParseTime_NotATime_IsNull(string text)
    {
        DateTimeReader.ParseTime(text).Should().BeNull();
    }

    [Theory]
    [InlineData("14:30-16:30", "14:30", "16:30")]
    [InlineData("14:30–16:00", "14:30", "16:00")]
    [InlineData("下午2点到4点半", "14:00", "16:30")]
    [InlineData("上午9点至11点", "09:00", "11:00")]
    [InlineData("9:00 to 11:30", "09:00", "11:30")]
    [InlineData("2:00 to 4:00pm", "14:00", "16:00")]
    public void FindTime_ARange_GivesStartAndEnd(string text, string start, string end)
    {
        var found = DateTimeReader.FindTime(text);

        found!.Value.Should().Be(new TimeRange(TimeOnly.Parse(start), TimeOnly.Parse(end)));
        found.Length.Should().Be(text.Length);
    }

    [Fact]
    public void FindTime_ARangeThatEndsBeforeItStarts_IsMalformed()
    {
        DateTimeReader.FindTime("16:00-14:00")!.Value.Should().BeNull();
    }

    [Theory]
    [InlineData("2小时", 120)]
    [InlineData("两个小时", 120)]
    [InlineData("一个半小时", 90)]
    [InlineData("1.5小时", 90)]
    [InlineData("半小时", 30)]
    [InlineData("90分钟", 90)]
    [InlineData("时长：45分钟", 45)]
    [InlineData("半天", 240)]
    [InlineData("2 hours", 120)]
    [InlineData("1.5 hours", 90)]
    [InlineData("for 45 min", 45)]
    [InlineData("half an hour", 30)]
    public void FindDuration_CommonForms_GiveMinutes(string text, int minutes)
    {
        DateTimeReader.FindDuration(text)!.Value.Should().Be(minutes);
    }
}
