namespace MeetingBot.Core.Commands;

/// <summary>
/// The commands the bot answers today, in the order help lists them. The Teams manifest's command list is checked
/// against this catalog by a test, so a client's menu never offers what the bot does not understand.
/// </summary>
public static class CommandCatalog
{
    public static readonly BotCommand Help = new(
        "帮助", "help",
        "列出我能做的事和提问示例", "List what I can do, with example questions");

    public static readonly BotCommand WhoIsResponsible = new(
        "谁负责", "who is responsible for",
        "谁负责某项工作，例如：谁负责双师型教师队伍建设", "Which units are responsible for a task, e.g. who is responsible for dual-qualified teachers");

    public static readonly BotCommand UnitDuties = new(
        "单位职责", "what does",
        "某个单位负责哪些任务，例如：区财政局负责什么", "What a unit is responsible for, e.g. what does the finance bureau own");

    public static readonly BotCommand TargetsDue = new(
        "到期目标", "targets due",
        "哪些目标在某年或某日前到期，例如：2025年底前到期的目标", "Which targets fall due by a date or in a year, e.g. targets due by 2025");

    public static IReadOnlyList<BotCommand> All { get; } = [Help, WhoIsResponsible, UnitDuties, TargetsDue];
}
