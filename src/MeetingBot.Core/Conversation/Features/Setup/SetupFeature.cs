namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>To come: see issue 5.</summary>
public sealed class SetupFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly PolicyCatalog catalog = catalog;

    public IEnumerable<CommandHelp> Commands => [];

    public Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken) => Task.FromResult(false);
}
