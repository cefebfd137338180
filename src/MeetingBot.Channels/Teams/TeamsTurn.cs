using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// Teams' side of one turn: replies go into the turn's conversation (threaded under the message); notifications go
/// to people's 1:1 chats in the turn lane, opened through the turn's conversation when needed, after the channel has
/// been answered.
/// </summary>
/// <param name="greeting">Put before the first reply (the welcome on install), or null.</param>
internal sealed class TeamsTurn(ITurnContext turn, OutgoingActivities outgoing, TeamsNotificationChannel notifications, string? greeting = null) : ITurnChannel
{
    private string? _greeting = greeting;

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (_greeting is { } hello)
        {
            message = message with { Text = hello + "\n\n" + message.Text };
            _greeting = null;
        }
        return turn.SendAsync(outgoing.From(message), cancellationToken);
    }

    public Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken) =>
        notifications.DeliverAsync(notification, turn.Conversation, cancellationToken);

    public bool TryRunLater(Func<CancellationToken, Task> work) => turn.RunInBackground((_, ct) => work(ct));

    /// <summary>The used card, replaced in place through the Connector (PUT …/activities/{id}), in the turn's conversation.</summary>
    public async Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
        (await turn.UpdateAsync(messageId, outgoing.From(message), cancellationToken)).Delivered;
}
