using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>Listing, adding and removing member units. Removing drops the unit's contacts, so it is confirmed first.</summary>
internal sealed class UnitsManagement(PolicyCatalog catalog)
{
    public async Task ListAsync(ConversationTurn turn, int page, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Say(Replies.UnitList(turn.Lang, jm, page, turn.Me));
    }

    public async Task AddAsync(ConversationTurn turn, string name, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is null) return;
        // "区审计局、区统计局" would become one unit of that name.
        if (name.IndexOfAny(['、', '，', ',', '；', ';']) >= 0)
        {
            turn.Say(Replies.OneUnitAtATime(turn.Lang));
            return;
        }
        var unit = await turn.ChangeJointMeetingAsync(jm => jm.AddUnit(turn.From, name, [], turn.Now), cancellationToken);
        turn.Send(Replies.UnitAdded(turn.Lang, turn.JointMeeting!, unit));
    }

    /// <summary>Typed: asks to confirm, unless this is the typed confirmation.</summary>
    public async Task RemoveAsync(ConversationTurn turn, string name, bool confirmed, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        // Said early, before any name is looked up; the domain checks again when removing.
        turn.Me.RequireManager("remove member units");
        var search = UnitFinder.Find(jm, catalog, name);
        if (search.Found is not { } unit)
        {
            turn.Say(search.Candidates.Count > 1 ? Replies.UnitAmbiguous(turn.Lang, name, search.Candidates) : Replies.UnitNotFound(turn.Lang, name, jm));
            return;
        }
        if (confirmed) await RemoveUnitAsync(turn, unit.Id, cancellationToken);
        else turn.Send(Replies.ConfirmRemoveUnit(turn.Lang, jm, unit));
    }

    /// <summary>The buttons: remove (confirmed), keep, and undo right after adding.</summary>
    public async Task PressedAsync(ConversationTurn turn, string action, CancellationToken cancellationToken)
    {
        var unitId = turn.CardField(MembershipActions.UnitKey, out var bad);
        if (bad || unitId is null)
        {
            turn.Say(Replies.BadCardData(turn.Lang));
            return;
        }
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        var unit = jm.Units.FirstOrDefault(u => u.Id == unitId);
        if (action == MembershipActions.KeepUnit)
        {
            turn.Say(unit is null ? Replies.UnitAlreadyRemoved(turn.Lang) : Replies.UnitKept(turn.Lang, unit.Name));
            return;
        }
        // A stale card of a manager is explained; anyone else's press goes to the domain, which refuses it.
        if (unit is null && turn.Me.IsManager)
        {
            turn.Say(Replies.UnitAlreadyRemoved(turn.Lang));
            return;
        }
        // Undo is cheap only while nobody has joined for the unit; otherwise it is a removal like any other.
        if (action == MembershipActions.UndoAddUnit && unit is not null && jm.Contacts.Any(c => c.UnitId == unit.Id))
        {
            turn.Me.RequireManager("remove member units");
            turn.Send(Replies.ConfirmRemoveUnit(turn.Lang, jm, unit));
            return;
        }
        await RemoveUnitAsync(turn, unitId, cancellationToken);
    }

    private static async Task RemoveUnitAsync(ConversationTurn turn, string unitId, CancellationToken cancellationToken)
    {
        // Read inside the change: on a conflict it runs again on what someone else saved.
        var (name, contacts) = await turn.ChangeJointMeetingAsync(jm =>
        {
            var removed = (jm.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId, jm.Contacts.Where(c => c.UnitId == unitId).ToList());
            jm.RemoveUnit(turn.From, unitId, turn.Now);
            return removed;
        }, cancellationToken);
        turn.Say(Replies.UnitRemoved(turn.Lang, name, contacts.Count));
        foreach (var contact in contacts.Where(c => c.Status == ContactStatus.Approved && !c.Account.SameAs(turn.From)))
            turn.Notify(contact.Account, lang => new OutgoingMessage(Replies.YourUnitWasRemoved(lang, turn.JointMeeting!, name)));
    }
}
