using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>
/// Reminders in chat: the coming month's reminders of the joint meeting and how the recent ones went (anyone bound
/// to it), and the calendar they follow (convenor and secretariat): days off, working days, the mainland-China
/// holiday calendar on or off. The sending itself is the dispatcher's, not a conversation's.
/// </summary>
public sealed class RemindersFeature(PolicyCatalog catalog, IReminderLedger? ledger) : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands => Replies.RemindersCommands;

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
