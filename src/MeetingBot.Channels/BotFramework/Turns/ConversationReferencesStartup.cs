using Microsoft.Extensions.Hosting;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// Before the first activity: conversations stored before lookups existed get theirs (once per store), so every
/// instance finds them. Nothing is loaded into memory: conversations are looked up in the store when needed.
/// </summary>
internal sealed class ConversationReferencesStartup(ConversationReferences conversations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => conversations.BackfillLookupsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
