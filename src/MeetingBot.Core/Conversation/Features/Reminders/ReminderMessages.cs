using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Reminders;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The messages of one reminder, from the joint meeting's state now, in its language. A reminder the state no
/// longer calls for (the unit submitted, the meeting was cancelled or moved, the round closed) has none, so a
/// dispatcher holding an old list sends nothing stale.
/// </summary>
public static class ReminderMessages
{
    /// <summary>
    /// The messages for the reminder's recipients, marked as sent late when <paramref name="late"/>; empty when it is
    /// no longer due. A unit id as recipient: that unit's approved contacts; "managers": the convenor and secretariat.
    /// </summary>
    /// <param name="languageOf">The language a recipient chats in, when known; otherwise the joint meeting's.</param>
    public static IReadOnlyList<Notification> Compose(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy, bool late,
        Func<Domain.Accounts.ChatAccount, Lang?>? languageOf = null)
    {
        var jm = snapshot.JointMeeting.Value;
        if (reminder.Key.JointMeetingId != jm.Id || !StillDue(reminder, snapshot, policy)) return [];
        var meetingLang = Languages.FromSetting(jm.State.Language);
        var day = TimeZones.LocalDate(reminder.At, jm.TimeZone);
        var texts = new Dictionary<Lang, OutgoingMessage?>();
        OutgoingMessage? In(Lang lang)
        {
            if (texts.TryGetValue(lang, out var known)) return known;
            var message = ReminderTexts.For(reminder.Key, snapshot, policy, day, lang);
            if (message is not null)
            {
                message = message with { Lang = lang };
                if (late) message = MarkLate(message, lang);
            }
            return texts[lang] = message;
        }
        if (In(meetingLang) is null) return [];
        return [.. Recipients(jm, reminder.Key.Recipient).Select(to => new Notification(to, In(languageOf?.Invoke(to) ?? meetingLang)!))];
    }

    /// <summary>The accounts a reminder goes to.</summary>
    public static IReadOnlyList<Domain.Accounts.ChatAccount> Recipients(JointMeeting jm, string recipient) =>
        jm.Contacts.Where(c => c.Status == ContactStatus.Approved && (recipient == ReminderSubjects.Managers
                ? c.Role is ContactRole.Convenor or ContactRole.Secretariat
                : c.Role == ContactRole.UnitContact && c.UnitId == recipient))
            .Select(c => c.Account)
            .ToList();

    // The text and the card both say so: Teams shows the card, and the text only in previews.
    private static OutgoingMessage MarkLate(OutgoingMessage message, Lang lang)
    {
        var marker = Replies.ReminderLateMarker(lang);
        return message with
        {
            Text = marker + message.Text,
            Card = message.Card?.Prepend(Card.Text(Replies.ReminderLateNote(lang), bold: true, attention: true)),
        };
    }

    // The schedule of the state now around the reminder's day must still hold this very key.
    private static bool StillDue(DueReminder reminder, JointMeetingSnapshot snapshot, PolicyIndex? policy)
    {
        var zone = snapshot.JointMeeting.Value.TimeZone;
        var keyStart = TimeZones.ToInstant(reminder.Key.Date.ToDateTime(TimeOnly.MinValue), zone);
        var from = (reminder.At < keyStart ? reminder.At : keyStart).AddDays(-3);
        var to = (reminder.At > keyStart ? reminder.At : keyStart).AddDays(4);
        return ReminderSchedule.Between(snapshot, policy, from, to).Any(r => r.Key == reminder.Key);
    }
}
