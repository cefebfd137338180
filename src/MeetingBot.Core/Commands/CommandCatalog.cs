namespace MeetingBot.Core.Commands;

/// <summary>
/// The conversation's main commands, in the order a client's command menu lists them (the Teams manifest's command
/// lists are checked against this catalog by a test). A menu inserts the Chinese word; the person completes it
/// ("单位职责 区财政局") and the conversation reads it like typed text. Help itself lists, by role, what the
/// conversation's features say they understand.
/// </summary>
public static class CommandCatalog
{
    public static readonly BotCommand Help = new(
        "帮助", "help",
        "列出您在这里能做的事", "List what you can do here");

    public static readonly BotCommand WhoIsResponsible = new(
        "谁负责", "who is responsible for",
        "某项工作由哪些单位负责，例如：谁负责双师型教师队伍建设", "Which units are responsible for a task, e.g. who is responsible for dual-qualified teachers");

    public static readonly BotCommand UnitDuties = new(
        "单位职责", "what does",
        "某个单位负责哪些任务，例如：单位职责 区财政局", "What a unit is responsible for, e.g. what does the finance bureau own");

    public static readonly BotCommand TargetsDue = new(
        "到期目标", "targets due",
        "哪些目标在某年或某日前到期，例如：到期目标 2025年底", "Which targets fall due by a date or in a year, e.g. targets due by 2025");

    public static readonly BotCommand MyTasks = new(
        "我的任务", "my tasks",
        "本单位牵头或参与的任务和目标", "The tasks and targets your unit leads or shares");

    public static readonly BotCommand NextMeeting = new(
        "下次会议", "next meeting",
        "下一次会议的时间、地点和议程", "When and where the next meeting is, with its agenda");

    public static readonly BotCommand ScheduleMeeting = new(
        "安排会议", "schedule meeting",
        "召集人或办公室安排会议，例如：安排会议 2026-06-18 14:30 第一次全体会议", "Convenor or secretariat: schedule a meeting, e.g. schedule meeting 2026-06-18 14:30 first plenary");

    public static readonly BotCommand Report = new(
        "报告", "report",
        "联络员报送本单位进度，例如：报告：今年新增双师型教师23名", "Unit contacts: report your unit's progress, e.g. report: 23 new dual-qualified teachers this year");

    public static readonly BotCommand WhoHasNotReported = new(
        "谁还没交报告", "who has not reported",
        "本轮还没有报送进度的单位", "The units that have not reported in the open round");

    public static readonly BotCommand JoinAsContact = new(
        "我是…联络员", "I am the contact for",
        "申请成为某单位的联络员，例如：我是区财政局联络员", "Ask to become a unit's contact, e.g. I am the contact for 区财政局");

    public static IReadOnlyList<BotCommand> All { get; } =
        [Help, WhoIsResponsible, UnitDuties, TargetsDue, MyTasks, NextMeeting, ScheduleMeeting, Report, WhoHasNotReported, JoinAsContact];
}
