using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// Tells the convenor and secretariat, once, that a reminder did not reach some of its recipients and why. "Once"
/// is the ledger's: the report is a reminder of its own (to "managers"), claimed before it is sent.
/// </summary>
internal static partial class UndeliveredReport
{
    public const string Recipient = "managers";

    public static ReminderKey KeyFor(ReminderKey reminder) =>
        reminder with { Recipient = Recipient, Name = $"undelivered-{reminder.Recipient}-{reminder.Name}" };

    public static async Task SendAsync(IReminderLedger ledger, Notifier notifier, string owner, JointMeeting jointMeeting,
        ReminderKey reminder, OutgoingMessage original, IReadOnlyList<MissedRecipient> missed, DateTimeOffset now,
        ILogger logger, CancellationToken cancellationToken)
    {
        var claim = await ledger.TryClaimAsync(KeyFor(reminder), owner, now, cancellationToken);
        if (claim is null) return;

        var lang = Languages.FromSetting(jointMeeting.State.Language);
        var message = new OutgoingMessage(Replies.ReminderUndelivered(lang, original.Text, missed));
        var managers = jointMeeting.Contacts
            .Where(c => c is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat })
            .Select(c => c.Account).DistinctBy(a => a.Key).ToList();
        var told = 0;
        foreach (var manager in managers)
            if ((await notifier.DeliverAsync(new Notification(manager, message), cancellationToken)).Outcome == NotificationOutcome.Delivered)
                told++;

        if (told == 0) LogNobodyTold(logger, jointMeeting.Id, reminder.Id, missed.Count);
        var detail = $"told {told} of {managers.Count} managers: " + string.Join("; ", missed.Select(m => $"{m.Name} ({m.Account}): {m.Reason}"));
        await ledger.TryCompleteAsync(claim, told > 0 ? ReminderState.Sent : ReminderState.Failed, now, false, detail, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {ReminderId} of joint meeting {JointMeetingId} missed {Missed} recipient(s), and no convenor or secretariat could be told")]
    private static partial void LogNobodyTold(ILogger logger, string jointMeetingId, string reminderId, int missed);
}
