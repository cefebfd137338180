using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Channels.Slack.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>
/// POST /api/slack/interactions (one form field, <c>payload</c>, holding JSON): a pressed button (block_actions,
/// in a message, a modal or App Home) runs as a card submission with the inputs' values; a submitted modal
/// (view_submission) is answered with what the modal should do (<see cref="SlackModalSubmissions"/>).
/// </summary>
public sealed class SlackInteractionsEndpoint(
    SlackRequests requests,
    SlackInteractions interactions,
    ILogger<SlackInteractionsEndpoint> log)
{
    public const string Path = "/api/slack/interactions";

    public async Task HandleAsync(HttpContext http)
    {
        var body = await requests.ReadVerifiedAsync(http);
        if (body is null) return;
        var form = SlackForms.Parse(body);
        var json = form is null ? null : SlackForms.Field(form, "payload");
        if (json is null || StrictJson.Problem(System.Text.Encoding.UTF8.GetBytes(json)) is not null || JsonNode.Parse(json) is not JsonObject payload)
        {
            SlackLog.BadPayload(log, Path, "no JSON payload field");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var answer = await interactions.HandleAsync(payload);
        if (answer is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        await http.Response.WriteAsJsonAsync(answer);
    }
}

/// <summary>An interactivity payload, from the HTTP endpoint or Socket Mode; the answer is the acknowledgement's body.</summary>
public sealed class SlackInteractions(
    SlackBot bot,
    SlackModalSubmissions submissions,
    SlackDirectMessages directMessages,
    TimeProvider time)
{
    public const string SayAction = "mb_say";

    public async Task<JsonObject?> HandleAsync(JsonObject payload)
    {
        var receivedAt = time.GetUtcNow();
        var team = SlackEvents.Text(payload["team"]?["id"]) ?? SlackEvents.Text(payload["user"]?["team_id"]) ?? "";
        var user = SlackEvents.Text(payload["user"]?["id"]);
        if (string.IsNullOrEmpty(user)) return null;
        switch (SlackEvents.Text(payload["type"]))
        {
            case "block_actions":
                await ButtonAsync(team, user, payload, receivedAt);
                return null;
            case "view_submission" when payload["view"] is JsonObject view && SlackEvents.Text(view["callback_id"]) == SlackModals.CallbackId:
                return await submissions.HandleAsync(team, user, view, receivedAt);
            default:
                return null;
        }
    }

    private async Task ButtonAsync(string team, string user, JsonObject payload, DateTimeOffset receivedAt)
    {
        if ((payload["actions"] as JsonArray)?.FirstOrDefault() is not JsonObject action) return;
        var actionId = SlackEvents.Text(action["action_id"]) ?? "";
        var value = SlackEvents.Text(action["value"]);
        string text = "";
        Dictionary<string, string>? data = null;
        if (actionId.StartsWith(SayAction, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(value) && value.Length <= 200) text = value;
        else if (actionId.StartsWith(BlockKitRenderer.ButtonPrefix, StringComparison.Ordinal) && BlockKitRenderer.ReadButtonValue(value) is { } fields) data = fields;
        else return; // a link button, or an input's own change: nothing to do

        SlackTarget target;
        JsonNode? state;
        string? cardMessage = null;
        var view = payload["view"] as JsonObject;
        if (view is not null && SlackEvents.Text(view["type"]) == "home")
        {
            target = new SlackTarget(await directMessages.OpenAsync(team, user, CancellationToken.None));
            state = view["state"]?["values"];
        }
        else if (view is not null)
        {
            if (SlackModals.ReadMetadata(SlackEvents.Text(view["private_metadata"])) is not { } origin) return;
            target = origin.Target;
            state = view["state"]?["values"];
        }
        else
        {
            var channel = SlackEvents.Text(payload["channel"]?["id"]) ?? SlackEvents.Text(payload["container"]?["channel_id"]);
            if (string.IsNullOrEmpty(channel)) return;
            var ephemeral = payload["container"]?["is_ephemeral"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            target = new SlackTarget(channel, SlackEvents.Text(payload["container"]?["thread_ts"]) ?? SlackEvents.Text(payload["message"]?["thread_ts"]),
                ephemeral && !SlackIds.IsDirect(channel) ? user : null, ephemeral ? SlackEvents.Text(payload["response_url"]) : null);
            state = payload["state"]?["values"];
            // A card in a posted message is updated in place once used; an ephemeral one cannot be (chat.update refuses it).
            if (!ephemeral && (SlackEvents.Text(payload["container"]?["message_ts"]) ?? SlackEvents.Text(payload["message"]?["ts"])) is { Length: > 0 } ts)
                cardMessage = SlackIds.CardMessage(channel, ts);
        }

        var submission = data is null ? null : SlackSubmissions.Read(data, state);
        var message = await bot.MessageAsync(team, user, target.Channel, text, submission, CancellationToken.None) with { CardMessageId = submission is null ? null : cardMessage };
        await bot.RunInteractiveAsync(message, target, SlackEvents.Text(payload["trigger_id"]), receivedAt);
    }
}
