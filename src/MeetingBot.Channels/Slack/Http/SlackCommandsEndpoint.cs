using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>
/// POST /api/slack/commands: <c>/meeting &lt;words&gt;</c> says the same words as chat (<c>/meeting 谁负责实训基地</c>,
/// <c>/meeting schedule</c>; alone, help). The answer reaches only the asker in a channel (ephemeral, through the
/// command's response_url), and a form opens as a modal. Slack is answered within its 3 seconds with an empty 200;
/// a slower turn answers through the response_url when it is done.
/// </summary>
public sealed class SlackCommandsEndpoint(SlackRequests requests, SlackCommands commands, ILogger<SlackCommandsEndpoint> log)
{
    public const string Path = "/api/slack/commands";

    public async Task HandleAsync(HttpContext http)
    {
        var body = await requests.ReadVerifiedAsync(http);
        if (body is null) return;
        var form = SlackForms.Parse(body);
        if (form is null || !await commands.HandleAsync(k => SlackForms.Field(form, k)))
        {
            SlackLog.BadPayload(log, Path, "a slash command without team_id, user_id or channel_id");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
    }
}

/// <summary>A slash command, from the HTTP endpoint or Socket Mode.</summary>
public sealed class SlackCommands(SlackBot bot, TimeProvider time)
{
    public const int MaxTextLength = 4000;

    /// <summary>False when the command is missing what it must have.</summary>
    public async Task<bool> HandleAsync(Func<string, string?> field)
    {
        var receivedAt = time.GetUtcNow();
        var team = field("team_id");
        var user = field("user_id");
        var channel = field("channel_id");
        if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(user) || string.IsNullOrEmpty(channel)) return false;
        var text = (field("text") ?? "").Trim();
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var message = await bot.MessageAsync(team, user, channel, text, null, CancellationToken.None);
        if (text.Length == 0) message = message with { Text = Replies.HelpCommand(Languages.Detect("", message.Locale)) };
        var target = new SlackTarget(channel, null, SlackIds.IsDirect(channel) ? null : user, field("response_url"));
        await bot.RunInteractiveAsync(message, target, field("trigger_id"), receivedAt);
        return true;
    }
}
