using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>
/// Reminders in chat: the coming month's reminders of the joint meeting and how the recent ones went (anyone bound
/// to it), and the calendar they follow (convenor and secretariat): days off, working days, the mainland-China
/// holiday calendar on or off. The sending itself is the dispatcher's, not a conversation's.
/// </summary>
public sealed class RemindersFeature(PolicyCatalog catalog, IReminderLedger? ledger) : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Members, "提醒计划", "reminder schedule", "未来30天的提醒：何时、提醒什么、发给谁；以及最近提醒的发送情况", "The next 30 days' reminders: when, what, to whom; and how the recent ones went"),
        new(Audience.Managers, "添加休息日 2026-12-31 元旦", "add day off 2026-12-31 New Year", "提醒不在这些日子发送（可写多个日期或 2027-02-10至2027-02-16）", "Reminders skip these days (several dates or 2027-02-10~2027-02-16 may be given)"),
        new(Audience.Managers, "添加工作日 2027-01-09", "add working day 2027-01-09", "把调休上班的日子记为工作日", "Count a make-up working day as a working day"),
        new(Audience.Managers, "关闭节假日日历 / 开启节假日日历", "use weekends only / use the china calendar", "只按周末休息，或按中国法定节假日和调休", "Weekends only, or mainland China's official holidays and make-up days"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is not null || RemindersCommands.Parse(turn.Text, turn.Today) is null) return false;
        if (!await turn.LoadAsync(cancellationToken)) { await turn.AskToChooseAsync(cancellationToken); return true; }
        // Parsed again now that the joint meeting's own time zone says what today is.
        switch (RemindersCommands.Parse(turn.Text, turn.Today))
        {
            case ShowSchedule show: await ScheduleView.ShowAsync(turn, catalog.IndexFor(turn.JointMeeting), ledger, show.Page, cancellationToken); break;
            case AddCalendarDays add: await CalendarChanges.AddDaysAsync(turn, add, cancellationToken); break;
            case UseChinaCalendar use: await CalendarChanges.UseChinaCalendarAsync(turn, use.On, cancellationToken); break;
        }
        return true;
    }
}
