using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.Teams.FileConsent;
using MeetingBot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// The bot behind /api/messages: maps each Teams activity to the channel-neutral conversation and lets
/// <see cref="ConversationHandler.RunAsync"/> run the turn through <see cref="TeamsTurn"/>. Installing the app
/// welcomes the conversation with its help, once.
/// </summary>
public sealed class TeamsBot(
    ConversationHandler conversation,
    OutgoingActivities outgoing,
    TeamsNotificationChannel notifications,
    KnownPeople people,
    TeamsAttachments attachments,
    FileConsentOffers offers,
    FileConsentInvoke consent,
    TimeProvider time,
    IOptions<BotFrameworkOptions> options) : ActivityHandler
{
    // Teams announces one install twice (conversationUpdate and installationUpdate): welcome once.
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new();

    protected override async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await people.RememberAsync(turn.Activity.ChannelId, turn.Activity.From, turn.Conversation, cancellationToken);
        await conversation.RunAsync(TeamsMessages.From(turn, options.Value.MicrosoftAppTenantId, files: attachments.Of(turn.Activity)), new TeamsTurn(turn, outgoing, notifications, offers), cancellationToken);
    }

    protected override async Task OnBotAddedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // An upgrade of an installed app is no news to the people there.
        if (turn.Activity.Action == "add-upgrade" || !FirstWelcome(turn)) return;
        await people.RememberAsync(turn.Activity.ChannelId, turn.Activity.From, turn.Conversation, cancellationToken);
        var lang = turn.Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Lang.En : Lang.Zh;
        var help = TeamsMessages.From(turn, options.Value.MicrosoftAppTenantId, Replies.HelpCommand(lang));
        await conversation.RunAsync(help, new TeamsTurn(turn, outgoing, notifications, offers, Replies.Greeting(lang)), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var member in members) await people.RememberAsync(turn.Activity.ChannelId, member, turn.Conversation, cancellationToken);
    }

    /// <summary>The answer to a file consent card (<see cref="FileConsentInvoke"/>); other invokes are not ours.</summary>
    protected override Task<InvokeResponse> OnOtherInvokeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Name == FileConsentInvoke.Name ? consent.HandleAsync(turn, cancellationToken) : Task.FromResult(InvokeResponse.NotImplemented);

    private bool FirstWelcome(ITurnContext turn)
    {
        var now = time.GetUtcNow();
        if (_welcomed.Count > 1_000)
            foreach (var (key, at) in _welcomed)
                if (now - at > WelcomeWindow) _welcomed.TryRemove(key, out _);
        var id = $"{turn.Conversation.ChannelId}|{turn.Conversation.ConversationId}";
        var first = true;
        _welcomed.AddOrUpdate(id, now, (_, at) =>
        {
            first = now - at > WelcomeWindow;
            return first ? now : at;
        });
        return first;
    }
}
