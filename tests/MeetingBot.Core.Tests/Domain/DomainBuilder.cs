using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Tests.Domain;

/// <summary>
/// A small joint meeting as a district would run it: three member units, a convenor, a secretariat in the
/// education bureau, unit contacts, an observer; and the people who are not (yet) part of it.
/// </summary>
internal static class DomainBuilder
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Monday 2 March 2026, 09:00 in Beijing.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, Beijing);

    public static readonly ChatAccount Convenor = new("msteams", "aad-convenor", "张召集");
    public static readonly ChatAccount Secretary = new("msteams", "aad-secretary", "李秘书");
    public static readonly ChatAccount EducationContact = new("msteams", "aad-education", "赵教育");
    public static readonly ChatAccount FinanceContact = new("slack", "U0FINANCE", "王财政");
    public static readonly ChatAccount LabourContact = new("slack", "U0LABOUR", "陈人社");
    public static readonly ChatAccount Observer = new("msteams", "aad-observer", "周旁听");
    public static readonly ChatAccount Stranger = new("slack", "U0STRANGER", "路人甲");

    public const string Education = "u1";
    public const string Finance = "u2";
    public const string Labour = "u3";

    public static JointMeetingProposal Proposal() => new(
        [new PolicySource("demo.txt", "某区职业教育改革实施方案")],
        [new UnitProposal("区教体局", ["区教育体育局"]), new UnitProposal("区财政局", []), new UnitProposal("区人社局", [])],
        [
            new TaskProposal("二.1", "demo.txt", "二.1", "加强“双师型”教师队伍建设", ["区教体局"], ["区财政局"],
                [new TaskTarget("到2022年，“双师型”教师占比达到60%", "60%", new DateOnly(2022, 12, 31))]),
            new TaskProposal("二.2", "demo.txt", "二.2", "完善经费投入机制", ["区财政局"], [], []),
            new TaskProposal("二.3", "demo.txt", "二.3", "开展职业技能培训", ["区人社局"], ["区教体局", "区工信局"], []),
        ],
        "副区长");

    /// <summary>The joint meeting with every contact bound and approved.</summary>
    public static JointMeeting NewJointMeeting()
    {
        var jm = JointMeeting.Create(new JointMeetingSettings("demo-jm", "某区职业教育工作联席会议"), Proposal(), Convenor, Now);
        jm.AssignRole(Convenor, Secretary, ContactRole.Secretariat, Education, Now);
        Bind(jm, EducationContact, Education);
        Bind(jm, FinanceContact, Finance);
        Bind(jm, LabourContact, Labour);
        jm.RequestBinding(Observer, null, ContactRole.Observer, Now);
        jm.Approve(Secretary, Observer, Now);
        jm.AcceptChanges();
        return jm;
    }

    /// <summary>A planned meeting on Thursday 18 June 2026, 14:30 local time.</summary>
    public static Meeting NewMeeting(JointMeeting jm, string id = "m1") =>
        Meeting.Schedule(jm, Secretary, id, new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室"), Now);

    /// <summary>A round for the meeting, due Wednesday 10 June 2026.</summary>
    public static ReportingRound NewRound(JointMeeting jm, Meeting meeting, string id = "r1") =>
        ReportingRound.Open(jm, meeting, [], Secretary, id, new DateOnly(2026, 6, 10), Now);

    public static DateTimeOffset Local(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Beijing);

    public static TaskProgress Progress(string taskId, ProgressStatus status = ProgressStatus.OnTrack, string? narrative = "按计划推进") =>
        new(taskId, status, [], narrative);

    private static void Bind(JointMeeting jm, ChatAccount account, string unitId)
    {
        jm.RequestBinding(account, unitId, ContactRole.UnitContact, Now);
        jm.Approve(Secretary, account, Now);
    }
}
