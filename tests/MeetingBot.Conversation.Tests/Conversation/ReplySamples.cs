using MeetingBot.Core.Policy.Index;
using System.Reflection;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Conversation.Features.Questions;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Reminders;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Conversation;

/// <summary>
/// Realistic values for every parameter type a reply method takes: the Yongnian joint meeting created from seed 002
/// with its convenor, secretariat, unit contacts, an observer and a pending request; a planned, a cancelled and a
/// held meeting; an open and a closed round with a draft, a submitted and a late report; the seeds' documents.
/// Several values of a type cover a reply's branches (a meeting planned or cancelled, a report draft or late).
/// </summary>
internal sealed class ReplySamples
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, Beijing);
    private static readonly ChatAccount Convenor = new("msteams", "aad-convenor", "张召集");
    private static readonly ChatAccount Secretary = new("msteams", "aad-secretary", "李秘书");
    private static readonly ChatAccount EducationContact = new("msteams", "aad-education", "赵教育");
    private static readonly ChatAccount LabourContact = new("slack", "U0LABOUR", "陈人社");
    private static readonly ChatAccount FinanceContact = new("msteams", "aad-finance", "王财政");
    private static readonly ChatAccount Observer = new("msteams", "aad-observer", "周旁听");
    private static readonly ChatAccount Applicant = new("msteams", "aad-applicant", "孙申请");
    private static readonly ChatAccount Stranger = new("slack", "U0STRANGER", "路人甲");

    private readonly Dictionary<Type, IReadOnlyList<object?>> byType = [];

    // Where the type alone does not say what a string or list means.
    private readonly Dictionary<(Type, string), IReadOnlyList<object?>> byName = [];

    public ReplySamples()
    {
        var documents = PolicyLibrary.Load(Path.Combine(RepoRoot.Find(), "seeds")).Documents;
        var yongnian = documents.Single(d => d.SourceName.StartsWith("002_", StringComparison.Ordinal));

        var jm = JointMeeting.Create(new JointMeetingSettings("yongnian", "区政府职业教育工作联席会议", "永年区"), JointMeetingProposal.FromPolicy(yongnian), Convenor, Now);
        var education = jm.FindUnit("区教体局")!;
        var labour = jm.FindUnit("区人社局")!;
        var finance = jm.FindUnit("区财政局")!;
        jm.AssignRole(Convenor, Secretary, ContactRole.Secretariat, education.Id, Now);
        jm.SetSecretariatUnit(Convenor, education.Id, Now);
        jm.AssignRole(Convenor, EducationContact, ContactRole.UnitContact, education.Id, Now);
        jm.AssignRole(Convenor, LabourContact, ContactRole.UnitContact, labour.Id, Now);
        jm.RequestBinding(FinanceContact, finance.Id, ContactRole.UnitContact, Now);
        jm.Approve(Secretary, FinanceContact, Now);
        jm.AssignRole(Convenor, Observer, ContactRole.Observer, null, Now);
        jm.RequestBinding(Applicant, jm.Units[^1].Id, ContactRole.UnitContact, Now);
        var empty = JointMeeting.Create(new JointMeetingSettings("kong", "新建联席会议2号"), JointMeetingProposal.Empty, Convenor, Now);

        var planned = Meeting.Schedule(jm, Convenor, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration,
            "区政府第一会议室", "https://meet.example.org/j/2026", "第一次全体会议\n审议2026年工作要点"), Now);
        planned.ReplyAttendance(jm, EducationContact, education.Id, Attendance.Attend, null, Now);
        planned.ReplyAttendance(jm, LabourContact, labour.Id, Attendance.SendDeputy, "李四 副局长", Now);
        planned.ReplyAttendance(jm, FinanceContact, finance.Id, Attendance.Absent, null, Now);
        var cancelled = Meeting.Schedule(jm, Convenor, "m2", new MeetingPlan(new DateTime(2026, 9, 10, 9, 0, 0), TimeSpan.FromMinutes(90)), Now);
        cancelled.Cancel(jm, Convenor, "召集人临时出差", Now);
        var held = Meeting.Schedule(jm, Convenor, "m3", new MeetingPlan(new DateTime(2026, 3, 3, 10, 0, 0), TimeSpan.FromMinutes(45), null, null, "专题会议"), Now);
        held.MarkHeld(jm, Convenor, Now.AddDays(2));
        var abroad = Meeting.Schedule(jm, Convenor, "m4", new MeetingPlan(new DateTime(2026, 11, 5, 15, 0, 0), MeetingPlan.DefaultDuration), Now);
        var meetings = new[] { planned, cancelled, held };

        var round = ReportingRound.Open(jm, planned, [], Convenor, "r1", new DateOnly(2026, 6, 10), Now);
        var closed = ReportingRound.Open(jm, abroad, [round], Convenor, "r0", new DateOnly(2026, 10, 30), Now);
        closed.Close(jm, Convenor, Now);
        var draft = Report(jm, round, education, EducationContact, submit: false, Now);
        var submitted = Report(jm, round, labour, LabourContact, submit: true, Now);
        var late = Report(jm, round, finance, FinanceContact, submit: true, new DateTimeOffset(2026, 6, 12, 10, 0, 0, Beijing));
        var task = jm.Tasks.First(t => t.Targets.Any(g => g.Deadline is not null));

        Add<PolicyDocument>([.. documents]);
        Add<IReadOnlyList<PolicyDocument>>(documents, []);
        // A task led by a unit, one with units listed but no lead named, and one without units.
        Add<PolicyTask>([.. documents.SelectMany(d => d.Tasks).GroupBy(t => (t.Assignment, t.Lead.Count > 0)).Select(g => g.First())]);
        Add<JointMeetingFact>([.. documents.Where(d => d.JointMeeting is not null)
            .SelectMany(d => new[] { new JointMeetingFact(d, d.JointMeeting!, null, null), new JointMeetingFact(d, d.JointMeeting!, d.Tasks[0], "联席会议办公室设在区教体局，负责日常工作。") })]);
        Add(jm, empty);
        Add<IReadOnlyList<JointMeeting>>(new[] { jm, empty }, []);
        // The whole list on one page, a search on page 2 of 3 (with pages either side), and a deployment with none.
        Add(new JointMeetingPage([jm, empty], null, 1, 1, 2, 2),
            new JointMeetingPage([jm, empty], "联席会议", 2, 3, 25, 310),
            new JointMeetingPage([], null, 1, 1, 0, 0));
        Add(education, labour, finance);
        Add<IReadOnlyList<MemberUnit>>(new[] { education, labour }, []);
        Add(jm.FindContact(EducationContact)!, jm.FindContact(Convenor)!, jm.FindContact(Applicant)!, jm.FindContact(Observer)!, jm.FindContact(Secretary)!);
        Add<IReadOnlyList<Contact>>(jm.Contacts.Take(2).ToList(), jm.Contacts);
        Add(jm.Identify(EducationContact), jm.Identify(Convenor), jm.Identify(Observer), jm.Identify(Stranger));
        Add(Convenor, Stranger);
        Add(planned, cancelled, held);
        Add<IReadOnlyList<Meeting>>(meetings, Enumerable.Range(1, 35).Select(_ => planned).ToArray(), []);
        Add(new AttendanceReply(labour.Id, Attendance.SendDeputy, "李四 副局长", LabourContact, Now),
            new AttendanceReply(education.Id, Attendance.Attend, null, EducationContact, Now),
            new AttendanceReply(finance.Id, Attendance.Absent, null, FinanceContact, Now));
        Add(MeetingYearCheck.For(2026, meetings, 2, new DateOnly(2026, 3, 4)),
            new MeetingYearCheck(2026, 2, 2, 0, 0, null),
            new MeetingYearCheck(2026, 4, 1, 0, 3, new DateOnly(2026, 3, 1)));
        Add(new Replies.MeetingNoticeCount(3, 4, []),
            new Replies.MeetingNoticeCount(12, 3, Enumerable.Range(1, 10).Select(i => $"第{i}街道办事处").ToList()));
        Add(round, closed);
        Add(draft, submitted, late);
        Add(new UnitRound(jm, round, planned, education, draft), new UnitRound(jm, round, null, finance, null), new UnitRound(jm, round, planned, labour, submitted));
        Add(RoundCompleteness.Of(round, [draft, submitted, late]),
            new RoundCompleteness([], [], [], [education.Id, labour.Id], []));
        Add<IReadOnlyDictionary<string, (int Filled, int Asked)>>(new Dictionary<string, (int, int)> { [education.Id] = (2, 5), [labour.Id] = (5, 5) });
        Add<IReadOnlyDictionary<ProgressStatus, int>>(new Dictionary<ProgressStatus, int> { [ProgressStatus.OnTrack] = 4, [ProgressStatus.AtRisk] = 1 });
        Add(task);
        Add<IReadOnlyList<AssignedTask>>(jm.Tasks.Take(3).ToList(), [task]);
        var dated = task.Targets.First(g => g.Deadline is not null);
        Add(dated, new TaskTarget("建成2个实训基地", "2", new DateOnly(2027, 12, 31)));
        Add<IReadOnlyList<TaskTarget>>(task.Targets, [new TaskTarget("完善制度建设", null, null)], []);
        Add(new TaskProgress(task.Id, ProgressStatus.OnTrack, [new TargetFigure(0, "45%"), new TargetFigure(7, "3")], "新增双师型教师23名\n第二季度完成培训"),
            new TaskProgress(task.Id, ProgressStatus.Done, [], null));

        Add(new DateOnly(2026, 6, 18), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Add<IReadOnlyList<DateOnly>>(new[] { new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2) }, Enumerable.Range(0, 7).Select(i => new DateOnly(2027, 2, 10).AddDays(i)).ToList());
        Add(new DateTime(2026, 6, 8, 9, 0, 0));
        Add<decimal?>(0.75m, 0.5m, null); // shares of a target reached and of its time elapsed
        Add(jm.TimeZone, MeetingBot.Core.Domain.TimeZones.Find("Europe/Berlin"));
        Add(Now, new DateTimeOffset(2026, 6, 12, 10, 0, 0, Beijing));
        Add(3, 1, 0, 45);
        Add("区财政局2号楼", "m1");
        Add<IEnumerable<string>>(new[] { "二.三.4 建立双师型教师队伍", "二.1" }, []);
        Add<IReadOnlyList<string>>(new[] { "区财政局", "区人社局" }, Enumerable.Range(1, 40).Select(i => $"二.{i}").ToList(), []);
        Add<IEnumerable<(string Round, string Meeting)>>(new[] { ("r1", "m1"), ("r2", "m5") });
        Add<IReadOnlyList<(int Year, int Count)>>(new[] { (2025, 3), (2027, 1) }, []);
        Add(new Uri("https://files.example.org/简报/2026年第1期.docx"));
        Add<Func<string, string>>(new Func<string, string>(id => $"调整会议 {id}"));

        Add<IWorkingCalendar>(WeekendCalendar.Instance, new MainlandChinaCalendar());
        Add(ReminderCalendarSettings.Default, new ReminderCalendarSettings(false, [new CalendarDayOff(new DateOnly(2026, 12, 31), "年终盘点")], [new DateOnly(2027, 1, 9)]));
        Add(ReminderTiming.Default(WeekendCalendar.Instance));
        Add(new DocumentAdded(["区工业和信息化局"], [task], jm.Tasks.Take(2).ToList(), true), new DocumentAdded([], [], [], false));
        Add(new TasksReimported([task], jm.Tasks.Take(1).ToList(), [jm.Tasks.Last() with { Dropped = true }], 2, ["区工业和信息化局"]), new TasksReimported([], [], [], 0, []));
        var keys = new[]
        {
            new ReminderKey(jm.Id, ReminderSubjects.Round("r1"), education.Id, "due-3", new DateOnly(2026, 6, 7)),
            new ReminderKey(jm.Id, ReminderSubjects.Round("r1"), education.Id, "due-0", new DateOnly(2026, 6, 10)),
            new ReminderKey(jm.Id, ReminderSubjects.Round("r1"), labour.Id, "overdue-2", new DateOnly(2026, 6, 12)),
            new ReminderKey(jm.Id, ReminderSubjects.Round("r1"), ReminderSubjects.Managers, "escalation", new DateOnly(2026, 6, 15)),
            new ReminderKey(jm.Id, ReminderSubjects.Meeting("m1"), education.Id, ReminderSubjects.Before7, new DateOnly(2026, 6, 11)),
            new ReminderKey(jm.Id, ReminderSubjects.Meeting("m1"), education.Id, ReminderSubjects.Before1, new DateOnly(2026, 6, 17)),
            new ReminderKey(jm.Id, ReminderSubjects.Year(2026), ReminderSubjects.Managers, ReminderSubjects.JulyCheck, new DateOnly(2026, 7, 1)),
            new ReminderKey(jm.Id, ReminderSubjects.Year(2026), ReminderSubjects.Managers, ReminderSubjects.OctoberCheck, new DateOnly(2026, 10, 8)),
            new ReminderKey(jm.Id, ReminderSubjects.Target(task.Id, 1), education.Id, ReminderSubjects.Within60, new DateOnly(2026, 10, 1)),
        };
        Add(keys);
        Add(Enum.GetValues<ReminderState>().SelectMany(s => new[] { false, true }.Select(late =>
            new ReminderRecord(keys[0], s, "host-a", Now, s == ReminderState.Claimed ? null : Now, late, null, "1"))).ToArray());
        Add<IReadOnlyList<MissedRecipient>>(new[] { new MissedRecipient("msteams:aad-finance", "王财政", "未安装应用") });

        var citation = new Citation("邯郸市永年区人民政府关于深化职业教育改革的实施方案", "二.三.4", "建立一支高水平双师型教师队伍", 98);
        Add(citation, new Citation("永年区职业教育改革方案", "第二条", null, null), new Citation("方案", null, null, null));
        IReadOnlyList<UnitRef> refs = [new("区教体局", true), new("市人社局", false), new("区财政局", null)];
        Add<IReadOnlyList<UnitRef>>(refs, []);
        Add(Enum.GetValues<UnitAssignment>().Select(a => new ResponsibleItem(citation, refs, refs.Skip(1).ToList(), a, "副区长")).ToArray());
        Add(new DutyItem(citation, true, [new("到2022年，双师型教师占比达到60%", new DateOnly(2022, 12, 31)), new("t2", null), new("t3", null), new("t4", null)], "区教体局", new TaskReport(ProgressStatus.AtRisk)),
            new DutyItem(citation, false, [], null, new TaskReport(null)),
            new DutyItem(citation, false, [], null, null));
        Add(new TargetItem(new DateOnly(2025, 12, 31), "建成2个实训基地", citation, refs), new TargetItem(null, "完善制度", citation, []));
        Add(new RoundState("r1", new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 18), true, false, true),
            new RoundState("r1", new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 18), true, false, false),
            new RoundState("r1", new DateOnly(2026, 6, 10), null, false, true, false),
            new RoundState("r1", new DateOnly(2026, 6, 10), null, false, false, false));

        Add(new ActionReceipt("a1", Convenor, Now, new AuditEntry(Now, Convenor, "meeting.scheduled", "m1", "2026-06-18 14:30 Asia/Shanghai, 120 min")),
            new ActionReceipt("a2", FinanceContact, Now, new AuditEntry(Now, FinanceContact, "report.submitted", "r1/区财政局", "version 3, 2 task(s)")),
            new ActionReceipt("a3", Convenor, Now, new AuditEntry(Now, Convenor, "something.new", "x")));
        Add(Refusals(jm, planned).Append(new DomainException(DomainError.UnknownTask, "Task 9.9 is not a task of this joint meeting.")).ToArray());
        Add(Replies.RemindersCommands.Concat(Replies.MembershipCommands).Concat(Replies.HelpCommands).Concat(Replies.ReportingCommands)
            .Concat(Replies.MeetingsCommands).Concat(Replies.QuestionsCommands).Concat(Replies.SetupCommands).ToArray());

        Named<string>("role", nameof(ContactRole.Convenor), nameof(ContactRole.Secretariat), nameof(ContactRole.UnitContact), nameof(ContactRole.Observer));
        Named<string>("unitId", education.Id, "u-gone");
        Named<string>("exampleUnit", Replies.QuestionsExampleUnit);
        Named<string>("reminderText", "【报告提醒】区政府职业教育工作联席会议：区财政局的工作进展报告\n第二行", "【报告提醒】区政府职业教育工作联席会议：区财政局的工作进展报告");
        Content = CollectContent();
    }

    /// <summary>
    /// Every text the samples carry (names, titles, targets, agendas), longest first: a reply quotes these as they
    /// are, whatever its language, so their punctuation is not the reply's.
    /// </summary>
    public IReadOnlyList<string> Content { get; }

    private IReadOnlyList<string> CollectContent()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var value in byType.Values.Concat(byName.Values).SelectMany(v => v)) Collect(value, found, seen, depth: 0);
        return found.Where(t => t.Length > 1).OrderByDescending(t => t.Length).ToList();
    }

    private static void Collect(object? value, HashSet<string> found, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 6 || value.GetType().IsPrimitive || value is Type or Delegate) return;
        if (value is string text) { found.Add(text); return; }
        if (value.GetType().IsValueType && !value.GetType().IsGenericType) return;
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items) Collect(item, found, seen, depth + 1);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
            Collect(field.GetValue(value), found, seen, depth + 1);
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child;
            try { child = property.GetValue(value); } catch (TargetInvocationException) { continue; }
            Collect(child, found, seen, depth + 1);
        }
    }

    /// <summary>The values to try for a parameter, or null when nothing here can build its type.</summary>
    public IReadOnlyList<object?>? For(Type type, string name, bool nullable)
    {
        var values = byName.GetValueOrDefault((type, name)) ?? Build(type);
        if (values is null) return null;
        return nullable ? [.. values, null] : values;
    }

    private IReadOnlyList<object?>? Build(Type type)
    {
        if (byType.TryGetValue(type, out var values)) return values;
        if (type == typeof(bool)) return [true, false];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object?>().ToList();
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Build(underlying);
        return null;
    }

    private void Add<T>(params T[] values) => byType[typeof(T)] = values.Cast<object?>().ToList();

    private void Named<T>(string name, params T[] values) => byName[(typeof(T), name)] = values.Cast<object?>().ToList();

    private static ProgressReport Report(JointMeeting jm, ReportingRound round, MemberUnit unit, ChatAccount by, bool submit, DateTimeOffset at)
    {
        var report = ProgressReport.Begin(round, unit.Id);
        var tasks = round.TasksOf(unit.Id);
        report.Save(jm, round, by, [new TaskProgress(tasks[0], ProgressStatus.OnTrack, [], "已完成师资摸底，新增双师型教师23名")], submit, at);
        return report;
    }

    // Refusals as the domain throws them, so their messages are the real ones the Chinese wording matches.
    private static IEnumerable<DomainException> Refusals(JointMeeting jm, Meeting planned)
    {
        var attempts = new Action[]
        {
            () => Meeting.Schedule(jm, Stranger, "m9", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration), Now),
            () => Meeting.Schedule(jm, Convenor, "m9", new MeetingPlan(new DateTime(2026, 1, 5, 9, 0, 0), MeetingPlan.DefaultDuration), Now),
            () => Meeting.Schedule(jm, Observer, "m9", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration), Now),
            () => planned.ReplyAttendance(jm, FinanceContact, jm.FindUnit("区教体局")!.Id, Attendance.Attend, null, Now),
            () => jm.AddUnit(Convenor, "区教体局", [], Now),
        };
        foreach (var attempt in attempts)
        {
            DomainException? refused = null;
            try { attempt(); } catch (DomainException e) { refused = e; }
            yield return refused ?? throw new InvalidOperationException("A sample refusal was not refused.");
        }
    }
}
