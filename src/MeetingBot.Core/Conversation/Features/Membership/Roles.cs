using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>Giving a role to someone the joint meeting knows, and leaving it oneself.</summary>
internal sealed class Roles(PolicyCatalog catalog)
{
    public async Task AssignAsync(ConversationTurn turn, AssignRoleCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        // Who is in the joint meeting is for its managers; the domain decides which role each of them may give.
        turn.Me.RequireManager("assign roles");
        var people = ContactFinder.Find(jm.Contacts, command.Who);
        if (people.Count == 0)
        {
            turn.Say(Replies.UnknownPerson(turn.Lang, jm, command.Who));
            return;
        }
        if (people.Count > 1)
        {
            turn.Say(Replies.SameName(turn.Lang, jm, command.Who, people, Replies.SameNameVerb.Assign));
            return;
        }
        string? unitId = null;
        if (command.Role == ContactRole.UnitContact)
        {
            var search = UnitFinder.Find(jm, catalog, command.Unit ?? "");
            if (search.Found is null)
            {
                turn.Say(search.Candidates.Count > 1 ? Replies.UnitAmbiguous(turn.Lang, command.Unit ?? "", search.Candidates) : Replies.UnitNotFound(turn.Lang, command.Unit ?? "", jm));
                return;
            }
            unitId = search.Found.Id;
        }

        var account = people[0].Account;
        var contact = await turn.ChangeJointMeetingAsync(j => j.AssignRole(turn.From, account, command.Role, unitId, turn.Now), cancellationToken);
        turn.Say(Replies.RoleAssigned(turn.Lang, turn.JointMeeting!, contact));
        if (!account.SameAs(turn.From))
            turn.Notify(account, lang => Replies.YourRoleChanged(lang, turn.JointMeeting!, contact, turn.From));
    }

    /// <summary>"退出": one's own binding (or request) goes. The last manager is asked to confirm: nobody could approve after.</summary>
    public async Task LeaveAsync(ConversationTurn turn, bool confirmed, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        if (jm.FindContact(turn.From) is not { } mine)
        {
            turn.Say(Replies.NotAContact(turn.Lang, jm));
            return;
        }
        var otherManagers = jm.Contacts.Count(c => c is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat } && !c.Account.SameAs(turn.From));
        if (!confirmed && turn.Me.IsManager && otherManagers == 0)
        {
            turn.Say(Replies.LastManagerLeaving(turn.Lang, jm));
            return;
        }

        await turn.ChangeJointMeetingAsync(j => { j.RemoveContact(turn.From, turn.From, turn.Now); return true; }, cancellationToken);
        if (mine.Status == ContactStatus.Pending)
        {
            turn.Say(Replies.RequestWithdrawn(turn.Lang, turn.JointMeeting!));
            return;
        }
        turn.Say(Replies.Left(turn.Lang, turn.JointMeeting!, mine));
        turn.NotifyManagers(lang => Replies.ContactLeft(lang, turn.JointMeeting!, mine));
    }
}
