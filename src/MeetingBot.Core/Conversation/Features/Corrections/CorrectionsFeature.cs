
namespace MeetingBot.Core.Conversation.Features.Corrections;

/// <summary>
/// The convenor corrects what the import of the policy document got wrong: a task's lead or responsible units, a
/// unit's other names, two units that are one, a task that is not this joint meeting's. Anyone in it may look at a
/// task; only the convenor and the secretariat change it (the domain refuses anyone else, with the reason).
/// </summary>
public sealed class CorrectionsFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly TaskCorrections corrections = new(catalog);

    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Members, "任务 二.三.4", "task 2.3.4", "查看一项任务的牵头、责任单位和目标", "Show a task with its lead and responsible units and its targets"),
        new(Audience.Managers, "任务 二.三.4 牵头单位改为 区财政局", "task 2.3.4 lead 区财政局", "更正任务的牵头单位（“责任单位改为 A、B”更正责任单位）", "Correct a task's lead (\"responsible A, B\" for its responsible units)"),
        new(Audience.Managers, "任务 二.三.4 不属于本联席会议", "task 2.3.4 not for this meeting", "标记不属于本联席会议的任务：不再要求报告和提醒", "Mark a task as not this joint meeting's: no reports or reminders for it"),
        new(Audience.Managers, "单位别名 区人社局 人社局", "alias 区人社局 as 人社局", "为成员单位添加别名", "Add another name of a member unit"),
        new(Audience.Managers, "重新导入文件", "reimport the document", "按本联席会议的文件重新导入任务，保留已做的更正", "Read the tasks from this joint meeting's document again, keeping the corrections"),
        new(Audience.Managers, "合并单位 区人力资源社会保障局 到 区人社局", "merge unit 区人力资源社会保障局 into 区人社局", "把重复的两个单位合并为一个", "Merge two units that are one"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is not null) return false;
        switch (CorrectionCommands.Parse(turn.Text))
        {
            case ShowTaskCommand show:
                await corrections.ShowAsync(turn, show.Number, cancellationToken);
                return true;
            case SetTaskUnitsCommand set:
                await corrections.SetUnitsAsync(turn, set, cancellationToken);
                return true;
            case NotForThisMeetingCommand not:
                await corrections.NotForThisMeetingAsync(turn, not.Number, cancellationToken);
                return true;
            case AddAliasCommand alias:
                await corrections.AddAliasAsync(turn, alias, cancellationToken);
                return true;
            case ReimportCommand:
                await corrections.ReimportAsync(turn, cancellationToken);
                return true;
            case MergeUnitsCommand merge:
                await corrections.MergeAsync(turn, merge, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
