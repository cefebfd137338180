using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Audit;

namespace MeetingBot.Core.Domain.Persistence;

/// <summary>
/// That a card action was done, stored with the change it made (see <see cref="ChangeSet.Once"/>): a second press of
/// the same button finds it and is answered with what was done, changing nothing. <see cref="Done"/> is the audit
/// entry of what the action changed first.
/// </summary>
public sealed record ActionReceipt(string ActionId, ChatAccount By, DateTimeOffset At, AuditEntry Done)
{
    public const int MaxIdLength = 64;

    /// <summary>Ids are made by the bot (<c>CardActions.NewActionId</c>); anything else in a card is not one of ours.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
