using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Host.Cli;
using MeetingBot.Host.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.Cli;

public sealed class CalendarImportCommandTests : IDisposable
{
    private const string Yongnian = "002_3db67e52c630979e.txt";
    private readonly TempFolder data = new();
    private readonly TempFolder inputs = new();

    private CliResult Run(params string[] args) =>
        CliRunner.RunWith(new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path }, args);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
        inputs.Dispose();
    }

    private static byte[] Ics(string events) => System.Text.Encoding.UTF8.GetBytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//CN\r\n" + events + "END:VCALENDAR\r\n");

    private const string NewYear =
        "BEGIN:VEVENT\r\nUID:ny@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:元旦\r\nEND:VEVENT\r\n";

    private async Task<ReminderCalendarSettings?> CalendarAsync()
    {
        var store = StoreFactory.CreateStore(new StorageOptions { DataPath = data.Path }, data.Path, new FakeTimeProvider(CliRunner.Now));
        await store.InitializeAsync();
        return (await store.LoadAsync("yongnian"))!.JointMeeting.Value.State.ReminderCalendar;
    }

    [Fact]
    public async Task Import_AllDayEvents_AddsThemAsDaysOff()
    {
        Run("joint-meeting", "create", "--from", RepoPaths.Seed(Yongnian), "--id", "yongnian").ExitCode.Should().Be(ExitCodes.Ok);
        var file = inputs.WriteBytes("holidays.ics", Ics(NewYear));

        var result = Run("joint-meeting", "calendar", "import", "yongnian", file);

        result.Stderr.Should().BeEmpty();
        result.ExitCode.Should().Be(ExitCodes.Ok);
        result.Stdout.Should().Contain("imported 3 day(s) off into 'yongnian': 2027-01-01 … 2027-01-03");
        (await CalendarAsync())!.DaysOff.Should().Equal(
            new CalendarDayOff(new DateOnly(2027, 1, 1), "元旦"), new CalendarDayOff(new DateOnly(2027, 1, 2), "元旦"), new CalendarDayOff(new DateOnly(2027, 1, 3), "元旦"));
    }

    [Theory]
    [InlineData("not a calendar at all", "it is not an iCalendar file")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no all-day events")]
    public async Task Import_Garbage_IsRefusedAndChangesNothing(string content, string why)
    {
        Run("joint-meeting", "create", "--from", RepoPaths.Seed(Yongnian), "--id", "yongnian").ExitCode.Should().Be(ExitCodes.Ok);
        var file = inputs.WriteBytes("bad.ics", System.Text.Encoding.UTF8.GetBytes(content));

        var result = Run("joint-meeting", "calendar", "import", "yongnian", file);

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain(why);
        (await CalendarAsync()).Should().BeNull();
    }

    [Fact]
    public void Import_UnknownJointMeetingOrMissingFile_IsRefused()
    {
        var file = inputs.WriteBytes("holidays.ics", Ics(NewYear));

        Run("joint-meeting", "calendar", "import", "nowhere", file).Stderr.Should().Contain("no joint meeting has id 'nowhere'");
        Run("joint-meeting", "calendar", "import", "nowhere", Path.Combine(inputs.Path, "missing.ics")).Stderr.Should().Contain("does not exist");
    }
}
