using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Channels.Teams;

/// <summary>What a Bot Framework activity says, as the channel-neutral conversation reads it.</summary>
public static class TeamsMessages
{
    /// <summary>
    /// The message of a turn: the text without the bot's mention, and for an Action.Submit (a message with
    /// <c>value</c> and usually no text) the card's data merged with its inputs.
    /// </summary>
    /// <param name="files">The message's files (<see cref="TeamsAttachments"/>), when it may carry them.</param>
    public static ChatMessage From(ITurnContext turn, string? text = null, IReadOnlyList<ChatAttachment>? files = null)
    {
        var activity = turn.Activity;
        return new ChatMessage(
            Account(activity.ChannelId, activity.From),
            Conversation(activity, turn.Conversation.ConversationType),
            text ?? turn.Text,
            text is null ? AdaptiveCardSubmissions.Read(activity.Value) : null,
            activity.Locale,
            files is { Count: > 0 } ? files : null);
    }

    /// <summary>
    /// A person as the conversation knows them: in Teams by their AAD object id (the same in every conversation and
    /// for every app, what contacts are bound to), else by the channel's id of them.
    /// </summary>
    public static ChatAccount Account(string? channelId, ChannelAccount? who)
    {
        var id = Present(who?.AadObjectId) ?? who?.Id ?? "";
        return new ChatAccount(channelId ?? "", id, Present(who?.Name) ?? id);
    }

    /// <summary>
    /// Where it was said. A Teams channel's threads arrive as "19:…@thread.tacv2;messageid=…": the conversation is
    /// the channel, so that binding a channel to a joint meeting holds for all its threads (replies still go to the
    /// thread).
    /// </summary>
    public static ChatConversation Conversation(Activity activity, string? conversationType)
    {
        var id = activity.Conversation?.Id ?? "";
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        if (thread > 0) id = id[..thread];
        var kind = conversationType == "personal" ? ConversationKind.Personal : ConversationKind.Group;
        return new ChatConversation(activity.ChannelId ?? "", id, kind, NameOf(activity));
    }

    private static string? NameOf(Activity activity)
    {
        if (Present(activity.Conversation?.Name) is { } name) return name;
        var teams = activity.TeamsData;
        var team = Present(teams?.TeamName);
        var channel = Present(teams?.ChannelName);
        return team is not null && channel is not null ? $"{team} / {channel}" : team ?? channel;
    }

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
