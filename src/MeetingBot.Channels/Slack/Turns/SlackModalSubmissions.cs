using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Slack.Turns;

/// <summary>
/// A submitted modal (view_submission): the form's values run through the conversation like a pressed card, and
/// its answer decides what the modal does. The same form back (the conversation refused a value) keeps the modal
/// open with the reason under the field at fault (<c>response_action: errors</c>); another form (the next page of
/// a report) replaces it (<c>update</c>); anything else closes it and goes to the conversation the form came from.
/// </summary>
public sealed class SlackModalSubmissions(SlackBot bot, BackgroundWork background, TimeProvider time)
{
    public const int MaxErrorText = 1000;

    /// <summary>The answer to Slack: a response_action, or null to close the modal.</summary>
    public async Task<JsonObject?> HandleAsync(string team, string user, JsonObject view, DateTimeOffset receivedAt)
    {
        if (SlackModals.ReadMetadata(SlackEvents.Text(view["private_metadata"])) is not { } origin) return null;
        var values = view["state"]?["values"];
        var submission = SlackSubmissions.Read(origin.Submit, values);
        var message = await bot.MessageAsync(team, user, origin.Target.Channel, "", submission, CancellationToken.None);
        var viewInputs = (view["blocks"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(b => SlackEvents.Text(b["type"]) == "input").Select(b => SlackEvents.Text(b["block_id"])).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var collecting = new CollectingTurn(bot.TurnFor(origin.Target));
        var run = bot.RunCollectingAsync(message, collecting);
        var left = receivedAt + SlackBot.AckBudget - time.GetUtcNow();
        if (left > TimeSpan.Zero) await Task.WhenAny(run, Task.Delay(left, time));
        var answered = collecting.Release();
        if (!run.IsCompleted) background.Adopt(origin.Target.Channel, run);

        var form = answered.FirstOrDefault(m => m.Card is { } card && BlockKitRenderer.HasInputs(card));
        JsonObject? response = null;
        if (form is not null)
        {
            var formInputs = BlockKitRenderer.Inputs(form.Card!.Body).Select(i => i.Id).ToList();
            if (formInputs.Any(viewInputs.Contains))
            {
                var field = FieldAtFault(form.Card!, viewInputs, submission, form.Text);
                response = new JsonObject
                {
                    ["response_action"] = "errors",
                    ["errors"] = new JsonObject { [field] = SlackText.Cap(form.Text, MaxErrorText) },
                };
            }
            else if (SlackModals.Build(form.Card!, origin.Target) is { } next)
            {
                response = new JsonObject { ["response_action"] = "update", ["view"] = next };
            }
            else
            {
                form = null;
            }
        }

        var rest = answered.Where(m => !ReferenceEquals(m, form)).ToList();
        if (rest.Count > 0)
            background.TryQueue(origin.Target.Channel, async ct =>
            {
                foreach (var m in rest) await collecting.Inner.SendAsync(m, ct);
            });
        return response;
    }

    /// <summary>
    /// The input the refusal is about: a required one left empty, else the one whose value the refusal quotes,
    /// else the form's first input that the modal shows.
    /// </summary>
    private static string FieldAtFault(Card form, HashSet<string> viewInputs, CardSubmission submitted, string refusal)
    {
        var inputs = BlockKitRenderer.Inputs(form.Body).Where(i => viewInputs.Contains(i.Id)).ToList();
        if (inputs.FirstOrDefault(i => i.Required && submitted.Trimmed(i.Id) is null) is { } empty) return empty.Id;
        // A refusal quotes the value at fault ("“not a link” is not a web address"); its examples may hold other values unquoted.
        var quoted = inputs.Where(i => submitted.Trimmed(i.Id) is { } value
            && (refusal.Contains($"“{Replies.Shorten(value, 60)}”", StringComparison.Ordinal) || refusal.Contains($"\"{Replies.Shorten(value, 60)}\"", StringComparison.Ordinal)));
        if (quoted.FirstOrDefault() is { } named) return named.Id;
        var mentioned = inputs.Select(i => (Input: i, Value: submitted.Trimmed(i.Id)))
            .Where(c => c.Value is { Length: >= 2 } v && refusal.Contains(v[..Math.Min(v.Length, 20)], StringComparison.Ordinal))
            .OrderByDescending(c => c.Value!.Length).FirstOrDefault();
        if (mentioned.Input is not null) return mentioned.Input.Id;
        return inputs.FirstOrDefault()?.Id ?? viewInputs.First();
    }

    /// <summary>Keeps a turn's replies until the modal's answer is decided; after that, sends straight through.</summary>
    private sealed class CollectingTurn(SlackTurn inner) : ITurnChannel
    {
        private readonly Lock _gate = new();
        private readonly List<OutgoingMessage> _held = [];
        private bool _released;

        public SlackTurn Inner => inner;

        public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_released)
                {
                    _held.Add(message);
                    return Task.CompletedTask;
                }
            }
            return inner.SendAsync(message, cancellationToken);
        }

        public IReadOnlyList<OutgoingMessage> Release()
        {
            lock (_gate)
            {
                _released = true;
                return [.. _held];
            }
        }

        public Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) => inner.UpdateAsync(messageId, message, cancellationToken);

        public Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken) => inner.NotifyAsync(notification, cancellationToken);

        public bool TryRunLater(Func<CancellationToken, Task> work) => inner.TryRunLater(work);
    }
}
