namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>To come: see issue 5.</summary>
public sealed class ReportingFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly PolicyCatalog catalog = catalog;

    public IEnumerable<CommandHelp> Commands => [];

    public Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken) => Task.FromResult(false);
}
