using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// Routes a turn to a method per activity type, as the Bot Builder SDK's ActivityHandler does: override what the
/// bot handles; everything else is acknowledged and ignored, and unhandled invokes answer 501.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageAsync(turn, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turn, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turn, cancellationToken),
        ActivityTypes.MessageReaction => OnMessageReactionAsync(turn, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(turn, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Text typed by a person, or an Action.Submit from a card (then <see cref="Activity.Value"/> holds the card's data).</summary>
    protected virtual Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot itself was added to a conversation (installed in a team, a group chat, a personal scope).</summary>
    protected virtual Task OnBotAddedAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnBotRemovedAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> members, ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An Action.Execute (Universal Actions) from a card; the returned response is written as the HTTP answer.</summary>
    protected virtual Task<InvokeResponse> OnAdaptiveCardActionAsync(string? verb, JsonNode? data, ITurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented);

    protected virtual Task<InvokeResponse> OnOtherInvokeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented);

    private async Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var added = turn.Activity.MembersAdded ?? [];
        var removed = turn.Activity.MembersRemoved ?? [];
        if (added.Any(m => m.Id == botId)) await OnBotAddedAsync(turn, cancellationToken);
        if (removed.Any(m => m.Id == botId)) await OnBotRemovedAsync(turn, cancellationToken);

        var people = added.Where(m => m.Id != botId).ToList();
        if (people.Count > 0) await OnMembersAddedAsync(people, turn, cancellationToken);
        var gone = removed.Where(m => m.Id != botId).ToList();
        if (gone.Count > 0) await OnMembersRemovedAsync(gone, turn, cancellationToken);
    }

    private Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Action switch
    {
        "add" or "add-upgrade" => OnBotAddedAsync(turn, cancellationToken),
        "remove" or "remove-upgrade" => OnBotRemovedAsync(turn, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name == AdaptiveCardActionInvoke)
        {
            var action = turn.Activity.Value is JsonObject value ? value["action"] : null;
            if (action is not JsonObject || TextOf(action["type"]) != "Action.Execute")
            {
                turn.InvokeResponse = InvokeResponse.Error(400, "BadRequest", "adaptiveCard/action needs value.action of type Action.Execute");
                return;
            }

            turn.InvokeResponse = await OnAdaptiveCardActionAsync(TextOf(action["verb"]), action["data"], turn, cancellationToken);
            return;
        }

        turn.InvokeResponse = await OnOtherInvokeAsync(turn, cancellationToken);
    }

    // Card payloads come from clients: a field of the wrong JSON kind reads as absent rather than throwing.
    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
