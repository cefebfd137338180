using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reminders;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain.Reminders;

public sealed class TargetReminderTests
{
    private static readonly TaskTarget Due = new("到2026年9月底，建成3个产教融合实训基地", "3", new DateOnly(2026, 9, 30));

    private static IEnumerable<DueReminder> Targets(ScheduleBuilder b, DateTimeOffset from, DateTimeOffset to, bool withPolicy = true, params string[] startsFrom) =>
        ReminderSchedule.Between(b.Snapshot(), withPolicy ? b.Policy(startsFrom) : null, from, to).Where(r => r.Key.Subject.StartsWith("target:"));

    [Fact]
    public void Between_TargetDueInSixtyDays_TellsTheLeadUnitOnlyOnceKeyedByTheDeadline()
    {
        // 二.3 is led by 区人社局 (u3) and shared by 区教体局: only the lead is told. 60 days before 30 September is
        // Saturday 1 August: the next working morning, Monday 3 August.
        var b = new ScheduleBuilder(targets: ("二.3", [Due]));

        var due = Targets(b, Local(2026, 3, 1, 0), Local(2027, 1, 1, 0)).ToList();

        due.Select(b.Render).Should().Equal("within-60 target:二.3#1 u3 2026-08-03 09:00");
        due[0].Key.Date.Should().Be(new DateOnly(2026, 9, 30));
        Targets(b, Local(2026, 8, 4, 0), Local(2027, 1, 1, 0)).Should().BeEmpty();
    }

    [Fact]
    public void Between_JointMeetingCreatedWithinTheSixtyDays_TellsOnTheNextWorkingMorningAfterCreation()
    {
        // Created on Friday 4 September at 21:30 (quiet hours): told on Monday 7 September at 09:00.
        var b = new ScheduleBuilder(createdAt: Local(2026, 9, 4, 21, 30), targets: ("二.3", [Due]));

        Targets(b, DateTimeOffset.MinValue, Local(2027, 1, 1, 0)).Select(b.Render).Should().Equal("within-60 target:二.3#1 u3 2026-09-07 09:00");
    }

    [Fact]
    public void Between_TargetAlreadyPastWhenCreated_TellsNobody()
    {
        var b = new ScheduleBuilder(createdAt: Local(2026, 10, 8, 10), targets: ("二.3", [Due]));

        Targets(b, DateTimeOffset.MinValue, Local(2027, 1, 1, 0)).Should().BeEmpty();
    }

    [Fact]
    public void Between_WithoutThePolicyIndex_HasNoTargetReminders()
    {
        var b = new ScheduleBuilder(targets: ("二.3", [Due]));

        Targets(b, Local(2026, 3, 1, 0), Local(2027, 1, 1, 0), withPolicy: false).Should().BeEmpty();
    }

    [Fact]
    public void Between_FromWording_IsNotADeadline()
    {
        var b = new ScheduleBuilder(targets: ("二.3", [Due]));

        Targets(b, Local(2026, 3, 1, 0), Local(2027, 1, 1, 0), startsFrom: Due.Text).Should().BeEmpty();
    }

    [Fact]
    public void Between_SecondTargetOfATask_HasItsOwnNumber()
    {
        var later = new TaskTarget("到2026年底，培训5000人次", "5000", new DateOnly(2026, 12, 31));
        var b = new ScheduleBuilder(targets: ("二.2", [Due, later]));

        Targets(b, Local(2026, 3, 1, 0), Local(2027, 1, 1, 0)).Select(b.Render)
            .Should().Equal("within-60 target:二.2#1 u2 2026-08-03 09:00", "within-60 target:二.2#2 u2 2026-11-02 09:00");
    }
}
