using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>Typed meeting commands in Chinese and English, read on Monday 2 March 2026 (the harness's clock).</summary>
public sealed class MeetingCommandsTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static MeetingCommand? Parse(string text) => MeetingCommands.Parse(text, Today);

    [Theory]
    [InlineData("安排会议")]
    [InlineData("安排会议：")]
    [InlineData("schedule meeting")]
    [InlineData("Schedule a meeting")]
    [InlineData("schedule")]
    public void Parse_ScheduleAlone_AsksForTheForm(string text)
    {
        Parse(text).Should().BeOfType<ShowScheduleForm>();
    }

    [Theory]
    // text, date, time, minutes (0: not given), title, place, link
    [InlineData("安排会议 2026-06-18 14:30 第一次全体会议", "2026-06-18", "14:30", 0, "第一次全体会议", null, null)]
    [InlineData("安排会议 6月18日下午2点半 第一次全体会议", "2026-06-18", "14:30", 0, "第一次全体会议", null, null)]
    [InlineData("安排会议 2026/6/18 14:30 第一次全体会议 地点：区政府第一会议室 链接：https://meet.example.org/abc", "2026-06-18", "14:30", 0, "第一次全体会议", "区政府第一会议室", "https://meet.example.org/abc")]
    [InlineData("安排会议：6月18日 14:30-16:00 半年工作推进会", "2026-06-18", "14:30", 90, "半年工作推进会", null, null)]
    [InlineData("安排会议 2026年6月18日 上午9点 2小时 第二次全体会议，地点：区政府三楼", "2026-06-18", "09:00", 120, "第二次全体会议", "区政府三楼", null)]
    [InlineData("安排会议 下周四上午九点半 专题会 https://meet.example.org/x", "2026-03-12", "09:30", 0, "专题会", null, "https://meet.example.org/x")]
    [InlineData("安排一次会议 明天 15:00 一个半小时 碰头会", "2026-03-03", "15:00", 90, "碰头会", null, null)]
    [InlineData("安排会议 十二月十日 下午三点", "2026-12-10", "15:00", 0, null, null, null)]
    [InlineData("schedule meeting 2026-06-18 14:30 First plenary", "2026-06-18", "14:30", 0, "First plenary", null, null)]
    [InlineData("schedule meeting June 18 2:30pm First plenary place: Room 301 link: https://meet.example.org/a", "2026-06-18", "14:30", 0, "First plenary", "Room 301", "https://meet.example.org/a")]
    [InlineData("Schedule a meeting tomorrow 10am for 90 minutes Budget review", "2026-03-03", "10:00", 90, "Budget review", null, null)]
    [InlineData("schedule meeting 18 June 2026 9:00-11:30 Second plenary", "2026-06-18", "09:00", 150, "Second plenary", null, null)]
    public void Parse_ScheduleLine_ReadsEveryPart(string text, string date, string time, int minutes, string? title, string? place, string? link)
    {
        var details = Parse(text).Should().BeOfType<ScheduleMeeting>().Subject.Details;

        details.Date.Should().Be(DateOnly.Parse(date));
        details.Time.Should().Be(TimeOnly.Parse(time));
        details.DurationMinutes.Should().Be(minutes == 0 ? null : minutes);
        details.Title.Should().Be(title);
        details.Location.Should().Be(place);
        details.Link.Should().Be(link);
    }

    [Fact]
    public void Parse_ScheduleWithAnAgendaLabel_PutsTheTitleFirst()
    {
        var details = Parse("安排会议 6月18日 14:30 第一次全体会议 议程：1. 通报进展；2. 审议计划").Should().BeOfType<ScheduleMeeting>().Subject.Details;

        details.FullAgenda.Should().Be("第一次全体会议\n1. 通报进展；2. 审议计划");
    }

    [Theory]
    [InlineData("安排会议 第一次全体会议", MeetingProblem.MissingDate)]
    [InlineData("安排会议 6月18日 第一次全体会议", MeetingProblem.MissingTime)]
    [InlineData("安排会议 2026-02-30 14:30", MeetingProblem.InvalidDate)]
    [InlineData("安排会议 2月30日 14:30", MeetingProblem.InvalidDate)]
    [InlineData("安排会议 6月18日 25:00", MeetingProblem.InvalidTime)]
    [InlineData("安排会议 6月18日 16:00-14:00", MeetingProblem.InvalidTime)]
    [InlineData("安排会议 6月18日 14:30 链接：会议室", MeetingProblem.InvalidLink)]
    [InlineData("schedule meeting First plenary", MeetingProblem.MissingDate)]
    [InlineData("schedule meeting June 18 First plenary", MeetingProblem.MissingTime)]
    public void Parse_BadScheduleLine_NamesTheProblem(string text, MeetingProblem problem)
    {
        var invalid = Parse(text).Should().BeOfType<InvalidMeetingCommand>().Subject;

        invalid.Verb.Should().Be(MeetingVerb.Schedule);
        invalid.Problem.Should().Be(problem);
    }

    [Theory]
    [InlineData("调整会议 2026-06-18 2026-06-20 09:00", "2026-06-18", "2026-06-20", "09:00")]
    [InlineData("调整会议 2026-06-18 改到 6月20日上午9点", "2026-06-18", "2026-06-20", "09:00")]
    [InlineData("会议改期 6月18日 6月20日 9:00", "6月18日", "2026-06-20", "09:00")]
    [InlineData("调整会议 2026-06-18-2 下午3点", "2026-06-18-2", null, "15:00")]
    [InlineData("reschedule 2026-06-18 to June 20 9am", "2026-06-18", "2026-06-20", "09:00")]
    [InlineData("reschedule meeting 2026-06-18 2026-06-20 09:00", "2026-06-18", "2026-06-20", "09:00")]
    public void Parse_Reschedule_NamesTheMeetingAndTheNewTime(string text, string meeting, string? date, string time)
    {
        var command = Parse(text).Should().BeOfType<RescheduleMeeting>().Subject;

        command.Meeting!.Text.Should().Be(meeting);
        command.Details.Date.Should().Be(date is null ? null : DateOnly.Parse(date));
        command.Details.Time.Should().Be(TimeOnly.Parse(time));
    }

    [Fact]
    public void Parse_RescheduleWithOneDay_KeepsBothReadings()
    {
        var command = Parse("调整会议 2026-06-20 09:00").Should().BeOfType<RescheduleMeeting>().Subject;

        command.Meeting.Should().Be(new MeetingRef("2026-06-20", new DateOnly(2026, 6, 20)));
        command.Details.Should().Be(MeetingDetails.None with { Time = new TimeOnly(9, 0) });
        command.WithoutRef.Should().Be(MeetingDetails.None with { Date = new DateOnly(2026, 6, 20), Time = new TimeOnly(9, 0) });
    }

    [Fact]
    public void Parse_RescheduleWithANote_KeepsTheNoteApartFromTheAgenda()
    {
        var command = Parse("调整会议 2026-06-18 6月25日 14:30 因场地冲突 地点：区政府第二会议室").Should().BeOfType<RescheduleMeeting>().Subject;

        command.Details.Title.Should().Be("因场地冲突");
        command.Details.Agenda.Should().BeNull();
        command.Details.Location.Should().Be("区政府第二会议室");
    }

    [Theory]
    [InlineData("调整会议", null)]
    [InlineData("调整会议 2026-06-18", "2026-06-18")]
    [InlineData("reschedule", null)]
    [InlineData("reschedule 2026-06-18", "2026-06-18")]
    public void Parse_RescheduleWithoutAChange_AsksForTheForm(string text, string? meeting)
    {
        var command = Parse(text).Should().BeOfType<RescheduleMeeting>().Subject;

        command.Meeting?.Text.Should().Be(meeting);
        (command.Meeting is null).Should().Be(meeting is null);
        command.Details.ChangesSomething.Should().BeFalse();
    }

    [Theory]
    [InlineData("取消会议 2026-06-18 原因：召集人出差", "2026-06-18", "召集人出差")]
    [InlineData("取消会议 2026-06-18，原因: 召集人出差", "2026-06-18", "召集人出差")]
    [InlineData("取消会议 6月18日 因为场地冲突", "6月18日", "场地冲突")]
    [InlineData("取消会议 2026-06-18 上级临时安排其他工作", "2026-06-18", "上级临时安排其他工作")]
    [InlineData("取消会议 2026-06-18", "2026-06-18", null)]
    [InlineData("取消会议 原因：疫情", null, "疫情")]
    [InlineData("取消会议", null, null)]
    [InlineData("cancel meeting 2026-06-18 because the convenor is away", "2026-06-18", "the convenor is away")]
    [InlineData("cancel the meeting 2026-06-18 reason: venue unavailable", "2026-06-18", "venue unavailable")]
    [InlineData("cancel meeting 2026-06-18", "2026-06-18", null)]
    [InlineData("取消会议 下周四 原因：召集人出差", "下周四", "召集人出差")]
    [InlineData("取消会议 明天的会议 因为场地冲突", "明天", "场地冲突")]
    [InlineData("cancel meeting tomorrow because the convenor is away", "tomorrow", "the convenor is away")]
    public void Parse_Cancel_NamesTheMeetingAndTheReason(string text, string? meeting, string? reason)
    {
        var command = Parse(text).Should().BeOfType<CancelMeeting>().Subject;

        command.Meeting?.Text.Should().Be(meeting);
        (command.Meeting is null).Should().Be(meeting is null);
        command.Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("参加", null, Attendance.Attend, null)]
    [InlineData("参加 2026-06-18", "2026-06-18", Attendance.Attend, null)]
    [InlineData("参加2026-06-18", "2026-06-18", Attendance.Attend, null)]
    [InlineData("我们参加6月18日的会议", "6月18日", Attendance.Attend, null)]
    [InlineData("出席 2026-06-18-2", "2026-06-18-2", Attendance.Attend, null)]
    [InlineData("请假 2026-06-18", "2026-06-18", Attendance.Absent, null)]
    [InlineData("不参加", null, Attendance.Absent, null)]
    [InlineData("派员参加 2026-06-18 李四", "2026-06-18", Attendance.SendDeputy, "李四")]
    [InlineData("派员参加 李四", null, Attendance.SendDeputy, "李四")]
    [InlineData("派员参加李四副局长", null, Attendance.SendDeputy, "李四副局长")]
    [InlineData("attend", null, Attendance.Attend, null)]
    [InlineData("attend 2026-06-18", "2026-06-18", Attendance.Attend, null)]
    [InlineData("I will attend", null, Attendance.Attend, null)]
    [InlineData("absent 2026-06-18", "2026-06-18", Attendance.Absent, null)]
    [InlineData("cannot attend", null, Attendance.Absent, null)]
    [InlineData("send deputy 2026-06-18 Li Si", "2026-06-18", Attendance.SendDeputy, "Li Si")]
    [InlineData("send a deputy Li Si", null, Attendance.SendDeputy, "Li Si")]
    [InlineData("请假 明天", "明天", Attendance.Absent, null)]
    [InlineData("参加下周四的会议", "下周四", Attendance.Attend, null)]
    [InlineData("派员参加 六月十八日 李四", "六月十八日", Attendance.SendDeputy, "李四")]
    [InlineData("attend next Thursday", "next Thursday", Attendance.Attend, null)]
    [InlineData("absent June 18", "June 18", Attendance.Absent, null)]
    [InlineData("send deputy tomorrow Li Si", "tomorrow", Attendance.SendDeputy, "Li Si")]
    public void Parse_Attendance_ReadsTheAnswer(string text, string? meeting, Attendance attendance, string? deputy)
    {
        var command = Parse(text).Should().BeOfType<AnswerAttendance>().Subject;

        command.Meeting?.Text.Should().Be(meeting);
        (command.Meeting is null).Should().Be(meeting is null);
        command.Attendance.Should().Be(attendance);
        command.Deputy.Should().Be(deputy);
    }

    [Theory]
    [InlineData("派员参加")]
    [InlineData("派员参加 2026-06-18")]
    [InlineData("send deputy 2026-06-18")]
    public void Parse_DeputyWithoutAName_SaysTheNameIsMissing(string text)
    {
        Parse(text).Should().BeOfType<InvalidMeetingCommand>().Which.Problem.Should().Be(MeetingProblem.MissingDeputy);
    }

    [Theory]
    [InlineData("会议已召开 2026-06-18", "2026-06-18")]
    [InlineData("会议已召开", null)]
    [InlineData("2026-06-18 已召开", "2026-06-18")]
    [InlineData("mark 2026-06-18 held", "2026-06-18")]
    [InlineData("mark 2026-06-18 as held", "2026-06-18")]
    [InlineData("mark meeting 2026-06-18 held", "2026-06-18")]
    [InlineData("mark held", null)]
    [InlineData("会议已召开 今天", "今天")]
    [InlineData("mark today held", "today")]
    public void Parse_Held_NamesTheMeeting(string text, string? meeting)
    {
        var command = Parse(text).Should().BeOfType<MarkMeetingHeld>().Subject;

        command.Meeting?.Text.Should().Be(meeting);
        (command.Meeting is null).Should().Be(meeting is null);
    }

    [Theory]
    [InlineData("参会情况 2026-06-18", "2026-06-18")]
    [InlineData("参会情况", null)]
    [InlineData("2026-06-18的参会情况", "2026-06-18")]
    [InlineData("attendance 2026-06-18", "2026-06-18")]
    [InlineData("attendance for 2026-06-18", "2026-06-18")]
    [InlineData("attendance", null)]
    [InlineData("参会情况 下周四", "下周四")]
    [InlineData("明天的参会情况", "明天")]
    [InlineData("attendance for June 18", "June 18")]
    public void Parse_AttendanceOverview_NamesTheMeeting(string text, string? meeting)
    {
        var command = Parse(text).Should().BeOfType<ShowAttendance>().Subject;

        command.Meeting?.Text.Should().Be(meeting);
        (command.Meeting is null).Should().Be(meeting is null);
    }

    [Theory]
    [InlineData("会议安排", 2026)]
    [InlineData("会议", 2026)]
    [InlineData("今年的会议", 2026)]
    [InlineData("2026年的会议", 2026)]
    [InlineData("2027年会议安排", 2027)]
    [InlineData("明年的会议", 2027)]
    [InlineData("去年的会议", 2025)]
    [InlineData("今年开了几次会？", 2026)]
    [InlineData("meetings", 2026)]
    [InlineData("Meetings in 2027", 2027)]
    [InlineData("meetings this year", 2026)]
    [InlineData("2025 meetings", 2025)]
    [InlineData("list meetings", 2026)]
    [InlineData("next year's meetings", 2027)]
    public void Parse_YearList_ReadsTheYear(string text, int year)
    {
        Parse(text).Should().Be(new ListMeetings(year));
    }

    [Theory]
    [InlineData("下次会议什么时候？")]
    [InlineData("下一次会议是什么时候")]
    [InlineData("下次开会是什么时候？")]
    [InlineData("下次什么时候开会")]
    [InlineData("下次会议")]
    [InlineData("when is the next meeting?")]
    [InlineData("When's the next meeting")]
    [InlineData("next meeting")]
    public void Parse_NextMeetingQuestion_IsMine(string text)
    {
        Parse(text).Should().BeOfType<ShowNextMeeting>();
    }

    [Theory]
    [InlineData("谁负责实训基地建设？")]
    [InlineData("报告：今年新增双师型教师23名")]
    [InlineData("我是区财政局联络员")]
    [InlineData("帮助")]
    [InlineData("参加会议的单位有哪些")]
    [InlineData("参加培训")]
    [InlineData("出席会议")]
    [InlineData("attend the training")]
    [InlineData("会议室在哪里")]
    [InlineData("谁还没交报告")]
    [InlineData("区财政局有哪些任务")]
    [InlineData("who is responsible for training bases")]
    [InlineData("I am the contact for 区财政局")]
    [InlineData("what falls due by 2026-12-31")]
    [InlineData("")]
    public void Parse_OtherFeaturesWords_AreNotMine(string text)
    {
        Parse(text).Should().BeNull();
    }
}
