namespace MeetingBot.Core.Conversation;

/// <summary>
/// Every command as "帮助" / "help" lists it, per feature: its typed form and what it does, in zh and en. A feature
/// offers its own list (IConversationFeature.Commands); the Teams app's command menu is drawn from them too.
/// </summary>
public static partial class Replies
{
    public static IReadOnlyList<CommandHelp> RemindersCommands { get; } =
    [
        new(Audience.Members, "提醒计划", "reminder schedule", "未来30天的提醒：何时、提醒什么、发给谁；以及最近提醒的发送情况", "The next 30 days' reminders: when, what, to whom; and how the recent ones went"),
        new(Audience.Managers, "添加休息日 2026-12-31 元旦", "add day off 2026-12-31 New Year", "提醒不在这些日子发送（可写多个日期或 2027-02-10至2027-02-16）", "Reminders skip these days (several dates or 2027-02-10~2027-02-16 may be given)"),
        new(Audience.Managers, "添加工作日 2027-01-09", "add working day 2027-01-09", "把调休上班的日子记为工作日", "Count a make-up working day as a working day"),
        new(Audience.Managers, "关闭节假日日历 / 开启节假日日历", "use weekends only / use the china calendar", "只按周末休息，或按中国法定节假日和调休", "Weekends only, or mainland China's official holidays and make-up days"),
    ];

    public static IReadOnlyList<CommandHelp> MembershipCommands { get; } =
    [
        new(Audience.Anyone, "成员单位", "member units", "列出成员单位和联络员（“成员单位 2”看下一页）", "List the member units and their contacts (\"member units page 2\" for more)"),
        new(Audience.Anyone, "我是区财政局联络员", "I am the contact for 区财政局", "申请成为本单位的联络员，经批准后生效", "Ask to be your unit's contact; it takes effect once approved"),
        new(Audience.Anyone, "我想列席", "join as observer", "申请列席（只读）", "Ask to follow along as an observer (read only)"),
        new(Audience.Managers, "待批准", "pending", "列出待批准的申请，可直接批准或拒绝", "List the requests waiting, with buttons to decide"),
        new(Audience.Managers, "批准 张三 / 拒绝 张三", "approve 张三 / reject 张三", "批准或拒绝加入申请", "Approve or reject a request to join"),
        new(Audience.Managers, "添加成员单位 区审计局", "add unit 区审计局", "添加成员单位", "Add a member unit"),
        new(Audience.Managers, "移除成员单位 区审计局", "remove unit 区审计局", "移除成员单位及其联络员（需确认）", "Remove a member unit and its contacts (asks to confirm)"),
        new(Audience.Managers, "指定 张三 为办公室 / 区财政局联络员 / 列席", "make 张三 secretariat / contact for 区财政局 / observer", "给已申请或已加入的人指定角色", "Give a role to someone who has asked to join or is a member"),
        new(Audience.Members, "退出", "leave", "退出联席会议（或撤回申请）", "Leave the joint meeting (or withdraw your request)"),
    ];

    public static IReadOnlyList<CommandHelp> HelpCommands { get; } =
    [
        new(Audience.Anyone, "帮助", "help", "列出您在这里能做的事", "List what you can do here"),
    ];

    public static IReadOnlyList<CommandHelp> ReportingCommands { get; } =
    [
        new(Audience.Managers, "发起报告 会议编号 截止 2026-06-10", "open reports for [meeting id] due 2026-06-10",
            "为会议发起报告征集（只有一个计划中的会议时可省略编号；不写则弹出卡片）", "Open a reporting round for a meeting (the id may be left out when one meeting is planned; without a deadline a card asks)"),
        new(Audience.UnitContacts, "报告：进展情况", "report: [progress]",
            "把进展记入本单位的报告草稿，自动识别任务；写“已完成”“有风险”“未启动”设置状态", "Add progress to your unit's draft; the task is recognised, and \"done\", \"at risk\", \"not started\" set the status"),
        new(Audience.UnitContacts, "报告 二.三.4：进展情况", "report 2.3.4: [progress]",
            "把进展记入指定编号的任务", "Add progress to the task with that number"),
        new(Audience.UnitContacts, "我的报告", "my report",
            "查看本单位的报告，并用卡片修改", "See your unit's report and edit it with a card"),
        new(Audience.UnitContacts, "提交报告", "submit report",
            "提交本单位的报告（截止前仍可修改）", "Submit your unit's report (editable until the deadline)"),
        new(Audience.Members, "谁还没交报告", "who has not reported",
            "各单位的提交情况和无人报告的任务", "Which units submitted, are late, have a draft or nothing, and tasks nobody reported on"),
        new(Audience.Managers, "会议简报", "brief",
            "汇编本轮报告：按任务、再按单位，标出逾期和未报告", "The compiled brief of the round: by task then unit, late and missing marked"),
    ];

    public static IReadOnlyList<CommandHelp> MeetingsCommands { get; } =
    [
        new(Audience.Anyone, "会议安排 / 2026年的会议", "meetings / meetings in 2026", "列出一年的会议，并检查是否达到每年至少召开的次数", "List a year's meetings and check the at-least-N-a-year rule"),
        new(Audience.Anyone, "下次会议什么时候？", "when is the next meeting", "下一次计划召开的会议", "The next planned meeting"),
        new(Audience.Managers, "安排会议 2026-06-18 14:30 第一次全体会议 地点：…", "schedule meeting 2026-06-18 14:30 First plenary place: …", "安排会议并通知各成员单位（只发“安排会议”会给出表单）", "Schedule a meeting and notify every unit (\"schedule meeting\" alone gives the form)"),
        new(Audience.Managers, "调整会议 2026-06-18 2026-06-20 09:00", "reschedule 2026-06-18 2026-06-20 09:00", "调整会议时间、地点或议程，并通知各成员单位", "Move a meeting or change its place or agenda; the units are told"),
        new(Audience.Managers, "取消会议 2026-06-18 原因：…", "cancel meeting 2026-06-18 because …", "取消会议（须写明原因），并通知各成员单位", "Cancel a meeting (with a reason); the units are told"),
        new(Audience.Managers, "会议已召开 2026-06-18", "mark 2026-06-18 held", "登记会议已召开", "Record that a meeting took place"),
        new(Audience.UnitContacts, "参加 / 派员参加 李四 / 请假 2026-06-18", "attend / send deputy Li Si / absent 2026-06-18", "代表本单位回复是否参会", "Answer for your unit whether it attends"),
        new(Audience.Members, "参会情况 2026-06-18", "attendance 2026-06-18", "查看各单位的参会回复", "See the units' attendance answers"),
    ];

    public static IReadOnlyList<CommandHelp> QuestionsCommands { get; } =
    [
        new(Audience.Anyone, "谁负责 实训基地", "who is responsible for training bases",
            "哪些单位牵头、负责某项工作（注明文件和任务编号）", "Which units lead and share a piece of work, with the document and task number"),
        new(Audience.Anyone, "单位职责 区财政局", "what does the finance bureau own",
            "某个单位牵头和参与的任务及目标", "The tasks a unit leads or shares, with their targets"),
        new(Audience.Anyone, "到期目标 2025", "targets due by 2025",
            "某年或某日前到期的目标", "The targets falling due in a year or by a date"),
        new(Audience.UnitContacts, "我的任务", "my tasks",
            "本单位的任务、目标和本轮报告情况", "Your unit's tasks, their targets and where this round's report stands"),
    ];

    public static IReadOnlyList<CommandHelp> SetupCommands { get; } =
    [
        new(Audience.Anyone, "政策文件", "documents", "列出我知道的政策文件及其联席会议条款", "List the policy documents I know, with their joint-meeting clauses"),
        new(Audience.Anyone, "创建联席会议 002 [编号] [名称]", "create joint meeting from 002 [as id] [name]", "用政策文件创建联席会议，您是召集人", "Create a joint meeting from a policy document; you become its convenor"),
        new(Audience.Anyone, "联席会议列表", "joint meetings", "列出所有联席会议", "List the joint meetings"),
        new(Audience.Anyone, "查找联席会议 名称中的字", "find joint meeting [words of its name]", "按名称查找联席会议", "Find a joint meeting by its name"),
        new(Audience.Anyone, "使用 编号", "use [id]", "在单聊中选择联席会议", "Choose the joint meeting of this 1:1 chat"),
        new(Audience.Managers, "绑定 编号", "bind [id]", "把本群绑定到联席会议", "Bind this group conversation to a joint meeting"),
        new(Audience.Managers, "解除绑定", "unbind", "解除本群的绑定", "Unbind this group conversation"),
    ];
    public static IReadOnlyList<CommandHelp> CorrectionsCommands { get; } =
    [
        new(Audience.Members, "任务 二.三.4", "task 2.3.4", "查看一项任务的牵头、责任单位和目标", "Show a task with its lead and responsible units and its targets"),
        new(Audience.Managers, "任务 二.三.4 牵头单位改为 区财政局", "task 2.3.4 lead 区财政局", "更正任务的牵头单位（“责任单位改为 A、B”更正责任单位）", "Correct a task's lead (\"responsible A, B\" for its responsible units)"),
        new(Audience.Managers, "任务 二.三.4 不属于本联席会议", "task 2.3.4 not for this meeting", "标记不属于本联席会议的任务：不再要求报告和提醒", "Mark a task as not this joint meeting's: no reports or reminders for it"),
        new(Audience.Managers, "单位别名 区人社局 人社局", "alias 区人社局 as 人社局", "为成员单位添加别名", "Add another name of a member unit"),
        new(Audience.Managers, "重新导入文件", "reimport the document", "按本联席会议的文件重新导入任务，保留已做的更正", "Read the tasks from this joint meeting's document again, keeping the corrections"),
        new(Audience.Managers, "合并单位 区人力资源社会保障局 到 区人社局", "merge unit 区人力资源社会保障局 into 区人社局", "把重复的两个单位合并为一个", "Merge two units that are one"),
    ];

    public static string HelpLine(Lang lang, CommandHelp command) => lang == Lang.En
        ? $"- **{command.UsageEn}**: {command.DescriptionEn}"
        : $"- **{command.UsageZh}**：{command.DescriptionZh}";

    public static string HelpJointMeeting(Lang lang, Domain.JointMeetings.JointMeeting? jm) => jm is null
        ? lang.Pick("这里还没有确定联席会议。", "No joint meeting is chosen here yet.")
        : lang.Pick($"联席会议：**{jm.Name}**（{jm.Id}）。", $"Joint meeting: **{jm.Name}** ({jm.Id}).");

    public static string HelpRequestPending(Lang lang) => lang.Pick("您的加入申请正在等待批准。", "Your request to join is waiting for approval.");

    public static string HelpNotAMember(Lang lang) => lang.Pick(
        "您还不是成员：可以提问，也可以申请成为本单位联络员。",
        "You are not a member: you can ask questions, and ask to join as your unit's contact.");

    public static string HelpYourRole(Lang lang, string role, string? unitName) => unitName is { } unit
        ? lang.Pick($"您是{unit}的{role}。", $"You are the {role} of {unit}.")
        : lang.Pick($"您是{role}。", $"You are the {role}.");

    /// <summary>The word that asks for help, as a channel sends it when the app is installed.</summary>
    public static string HelpCommand(Lang lang) => lang.Pick("帮助", "help");

    // The typed equivalents of card buttons, named in the card's text.
    public static string TypedReschedule(Lang lang, string id) => lang.Pick($"调整会议 {id} 日期 时间", $"reschedule {id} [date] [time]");

    public static string TypedCancel(Lang lang, string id) => lang.Pick($"取消会议 {id} 原因：……", $"cancel meeting {id} because …");

    public static string TypedHeld(Lang lang, string id) => lang.Pick($"会议已召开 {id}", $"mark {id} held");

    public static string TypedAttendance(Lang lang, string id) => lang.Pick($"参会情况 {id}", $"attendance {id}");

    public static string TypedAnswer(Lang lang, Domain.Meetings.Attendance attendance, string id, string? deputy) => attendance switch
    {
        Domain.Meetings.Attendance.Attend => lang.Pick($"参加 {id}", $"attend {id}"),
        Domain.Meetings.Attendance.SendDeputy => lang.Pick($"派员参加 {id} {deputy}", $"send deputy {id} {deputy}"),
        _ => lang.Pick($"请假 {id}", $"absent {id}"),
    };

    /// <summary>Between the names of a list: 、 in Chinese.</summary>
    public static string ListSeparator(Lang lang) => lang.Pick("、", ", ");
}
