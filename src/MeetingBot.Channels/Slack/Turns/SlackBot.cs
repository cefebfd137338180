using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Slack.Turns;

/// <summary>
/// Slack in front of the one conversation: maps what arrived (a message, a pressed button, a slash command, a
/// submitted modal) to a <see cref="ChatMessage"/> and runs it through <see cref="ConversationHandler.RunAsync"/>
/// with a <see cref="SlackTurn"/>. Interactive turns get until <see cref="AckBudget"/> after their arrival to finish
/// (so a form can open as a modal with the fresh trigger); past it Slack is answered and the turn continues.
/// </summary>
public sealed class SlackBot(
    ConversationHandler conversation,
    SlackSender sender,
    SlackNotificationChannel notifications,
    BackgroundWork background,
    SlackPeople people,
    SlackDirectMessages directMessages,
    SlackApiClient api,
    TimeProvider time)
{
    /// <summary>Slack waits 3 s for an answer and a trigger_id lives 3 s: leave room for the network.</summary>
    public static readonly TimeSpan AckBudget = TimeSpan.FromMilliseconds(2500);

    public async Task<ChatMessage> MessageAsync(string team, string user, string channel, string text, CardSubmission? value, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(user, cancellationToken);
        if (SlackIds.IsDirect(channel)) await directMessages.RememberAsync(team, user, channel, cancellationToken);
        return new ChatMessage(SlackIds.Account(team, user, person.Name), SlackIds.Conversation(team, channel), text, value, person.Locale);
    }

    /// <summary>A message or mention from the Events API (with the files shared in it, if any), after Slack has been acknowledged.</summary>
    public async Task OnMessageAsync(string team, string user, string channel, string text, string? threadTs, CancellationToken cancellationToken,
        IReadOnlyList<ChatAttachment>? files = null)
    {
        var message = await MessageAsync(team, user, channel, text, null, cancellationToken) with { Attachments = files is { Count: > 0 } ? files : null };
        await conversation.RunAsync(message, new SlackTurn(new SlackTarget(channel, threadTs), sender, notifications, background), cancellationToken);
    }

    /// <summary>An interaction that may open a modal: runs until done or until the acknowledgement is due.</summary>
    public async Task RunInteractiveAsync(ChatMessage message, SlackTarget target, string? triggerId, DateTimeOffset receivedAt)
    {
        var opener = string.IsNullOrEmpty(triggerId) ? null : new SlackModalOpener(api, triggerId, receivedAt + AckBudget, time);
        // On the thread pool: a turn's first, synchronous part (loading a policy index) must not hold up the acknowledgement.
        var turn = Task.Run(() => conversation.RunAsync(message, new SlackTurn(target, sender, notifications, background, opener), CancellationToken.None));
        var left = receivedAt + AckBudget - time.GetUtcNow();
        if (left > TimeSpan.Zero) await Task.WhenAny(turn, Task.Delay(left, time));
        if (!turn.IsCompleted) background.Adopt(target.Channel, turn);
        else await turn;
    }

    /// <summary>A turn whose replies the caller collects (a modal's submission), with notifications after the answer.</summary>
    public Task RunCollectingAsync(ChatMessage message, ITurnChannel channel) => Task.Run(() => conversation.RunAsync(message, channel, CancellationToken.None));

    public SlackTurn TurnFor(SlackTarget target) => new(target, sender, notifications, background);
}
