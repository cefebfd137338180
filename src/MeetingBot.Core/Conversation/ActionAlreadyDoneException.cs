using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// A button whose action is done already was pressed again: the turn is answered with what was done, and nothing
/// of it is changed or sent to anyone again.
/// </summary>
public sealed class ActionAlreadyDoneException(ActionReceipt receipt)
    : Exception($"Action {receipt.ActionId} was done at {receipt.At:O} ({receipt.Done.Action} {receipt.Done.Subject}).")
{
    public ActionReceipt Receipt { get; } = receipt;
}
