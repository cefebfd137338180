using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>
/// Asking to join (as a unit's contact or an observer) and the convenor's and secretariat's decision on it, by
/// card or by typing a name. Who may decide is the domain's rule; here a stale card is told apart from a forged one.
/// </summary>
internal sealed class JoinRequests(PolicyCatalog catalog)
{
    public async Task JoinAsync(ConversationTurn turn, JoinCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        string? unitId = null;
        if (command.Role == ContactRole.UnitContact)
        {
            if (command.Unit is null)
            {
                turn.Say(Replies.WhichUnit(turn.Lang, jm));
                return;
            }
            var search = UnitFinder.Find(jm, catalog, command.Unit);
            if (search.Found is null)
            {
                turn.Say(search.Candidates.Count > 1 ? Replies.UnitAmbiguous(turn.Lang, command.Unit, search.Candidates) : Replies.UnitNotFound(turn.Lang, command.Unit, jm));
                return;
            }
            unitId = search.Found.Id;
        }

        // The same request again changes nothing and tells the managers nothing new; outsiders' requests are bounded.
        var previous = jm.FindContact(turn.From);
        var again = previous is { Status: ContactStatus.Pending } p && p.UnitId == unitId && p.Role == command.Role;
        if (!again && previous is not { Status: ContactStatus.Approved } && JoinLimits.Check(jm.Contacts, previous, turn.Now) is { } limit)
        {
            turn.Say(Replies.JoinLimited(turn.Lang, jm, limit));
            return;
        }

        var request = await turn.ChangeJointMeetingAsync(j => j.RequestBinding(turn.From, unitId, command.Role, turn.Now), cancellationToken);
        var now = turn.JointMeeting!;
        var anyone = now.Contacts.Any(c => c is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat });
        turn.Say(Replies.JoinRequested(turn.Lang, now, request.Role, request.UnitId, anyone));
        if (!again) TellManagers(turn, now, request);
    }

    // A card each for the first few requests waiting; past that, a digest at a few counts rather than a card per request.
    // Each manager reads it in their own language.
    private static void TellManagers(ConversationTurn turn, JointMeeting jm, Contact request)
    {
        var waiting = jm.Contacts.Count(c => c.Status == ContactStatus.Pending);
        if (waiting <= JoinLimits.CardsBeforeDigest)
            turn.NotifyManagers(lang => Replies.ApprovalRequest(lang, jm, request));
        else if (JoinLimits.IsDigestPoint(waiting))
            turn.NotifyManagers(lang => Replies.JoinRequestsDigest(lang, jm, waiting));
    }

    public async Task PendingAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("approve contacts");
        turn.Send(Replies.PendingList(turn.Lang, jm));
    }

    /// <summary>"批准 张三": the name among the requests waiting; two of one name are told apart by account.</summary>
    public async Task DecideTypedAsync(ConversationTurn turn, DecideCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        // Who is waiting is the managers' business: others are refused before any name is looked up.
        turn.Me.RequireManager(command.Approve ? "approve contacts" : "reject contacts");
        var waiting = ContactFinder.Find(jm.Contacts.Where(c => c.Status == ContactStatus.Pending), command.Who);
        if (waiting.Count == 0)
        {
            var known = ContactFinder.Find(jm.Contacts, command.Who);
            turn.Say(known.Count == 1 ? Replies.AlreadyMember(turn.Lang, jm, known[0]) : Replies.NoPendingNamed(turn.Lang, command.Who, jm));
            return;
        }
        if (waiting.Count > 1)
        {
            turn.Say(Replies.SameName(turn.Lang, jm, command.Who, waiting, command.Approve ? Replies.SameNameVerb.Approve : Replies.SameNameVerb.Reject));
            return;
        }
        await DecideAsync(turn, waiting[0].Account, command.Approve, cancellationToken);
    }

    /// <summary>批准 / 拒绝 on an approval card: the account and the unit it was asked for ride in the card's data.</summary>
    public async Task DecidePressedAsync(ConversationTurn turn, bool approve, CancellationToken cancellationToken)
    {
        var key = turn.CardField(MembershipActions.AccountKey, out var badKey);
        var unitId = turn.CardField(MembershipActions.UnitKey, out var badUnit);
        if (badKey || badUnit || key is null || AccountOf(key) is not { } typedAccount)
        {
            turn.Say(Replies.BadCardData(turn.Lang));
            return;
        }
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        var contact = jm.Contacts.FirstOrDefault(c => c.Account.Key == key);

        // A manager's out-of-date card is explained. Anything else (a stranger pressing, an account that is not
        // waiting) is the domain's to refuse.
        if (turn.Me.IsManager)
        {
            if (contact is { Status: ContactStatus.Approved })
            {
                turn.Say(Replies.AlreadyDecided(turn.Lang, jm, contact));
                return;
            }
            if (contact is null && unitId is not null && jm.Units.All(u => u.Id != unitId))
            {
                turn.Say(Replies.RequestUnitRemoved(turn.Lang));
                return;
            }
            if (contact is { Status: ContactStatus.Pending } && contact.UnitId != unitId)
            {
                turn.Say(Replies.RequestChanged(turn.Lang, jm, contact));
                return;
            }
        }
        await DecideAsync(turn, contact?.Account ?? typedAccount, approve, cancellationToken);
        // The approval card as it was asked, without its buttons, saying what was decided.
        if (contact is { Status: ContactStatus.Pending })
        {
            var who = contact.Account.DisplayName;
            turn.ReplacePressedCard(Replies.JoinRequestQuote(turn.Lang, who), Replies.ApprovalRequest(turn.Lang, jm, contact).Card!,
                approve ? Replies.ApprovedDone(turn.Lang, who) : Replies.RejectedDone(turn.Lang, who));
        }
    }

    private static async Task DecideAsync(ConversationTurn turn, ChatAccount account, bool approve, CancellationToken cancellationToken)
    {
        if (approve)
        {
            var approved = await turn.ChangeJointMeetingAsync(jm => jm.Approve(turn.From, account, turn.Now), cancellationToken);
            turn.Say(Replies.Approved(turn.Lang, turn.JointMeeting!, approved));
            turn.Notify(account, lang => Replies.YouWereApproved(lang, turn.JointMeeting!, approved));
        }
        else
        {
            await turn.ChangeJointMeetingAsync(jm => { jm.Reject(turn.From, account, turn.Now); return true; }, cancellationToken);
            turn.Say(Replies.Rejected(turn.Lang, account));
            turn.Notify(account, lang => Replies.YouWereRejected(lang, turn.JointMeeting!));
        }
    }

    // "msteams:id-张三" → the account; a key that names none is no account of ours.
    private static ChatAccount? AccountOf(string key)
    {
        var colon = key.IndexOf(':');
        return colon > 0 && colon < key.Length - 1 ? new ChatAccount(key[..colon], key[(colon + 1)..], key[(colon + 1)..]) : null;
    }
}
