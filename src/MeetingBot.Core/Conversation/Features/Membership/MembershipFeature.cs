namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>To come: see issue 5.</summary>
public sealed class MembershipFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly PolicyCatalog catalog = catalog;

    public IEnumerable<CommandHelp> Commands => [];

    public Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken) => Task.FromResult(false);
}
