using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Reporting;

public class RoundReadModelsTests
{
    // 区财政局 submits on time with a figure, 区人社局 submits late, 区教体局 keeps a draft.
    private static RoundReadModels Reported(DateTimeOffset asOf)
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);
        var round = NewRound(jm, meeting);
        var finance = ProgressReport.Begin(round, Finance);
        finance.Save(jm, round, FinanceContact,
            [new TaskProgress("二.1", ProgressStatus.AtRisk, [new TargetFigure(0, "45%")], "师资招聘滞后"), Progress("二.2", ProgressStatus.Done)], submit: true, Local(2026, 6, 1));
        var labour = ProgressReport.Begin(round, Labour);
        labour.Save(jm, round, LabourContact, [Progress("二.3")], submit: true, Local(2026, 6, 12));
        var education = ProgressReport.Begin(round, Education);
        education.Save(jm, round, EducationContact, [Progress("二.3", narrative: "培训1200人次")], submit: false, Local(2026, 6, 2));
        var snapshot = new JointMeetingSnapshot(new(jm, "e"), [new(meeting, "e")], [new(round, "e")],
            [new(finance, "e"), new(labour, "e"), new(education, "e")]);
        return RoundReadModels.Of(snapshot, round, asOf);
    }

    [Fact]
    public void Status_GivesEachUnitAndTaskItsState()
    {
        var status = Reported(Local(2026, 6, 15)).Status;

        status.Tasks.Select(t => t.Id).Should().Equal("二.1", "二.2", "二.3");
        var rows = status.Units.ToDictionary(u => u.UnitName);
        rows["区教体局"].State.Should().Be(ReportCell.Draft);
        rows["区教体局"].Cells.Should().Equal(ReportCell.Missing, ReportCell.NotAsked, ReportCell.Draft);
        rows["区财政局"].Cells.Should().Equal(ReportCell.Submitted, ReportCell.Submitted, ReportCell.NotAsked);
        rows["区人社局"].State.Should().Be(ReportCell.Late);
        rows["区人社局"].Cells.Should().Equal(ReportCell.NotAsked, ReportCell.NotAsked, ReportCell.Late);
        (rows["区财政局"].Filled, rows["区财政局"].Asked).Should().Be((2, 2));
        status.CellCounts()[ReportCell.Submitted].Should().Be(2);
    }

    [Fact]
    public void Brief_GivesTasksInDocumentOrder_LeadsFirst_FiguresWithPace()
    {
        var brief = Reported(Local(2026, 6, 15)).Brief;

        var teachers = brief.Tasks[0];
        teachers.LeadUnits.Should().Equal("区教体局");
        teachers.Units.Select(u => (u.UnitName, u.Lead, u.State)).Should().Equal(
            ("区教体局", true, ReportCell.Draft), ("区财政局", false, ReportCell.Submitted));
        teachers.Targets.Single().Figure.Should().Be("45%");
        teachers.Targets.Single().FigureUnitId.Should().Be(Finance);
        teachers.Targets.Single().Pace.Mark.Should().Be(PaceMark.Overdue, "the target fell due at the end of 2022");
        teachers.AtRisk.Should().BeTrue();

        var training = brief.Tasks[2];
        training.Units.Single(u => u.UnitName == "区教体局").State.Should().Be(ReportCell.Draft, "a draft is no report, but it is not nothing");
        training.Units.Single(u => u.UnitName == "区教体局").Entry.Should().BeNull("drafts stay out of the brief");
    }

    [Fact]
    public void Brief_Agenda_HoldsTasksAtRiskBehindOrUnreported()
    {
        var brief = Reported(Local(2026, 6, 15)).Brief;

        brief.Agenda.Select(t => t.Task.Id).Should().Equal("二.1");
        brief.Statuses[ProgressStatus.Done].Should().Be(1);
        brief.Today.Should().Be(new DateOnly(2026, 6, 15));
    }
}
