using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Tests.Reporting;

public class PaceTests
{
    // A two-year plan: 2024-01-01 to 2025-12-31 is 730 days; 2025-01-01 is half-way (366/730, 2024 being a leap year).
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly DateOnly Deadline = new(2025, 12, 31);
    private static readonly TaskTarget Teachers = new("到2025年底，“双师型”教师占比达到60%", "60%", Deadline);
    private static readonly TaskTarget Bases = new("到2025年底建成实训基地20家", "20家", Deadline);
    private static readonly TaskTarget Dropouts = new("到2025年底，辍学率降至2%以下", "2%", Deadline);

    [Fact]
    public void Of_CountAheadOfTime_IsOnPace()
    {
        var pace = Pace.Of(Bases, "已建成12家", Start, new DateOnly(2025, 1, 1));

        pace.Mark.Should().Be(PaceMark.OnPace);
        pace.Reached.Should().Be(0.6m);
        pace.Elapsed.Should().BeApproximately(366m / 730, 0.0001m);
    }

    [Fact]
    public void Of_PercentShortOfTheTimeShare_IsBehind()
    {
        // 24% of 60% is 40% of the target, with three quarters of the time gone.
        var pace = Pace.Of(Teachers, "24%", Start, new DateOnly(2025, 7, 2));

        pace.Mark.Should().Be(PaceMark.Behind);
        pace.Reached.Should().Be(0.4m);
        pace.Elapsed.Should().BeGreaterThan(0.74m).And.BeLessThan(0.76m);
    }

    [Fact]
    public void Of_BeforeTheStart_NothingIsExpectedYet()
    {
        var pace = Pace.Of(Bases, "0家", Start, new DateOnly(2023, 11, 15));

        pace.Mark.Should().Be(PaceMark.OnPace);
        pace.Elapsed.Should().Be(0);
        pace.Reached.Should().Be(0);
    }

    [Fact]
    public void Of_AfterTheDeadlineNotReached_IsOverdue()
    {
        var pace = Pace.Of(Bases, "18家", Start, new DateOnly(2026, 1, 5));

        pace.Mark.Should().Be(PaceMark.Overdue);
        pace.Reached.Should().Be(0.9m);
        pace.Elapsed.Should().Be(1);
    }

    [Theory]
    [InlineData("20家", "2025-06-01")]
    [InlineData("23家", "2024-03-01")]
    [InlineData("20家", "2026-03-01")] // met, though the deadline has passed since
    public void Of_TargetAlreadyMet_IsDone(string figure, string today)
    {
        var pace = Pace.Of(Bases, figure, Start, DateOnly.Parse(today));

        pace.Mark.Should().Be(PaceMark.Done);
        pace.Reached.Should().Be(1);
    }

    [Theory]
    [InlineData("1.5%", PaceMark.Done)]
    [InlineData("2%", PaceMark.Done)]
    [InlineData("3%", PaceMark.OnPace)]  // 2 ÷ 3 of the way down, with half the time gone
    [InlineData("8%", PaceMark.Behind)]  // 2 ÷ 8
    public void Of_DecreasingTarget_CountsFallingFiguresAsProgress(string figure, PaceMark mark)
    {
        Pace.Of(Dropouts, figure, Start, new DateOnly(2025, 1, 1)).Mark.Should().Be(mark);
    }

    [Theory]
    [InlineData("控制在5%以内")]
    [InlineData("不超过10%")]
    [InlineData("reduce the dropout rate to 2%")]
    public void IsDecreasing_RecognisesWordsOfBringingDown(string text) => TargetWords.IsDecreasing(text).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("正在推进，尚无数据")]
    [InlineData("12家")] // a count against a percentage target states nothing in its terms
    public void Of_NoUsableFigure_SaysNoFigures(string? figure)
    {
        var pace = Pace.Of(Teachers, figure, Start, new DateOnly(2025, 1, 1));

        pace.Mark.Should().Be(PaceMark.NoFigures);
        pace.Reached.Should().BeNull();
        pace.Elapsed.Should().NotBeNull("the time share is known without figures");
    }

    [Fact]
    public void Of_TargetWithoutNumber_IsNotMeasurable() =>
        Pace.Of(new TaskTarget("完善职业教育制度建设", null, Deadline), "已完成", Start, new DateOnly(2025, 1, 1)).Mark.Should().Be(PaceMark.NotMeasurable);

    [Fact]
    public void Of_TargetWithoutDeadline_HasNoTimeShare()
    {
        var pace = Pace.Of(new TaskTarget("自2020年起每年培训8000人次以上", "8000人次以上", null), "5000人次", Start, new DateOnly(2025, 1, 1));

        pace.Mark.Should().Be(PaceMark.NoDeadline);
        pace.Reached.Should().Be(0.625m);
        pace.Elapsed.Should().BeNull();
    }

    [Theory]
    [InlineData("60%", 60, true)]
    [InlineData("６０％", 60, true)]
    [InlineData("百分之45", 45, true)]
    [InlineData("8000人次以上", 8000, false)]
    [InlineData("1.5万人", 15000, false)]
    [InlineData("到2025年建成12家", 12, false)]
    [InlineData("1,200家", 1200, false)]
    public void Read_TakesTheFirstNumberThatIsNotAYear(string text, int value, bool percent)
    {
        var q = Quantity.Read(text);

        q.Should().Be(new Quantity(value, percent));
    }
}
