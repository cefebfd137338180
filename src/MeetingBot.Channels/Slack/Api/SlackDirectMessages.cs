using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// A person's DM with the bot: remembered in the conversation store (channel "slack", id <c>dm:{team}:{user}</c>,
/// the DM's channel id as its address) whenever they write to the bot, and otherwise opened with
/// conversations.open (scope im:write) and remembered then, so reminders reach people who never wrote first and
/// every instance finds the same DM.
/// </summary>
public sealed class SlackDirectMessages(IConversationStore conversations, SlackApiClient api, TimeProvider time)
{
    public async Task RememberAsync(string team, string user, string channel, CancellationToken cancellationToken)
    {
        var key = SlackIds.DirectMessageKey(team, user);
        var known = await conversations.FindAsync(SlackIds.Channel, key, cancellationToken);
        if (known is { Installed: true } && known.Address == channel) return;
        await conversations.SaveAsync(new StoredConversation(SlackIds.Channel, key, channel, true, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The DM's channel id; throws <see cref="SlackApiException"/> when Slack cannot open one.</summary>
    public async Task<string> OpenAsync(string team, string user, CancellationToken cancellationToken)
    {
        var known = await conversations.FindAsync(SlackIds.Channel, SlackIds.DirectMessageKey(team, user), cancellationToken);
        if (known is { Installed: true, Address.Length: > 0 }) return known.Address;
        var answer = await api.CallAsync("conversations.open", new JsonObject { ["users"] = user }, cancellationToken);
        var channel = answer["channel"]?["id"]?.GetValue<string>()
            ?? throw new SlackApiException("conversations.open", "no_channel_in_answer", permanent: false, attempts: 1);
        await RememberAsync(team, user, channel, cancellationToken);
        return channel;
    }

    /// <summary>Forgets a DM Slack says is gone, so the next message opens a new one.</summary>
    public Task ForgetAsync(string team, string user, string channel, CancellationToken cancellationToken) =>
        conversations.SaveAsync(new StoredConversation(SlackIds.Channel, SlackIds.DirectMessageKey(team, user), channel, false, time.GetUtcNow()), cancellationToken);
}
