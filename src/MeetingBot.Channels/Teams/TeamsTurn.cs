using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Teams.FileConsent;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// Teams' side of one turn: replies go into the turn's conversation (threaded under the message); notifications go
/// to people's 1:1 chats in the turn lane, opened through the turn's conversation when needed, after the channel has
/// been answered.
/// </summary>
/// In a personal chat, a reply's files are also offered into the person's OneDrive (<see cref="FileConsentOffers"/>).
/// <param name="greeting">Put before the first reply (the welcome on install), or null.</param>
internal sealed class TeamsTurn(ITurnContext turn, OutgoingActivities outgoing, TeamsNotificationChannel notifications, FileConsentOffers offers, string? greeting = null) : ITurnChannel
{
    private string? _greeting = greeting;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (_greeting is { } hello)
        {
            message = message with { Text = hello + "\n\n" + message.Text };
            _greeting = null;
        }
        await turn.SendAsync(outgoing.From(message), cancellationToken);
        await offers.OfferAsync(turn, message, cancellationToken);
    }

    public Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken) =>
        notifications.DeliverAsync(notification, turn.Conversation, cancellationToken);

    public bool TryRunLater(Func<CancellationToken, Task> work) => turn.RunInBackground((_, ct) => work(ct));

    /// <summary>The used card, replaced in place through the Connector (PUT …/activities/{id}), in the turn's conversation.</summary>
    public async Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
        (await turn.UpdateAsync(messageId, outgoing.From(message), cancellationToken)).Delivered;
}
