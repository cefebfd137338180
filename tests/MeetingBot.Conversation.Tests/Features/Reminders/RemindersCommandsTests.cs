using MeetingBot.Core.Conversation.Features.Reminders;

namespace MeetingBot.Conversation.Tests.Features.Reminders;

public sealed class RemindersCommandsTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("提醒计划", 1)]
    [InlineData("查看提醒计划", 1)]
    [InlineData("提醒计划 第2页", 2)]
    [InlineData("近期提醒", 1)]
    [InlineData("reminder schedule", 1)]
    [InlineData("Reminder schedule page 3", 3)]
    [InlineData("show reminders schedule", 1)]
    [InlineData("reminders", 1)]
    public void Parse_Schedule_ReadsThePage(string text, int page) =>
        RemindersCommands.Parse(text, Today).Should().Be(new ShowSchedule(page));

    [Theory]
    [InlineData("关闭节假日日历", false)]
    [InlineData("只按周末", false)]
    [InlineData("use weekends only", false)]
    [InlineData("Weekends only", false)]
    [InlineData("开启节假日日历", true)]
    [InlineData("使用法定节假日日历", true)]
    [InlineData("use the china calendar", true)]
    public void Parse_ChinaCalendar_OnOrOff(string text, bool on) =>
        RemindersCommands.Parse(text, Today).Should().Be(new UseChinaCalendar(on));

    [Theory]
    [InlineData("添加休息日 2026-12-31", false, "2026-12-31", null)]
    [InlineData("添加休息日 2026-12-31 元旦前夕", false, "2026-12-31", "元旦前夕")]
    [InlineData("添加休息日：2027-02-10至2027-02-12 春节", false, "2027-02-10,2027-02-11,2027-02-12", "春节")]
    [InlineData("添加休息日 12月31日、2027年1月4日", false, "2026-12-31,2027-01-04", null)]
    [InlineData("add day off 2026-12-31", false, "2026-12-31", null)]
    [InlineData("add days off 2026-12-31 2027-01-04 New Year", false, "2026-12-31,2027-01-04", "New Year")]
    [InlineData("添加工作日 2027-01-09", true, "2027-01-09", null)]
    [InlineData("增加调休工作日 2027-01-09", true, "2027-01-09", null)]
    [InlineData("add working day 2027-01-09", true, "2027-01-09", null)]
    [InlineData("添加工作日 2027-01-09 周六", true, "2027-01-09", null)] // the weekday describes the date
    [InlineData("添加休息日 明天", false, "2026-03-03", null)]
    [InlineData("添加休息日 下周四 区庆", false, "2026-03-12", "区庆")]
    [InlineData("添加休息日 六月十八日、6月19日 端午", false, "2026-06-18,2026-06-19", "端午")]
    [InlineData("添加休息日 周四 周五", false, "2026-03-05,2026-03-06", null)]
    [InlineData("add day off tomorrow", false, "2026-03-03", null)]
    [InlineData("add day off next Thursday Founding Day", false, "2026-03-12", "Founding Day")]
    [InlineData("add days off Jun 18, 2026 June 19 Dragon Boat", false, "2026-06-18,2026-06-19", "Dragon Boat")]
    public void Parse_CalendarDays_ReadsTheDaysAndName(string text, bool working, string days, string? name)
    {
        var command = RemindersCommands.Parse(text, Today).Should().BeOfType<AddCalendarDays>().Subject;

        command.Working.Should().Be(working);
        command.Invalid.Should().BeNull();
        command.Days.Select(d => d.ToString("yyyy-MM-dd")).Should().Equal(days.Split(','));
        command.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("添加休息日 2026-13-45")]
    [InlineData("添加休息日")]
    [InlineData("添加休息日 元旦")]
    [InlineData("添加工作日 2027-01-09 补班")]
    [InlineData("add day off next week")]
    [InlineData("添加休息日 2027-02-20至2027-02-10")]
    [InlineData("添加休息日 2027-01-01至2027-06-01")]
    public void Parse_BadDates_AreInvalidWithNoDays(string text)
    {
        var command = RemindersCommands.Parse(text, Today).Should().BeOfType<AddCalendarDays>().Subject;

        command.Invalid.Should().NotBeNull();
        command.Days.Should().BeEmpty();
    }

    [Theory]
    [InlineData("谁还没交报告")]
    [InlineData("提醒")]
    [InlineData("我的报告")]
    [InlineData("添加成员单位 区工信局")]
    [InlineData("schedule meeting 2026-06-18 14:30")]
    public void Parse_OtherWords_AreNotReminderCommands(string text) =>
        RemindersCommands.Parse(text, Today).Should().BeNull();
}
