using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Tests.Calendar;

public sealed class IcsDaysOffTests
{
    private static string Ics(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//holidays//CN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    private static string AllDay(string start, string? end, string summary) =>
        $"BEGIN:VEVENT\r\nUID:{start}-{summary.GetHashCode()}@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{start}\r\n"
        + (end is null ? "" : $"DTEND;VALUE=DATE:{end}\r\n") + $"SUMMARY:{summary}\r\nEND:VEVENT\r\n";

    [Fact]
    public void Read_AllDayEvents_AreDaysOffWithTheirNamesAndExclusiveEnds()
    {
        var result = IcsDaysOff.Read(Ics(AllDay("20270101", "20270104", "元旦"), AllDay("20270405", null, "清明")));

        result.Ok.Should().BeTrue();
        result.Days.Select(d => $"{d.Day:yyyy-MM-dd} {d.Name}").Should().Equal("2027-01-01 元旦", "2027-01-02 元旦", "2027-01-03 元旦", "2027-04-05 清明");
    }

    [Fact]
    public void Read_TimedEvents_AreSkippedAndCounted()
    {
        var timed = "BEGIN:VEVENT\r\nUID:t@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270110T090000Z\r\nDTEND:20270110T100000Z\r\nSUMMARY:会议\r\nEND:VEVENT\r\n";

        var result = IcsDaysOff.Read(Ics(AllDay("20270101", null, "元旦"), timed));

        result.Days.Should().ContainSingle();
        result.SkippedTimedEvents.Should().Be(1);
    }

    [Theory]
    [InlineData("这不是日历文件", IcsProblem.NotACalendar)]
    [InlineData("", IcsProblem.NotACalendar)]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", IcsProblem.NoAllDayEvents)]
    public void Read_Garbage_IsRefusedWithNothingRead(string text, IcsProblem problem)
    {
        var result = IcsDaysOff.Read(text);

        result.Problem.Should().Be(problem);
        result.Days.Should().BeEmpty();
    }

    [Fact]
    public void Read_EventSpanningMonths_IsRefused()
    {
        IcsDaysOff.Read(Ics(AllDay("20270101", "20270601", "半年"))).Problem.Should().Be(IcsProblem.EventTooLong);
    }

    [Fact]
    public void Read_BrokenContentAfterTheHeader_IsRefused()
    {
        IcsDaysOff.Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").Ok.Should().BeFalse();
    }
}
