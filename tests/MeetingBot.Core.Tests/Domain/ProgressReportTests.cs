using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain;

public class ProgressReportTests
{
    private readonly JointMeeting jm;
    private readonly ReportingRound round;

    public ProgressReportTests()
    {
        jm = NewJointMeeting();
        round = NewRound(jm, NewMeeting(jm));
    }

    [Fact]
    public void Save_TwiceBeforeTheDeadline_KeepsBothVersionsAndMergesTheEntries()
    {
        var report = ProgressReport.Begin(round, Finance);

        report.Save(jm, round, FinanceContact, [Progress("二.1", narrative: "新增双师型教师23名")], submit: false, Now);
        report.Save(jm, round, FinanceContact, [Progress("二.2", ProgressStatus.Done)], submit: true, Local(2026, 6, 1));

        report.State.Version.Should().Be(2);
        report.State.Submitted.Should().BeTrue();
        report.State.Late.Should().BeFalse();
        report.State.Entries.Select(e => e.TaskId).Should().Equal("二.1", "二.2");
        report.PendingVersions.Select(v => (v.Number, v.Submitted, v.Entries.Count)).Should().Equal((1, false, 1), (2, true, 2));
        report.PendingAudit.Select(a => a.Action).Should().Equal("report.saved", "report.submitted");
    }

    [Fact]
    public void Save_OnTheDeadlineDayBeforeMidnightLocalTime_IsOnTime()
    {
        var report = ProgressReport.Begin(round, Labour);

        report.Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Local(2026, 6, 10, 23, 59));

        report.State.Late.Should().BeFalse();
    }

    [Fact]
    public void Save_FirstSubmittedAfterTheDeadline_IsKeptAndMarkedLate()
    {
        var report = ProgressReport.Begin(round, Labour);

        report.Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Local(2026, 6, 11, 0));

        report.State.Submitted.Should().BeTrue();
        report.State.Late.Should().BeTrue();
        report.PendingAudit.Single().Detail.Should().Contain("late");
    }

    [Fact]
    public void Save_EditOfASubmittedReportAfterTheDeadline_IsRefusedUntilReopened()
    {
        var report = ProgressReport.Begin(round, Labour);
        report.Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Local(2026, 6, 9));
        var before = report.State;

        var edit = () => report.Save(jm, round, LabourContact, [Progress("二.3", ProgressStatus.Done)], submit: true, Local(2026, 6, 12));

        edit.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.DeadlinePassed);
        report.State.Should().BeSameAs(before);

        round.Reopen(jm, Secretary, new DateOnly(2026, 6, 15), Local(2026, 6, 12));
        edit();
        report.State.Entries.Single().Status.Should().Be(ProgressStatus.Done);
        report.State.Late.Should().BeFalse("it was first submitted on time");
    }

    public static TheoryData<ChatAccount, DomainError> NotFinanceContacts => new()
    {
        { LabourContact, DomainError.WrongUnit },
        { Secretary, DomainError.WrongUnit },
        { Observer, DomainError.ObserverCannotEdit },
        { Stranger, DomainError.NotAMember },
    };

    [Theory]
    [MemberData(nameof(NotFinanceContacts))]
    public void Save_BySomeoneNotActingForTheUnit_IsRefused(ChatAccount who, DomainError error)
    {
        var report = ProgressReport.Begin(round, Finance);

        var save = () => report.Save(jm, round, who, [Progress("二.2")], submit: true, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(error);
        report.IsNew.Should().BeTrue();
        report.PendingVersions.Should().BeEmpty();
    }

    [Fact]
    public void Save_OnATaskTheUnitIsNotAskedAbout_IsRefused()
    {
        var save = () => ProgressReport.Begin(round, Labour).Save(jm, round, LabourContact, [Progress("二.2")], submit: false, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.UnknownTask);
    }

    [Fact]
    public void Save_FigureForATargetTheTaskDoesNotHave_IsRefused()
    {
        var entry = new TaskProgress("二.1", ProgressStatus.OnTrack, [new TargetFigure(1, "58%")], null);

        var save = () => ProgressReport.Begin(round, Education).Save(jm, round, EducationContact, [entry], submit: false, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void Save_FigureAgainstTheTasksTarget_IsKept()
    {
        var report = ProgressReport.Begin(round, Education);

        report.Save(jm, round, EducationContact, [new TaskProgress("二.1", ProgressStatus.AtRisk, [new TargetFigure(0, "52%")], "差距主要在中职")], submit: true, Now);

        report.State.Entries.Single().Figures.Should().Equal(new TargetFigure(0, "52%"));
    }

    [Fact]
    public void Save_NarrativeOverTheLimit_IsRefused()
    {
        var save = () => ProgressReport.Begin(round, Labour).Save(jm, round, LabourContact, [Progress("二.3", narrative: new string('字', TaskProgress.MaxNarrativeLength + 1))], submit: false, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void Save_InAClosedRound_IsRefused()
    {
        round.Close(jm, Secretary, Now);

        var save = () => ProgressReport.Begin(round, Labour).Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.RoundClosed);
    }

    [Fact]
    public void Save_ForAUnitThatJoinedAfterTheRoundOpened_IsRefused()
    {
        var unit = jm.AddUnit(Secretary, "区工信局", [], Now);
        var newcomer = new ChatAccount("slack", "U0INDUSTRY", "孙工信");
        jm.AssignRole(Secretary, newcomer, ContactRole.UnitContact, unit.Id, Now);

        var save = () => ProgressReport.Begin(round, unit.Id).Save(jm, round, newcomer, [Progress("二.3")], submit: true, Now);

        save.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.UnknownUnit);
    }

    [Fact]
    public void Completeness_SaysWhoSubmittedWhoIsLateWhoOnlyDraftedAndWhatNobodyReported()
    {
        var education = ProgressReport.Begin(round, Education);
        education.Save(jm, round, EducationContact, [Progress("二.1")], submit: true, Now);
        var finance = ProgressReport.Begin(round, Finance);
        finance.Save(jm, round, FinanceContact, [Progress("二.2")], submit: false, Now);
        var labour = ProgressReport.Begin(round, Labour);
        labour.Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Local(2026, 6, 12));

        var completeness = RoundCompleteness.Of(round, [education, finance, labour]);

        completeness.SubmittedUnitIds.Should().Equal(Education, Labour);
        completeness.LateUnitIds.Should().Equal(Labour);
        completeness.DraftOnlyUnitIds.Should().Equal(Finance);
        completeness.MissingUnitIds.Should().BeEmpty();
        completeness.UnreportedTaskIds.Should().Equal("二.2");
        completeness.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Completeness_WithNoReports_ListsEveryUnitAsMissing()
    {
        var completeness = RoundCompleteness.Of(round, []);

        completeness.MissingUnitIds.Should().Equal(Education, Finance, Labour);
        completeness.UnreportedTaskIds.Should().Equal("二.1", "二.3", "二.2");
    }

    [Fact]
    public void Completeness_UnitAskedAboutNoTask_IsNotExpectedToReport()
    {
        var unit = jm.AddUnit(Convenor, "区扶贫办", [], Now);
        var later = ReportingRound.Open(jm, NewMeeting(jm, "m2"), [round], Secretary, "r2", new DateOnly(2026, 6, 10), Now);

        var completeness = RoundCompleteness.Of(later, []);

        later.Asks(unit.Id).Should().BeTrue();
        completeness.MissingUnitIds.Should().Equal(Education, Finance, Labour);
    }
}
