using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The conversation every channel calls. <see cref="RunAsync"/> runs a whole turn through a channel (see
/// ConversationHandler.Runner.cs); <see cref="HandleAsync"/> is its first half: it offers a message to the features
/// in order and turns what the domain refused into a plain answer. A refusal of the domain, a conflict that kept
/// recurring or a store that is down leaves nothing half done: the whole reply becomes the explanation.
/// </summary>
public sealed partial class ConversationHandler(
    IEnumerable<IConversationFeature> features,
    IJointMeetingStore store,
    JointMeetingDirectory directory,
    ICardBudget cardBudget,
    TimeProvider time,
    ILogger<ConversationHandler>? log = null,
    People.IPersonLanguages? people = null)
{
    private readonly IReadOnlyList<IConversationFeature> features = features.ToList();
    private readonly ILogger log = log ?? NullLogger<ConversationHandler>.Instance;

    public IReadOnlyList<IConversationFeature> Features => features;

    public async Task<BotReply> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        if (people is not null && Languages.Signal(message) is { } spoken) await people.RememberAsync(message.From, spoken, cancellationToken);
        var turn = new ConversationTurn(message, time.GetUtcNow(), store, directory, cardBudget, people);
        try
        {
            foreach (var feature in features)
                if (await feature.TryHandleAsync(turn, cancellationToken))
                {
                    MeetingBotTelemetry.TurnHandled(FeatureName(feature), turn.JointMeeting?.Id, "answered");
                    turn.Reply.QuotePressedCard();
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
        catch (ActionAlreadyDoneException done)
        {
            MeetingBotTelemetry.TurnHandled(null, turn.JointMeeting?.Id, "already_done");
            turn.Reply.Clear();
            turn.Say(Replies.AlreadyDone(turn.Lang, done.Receipt, turn.JointMeeting?.TimeZone ?? TimeZones.Find(Domain.JointMeetings.JointMeetingSettings.DefaultTimeZoneId)));
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
        finally
        {
            turn.Reply.JointMeetingId = turn.JointMeeting?.Id;
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
