
namespace MeetingBot.Core.Conversation.Features.Corrections;

/// <summary>
/// The convenor corrects what the import of the policy document got wrong: a task's lead or responsible units, a
/// unit's other names, two units that are one, a task that is not this joint meeting's. Anyone in it may look at a
/// task; only the convenor and the secretariat change it (the domain refuses anyone else, with the reason).
/// </summary>
public sealed class CorrectionsFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly TaskCorrections corrections = new(catalog);

    public IEnumerable<CommandHelp> Commands => Replies.CorrectionsCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is not null) return false;
        switch (CorrectionCommands.Parse(turn.Text))
        {
            case ShowTaskCommand show:
                await corrections.ShowAsync(turn, show.Number, cancellationToken);
                return true;
            case SetTaskUnitsCommand set:
                await corrections.SetUnitsAsync(turn, set, cancellationToken);
                return true;
            case NotForThisMeetingCommand not:
                await corrections.NotForThisMeetingAsync(turn, not.Number, cancellationToken);
                return true;
            case AddAliasCommand alias:
                await corrections.AddAliasAsync(turn, alias, cancellationToken);
                return true;
            case ReimportCommand:
                await corrections.ReimportAsync(turn, cancellationToken);
                return true;
            case MergeUnitsCommand merge:
                await corrections.MergeAsync(turn, merge, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
