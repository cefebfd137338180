using Microsoft.Extensions.Hosting;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>Before the first activity: knows every stored conversation, so proactive sends after a restart are trusted.</summary>
internal sealed class ConversationReferencesStartup(ConversationReferences conversations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => conversations.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
