using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>
/// People by what a manager types: their display name, or (when two share one) their account as the bot showed
/// it ("msteams:29:1abc") or its id alone. Display names are what people see, so they are matched first.
/// </summary>
public static class ContactFinder
{
    public static IReadOnlyList<Contact> Find(IEnumerable<Contact> contacts, string who)
    {
        var name = who.Trim();
        var list = contacts.ToList();
        var byName = list.Where(c => string.Equals(c.Account.DisplayName.Trim(), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count > 0) return byName;
        return list.Where(c => c.Account.Key == name || c.Account.AccountId == name).ToList();
    }
}
