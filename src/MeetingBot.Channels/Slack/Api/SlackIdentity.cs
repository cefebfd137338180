using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Who the bot is in Slack (auth.test): its user id, to tell its own mentions and messages, and its team. Asked at
/// start (a wrong token shows in the log at once) and again whenever it is needed and still unknown.
/// </summary>
public sealed class SlackIdentity(SlackApiClient api, ILogger<SlackIdentity> log) : IHostedService
{
    private volatile Identity? _known;

    public sealed record Identity(string UserId, string? BotId, string TeamId);

    public async Task<Identity?> GetAsync(CancellationToken cancellationToken)
    {
        if (_known is { } known) return known;
        try
        {
            var answer = await api.CallAsync("auth.test", new JsonObject(), cancellationToken);
            known = new Identity(answer["user_id"]?.GetValue<string>() ?? "", answer["bot_id"]?.GetValue<string>(), answer["team_id"]?.GetValue<string>() ?? "");
            _known = known;
            SlackLog.SignedIn(log, known.UserId, known.TeamId);
            return known;
        }
        catch (SlackApiException e)
        {
            SlackLog.AuthFailed(log, e.Error);
            return null;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken) => await GetAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
