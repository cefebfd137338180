namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>To come: see issue 5.</summary>
public sealed class QuestionsFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly PolicyCatalog catalog = catalog;

    public IEnumerable<CommandHelp> Commands => [];

    public Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken) => Task.FromResult(false);
}
