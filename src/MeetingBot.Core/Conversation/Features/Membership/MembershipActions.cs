namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>The card actions of membership and the fields they carry (besides "action", "jm" and "lang").</summary>
public static class MembershipActions
{
    public const string Approve = "membership.approve";
    public const string Reject = "membership.reject";
    /// <summary>"待批准" on the digest of requests: the list with a button pair for each.</summary>
    public const string ShowPending = "membership.pending";
    /// <summary>The confirmation of removing a unit.</summary>
    public const string RemoveUnit = "membership.remove-unit";
    /// <summary>"Keep it" on the confirmation: nothing changes.</summary>
    public const string KeepUnit = "membership.keep-unit";
    /// <summary>Undo right after adding a unit.</summary>
    public const string UndoAddUnit = "membership.undo-add-unit";

    /// <summary>The account a request is about, as <c>ChatAccount.Key</c>.</summary>
    public const string AccountKey = "account";
    /// <summary>A member unit's id: the unit to remove, or the unit a request was for.</summary>
    public const string UnitKey = "unit";

    /// <summary>Longest value a card field of ours can carry; anything longer was not sent by the bot.</summary>
    public const int MaxFieldLength = 600;
}
