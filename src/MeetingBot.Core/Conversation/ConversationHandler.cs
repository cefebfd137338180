using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Telemetry;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The turn handler every channel calls: offers a message to the features in order, and turns what went wrong
/// into a plain answer. A refusal of the domain, a conflict that kept recurring or a store that is down leaves
/// nothing half done: the whole reply becomes the explanation.
/// </summary>
public sealed class ConversationHandler(IEnumerable<IConversationFeature> features, IJointMeetingStore store, JointMeetingDirectory directory, TimeProvider time)
{
    private readonly IReadOnlyList<IConversationFeature> features = features.ToList();

    public IReadOnlyList<IConversationFeature> Features => features;

    public async Task<BotReply> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var turn = new ConversationTurn(message, time.GetUtcNow(), store, directory);
        try
        {
            foreach (var feature in features)
                if (await feature.TryHandleAsync(turn, cancellationToken))
                {
                    MeetingBotTelemetry.TurnHandled(FeatureName(feature), turn.JointMeeting?.Id, "answered");
                    return await ContinueAsync(turn, cancellationToken);
                }
            MeetingBotTelemetry.TurnHandled(null, turn.JointMeeting?.Id, "not_understood");
            turn.Reply.Clear();
            turn.Say(turn.CardAction is null ? Replies.NotUnderstood(turn.Lang, message.Text) : Replies.UnknownCardAction(turn.Lang));
        }
        catch (DomainException refused)
        {
            MeetingBotTelemetry.TurnRefused(turn.JointMeeting?.Id, refused.Error);
            turn.Reply.Clear();
            turn.Say(Replies.Refusal(turn.Lang, refused));
        }
        catch (StoreConflictException)
        {
            MeetingBotTelemetry.TurnHandled(null, turn.JointMeeting?.Id, "conflict");
            turn.Reply.Clear();
            turn.Say(Replies.KeptConflicting(turn.Lang));
        }
        catch (StoreLimitException)
        {
            MeetingBotTelemetry.TurnHandled(null, turn.JointMeeting?.Id, "too_large");
            turn.Reply.Clear();
            turn.Say(Replies.TooLarge(turn.Lang));
        }
        catch (StoreUnavailableException)
        {
            MeetingBotTelemetry.TurnHandled(null, turn.JointMeeting?.Id, "store_unavailable");
            turn.Reply.Clear();
            turn.Say(Replies.StoreUnavailable(turn.Lang));
        }
        return turn.Reply;
    }

    // "QuestionsFeature" → "questions": the feature as a metric tag.
    private static string FeatureName(IConversationFeature feature)
    {
        var name = feature.GetType().Name;
        return (name.EndsWith("Feature", StringComparison.Ordinal) ? name[..^"Feature".Length] : name).ToLowerInvariant();
    }

    // Once a joint meeting is chosen, what the person said before choosing is answered in the same reply. The
    // continuation is typed text, carrying no card data, so it cannot chain further.
    private async Task<BotReply> ContinueAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Continuation is not { } text) return turn.Reply;
        var next = await HandleAsync(turn.Message with { Text = text, Value = null }, cancellationToken);
        foreach (var message in next.Messages) turn.Reply.Add(message);
        foreach (var notification in next.Notifications) turn.Reply.Notify(notification.To, notification.Message);
        return turn.Reply;
    }
}
