using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Telemetry;

namespace MeetingBot.Channels.BotFramework.Mapping;

/// <summary>
/// The bot behind /api/messages: a thin adapter that hands each Teams message to the channel-neutral
/// conversation and sends its answer back. Replies go into the turn's conversation at once; notifications to
/// other people go to their 1:1 chats after the turn has been answered, and the sender is told in one line
/// whom they could not reach.
/// </summary>
public sealed class ConversationBot(
    ConversationHandler conversation,
    OutgoingActivities outgoing,
    NotificationDelivery notifications,
    KnownPeople people,
    TimeProvider time) : ActivityHandler
{
    // Teams announces one install twice (conversationUpdate and installationUpdate): welcome once.
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new();

    protected override async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        using var telemetry = MeetingBotTelemetry.StartTurn(turn.Activity.ChannelId ?? "msteams");
        people.Remember(turn.Activity.ChannelId, turn.Activity.From, turn.Conversation);
        var message = TeamsMessages.From(turn);
        var reply = await conversation.HandleAsync(message, cancellationToken);
        foreach (var sent in reply.Messages)
            await turn.SendAsync(outgoing.From(sent), cancellationToken);
        if (reply.Notifications.Count == 0) return;

        var lang = Languages.Detect(message.Text, message.Locale, CardActions.String(message.Value, CardActions.LanguageKey));
        var pending = reply.Notifications.ToList();
        // Paced sends and 1:1s to open can take longer than the channel waits; with the queue full, do it now.
        if (!turn.RunInBackground((later, ct) => NotifyAsync(later, pending, lang, ct)))
            await NotifyAsync(turn, pending, lang, cancellationToken);
    }

    protected override async Task OnBotAddedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // An upgrade of an installed app is no news to the people there.
        if (turn.Activity.Action == "add-upgrade" || !FirstWelcome(turn)) return;
        people.Remember(turn.Activity.ChannelId, turn.Activity.From, turn.Conversation);
        var lang = turn.Activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Lang.En : Lang.Zh;
        var reply = await conversation.HandleAsync(TeamsMessages.From(turn, lang.Pick("帮助", "help")), cancellationToken);
        for (var i = 0; i < reply.Messages.Count; i++)
        {
            var message = reply.Messages[i];
            if (i == 0) message = message with { Text = AdapterTexts.Greeting(lang) + "\n\n" + message.Text };
            await turn.SendAsync(outgoing.From(message), cancellationToken);
        }
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var member in members) people.Remember(turn.Activity.ChannelId, member, turn.Conversation);
        return Task.CompletedTask;
    }

    private async Task NotifyAsync(ITurnContext turn, IReadOnlyList<Notification> pending, Lang lang, CancellationToken cancellationToken)
    {
        var unreached = await notifications.DeliverAsync(turn.Conversation, pending, cancellationToken);
        if (unreached.Count > 0)
            await turn.SendTextAsync(AdapterTexts.Unreachable(lang, unreached.Select(p => p.DisplayName)), cancellationToken);
    }

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
