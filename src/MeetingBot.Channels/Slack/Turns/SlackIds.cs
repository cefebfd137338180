using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Channels.Slack.Turns;

/// <summary>
/// How Slack's ids become the conversation's: a person is <c>{team}:{user}</c> (user ids are unique within a
/// workspace; the team keeps two workspaces apart), a conversation <c>{team}:{channel}</c>, and a person's DM with
/// the bot is remembered under <c>dm:{team}:{user}</c>.
/// </summary>
public static class SlackIds
{
    public const string Channel = "slack";

    public static ChatAccount Account(string team, string user, string? name) => new(Channel, $"{team}:{user}", string.IsNullOrWhiteSpace(name) ? user : name);

    public static ChatConversation Conversation(string team, string channel, string? name = null) =>
        new(Channel, $"{team}:{channel}", IsDirect(channel) ? ConversationKind.Personal : ConversationKind.Group, name);

    /// <summary>DM channel ids start with D; channels with C, private ones and multi-person DMs with G.</summary>
    public static bool IsDirect(string channel) => channel.StartsWith('D');

    public static string DirectMessageKey(string team, string user) => $"dm:{team}:{user}";

    /// <summary>A posted message's id for <see cref="ChatMessage.CardMessageId"/>: chat.update needs its channel and its ts.</summary>
    public static string CardMessage(string channel, string ts) => $"{channel}/{ts}";

    /// <summary>(channel, ts) of a <see cref="CardMessage"/> id; null when it is not one.</summary>
    public static (string Channel, string Ts)? SplitCardMessage(string messageId)
    {
        var slash = messageId.IndexOf('/');
        return slash <= 0 || slash == messageId.Length - 1 ? null : (messageId[..slash], messageId[(slash + 1)..]);
    }

    /// <summary>(team, user) of an account of the Slack channel; null when it is not one.</summary>
    public static (string Team, string User)? Split(ChatAccount account)
    {
        if (!string.Equals(account.Channel, Channel, StringComparison.OrdinalIgnoreCase)) return null;
        var colon = account.AccountId.IndexOf(':');
        return colon <= 0 || colon == account.AccountId.Length - 1 ? null : (account.AccountId[..colon], account.AccountId[(colon + 1)..]);
    }
}
