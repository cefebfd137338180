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
    /// <param name="homeTenant">The bot's own tenant (<c>MicrosoftAppTenantId</c>): people of any other are told apart by theirs.</param>
    /// <param name="files">The message's files (<see cref="TeamsAttachments"/>), when it may carry them.</param>
    public static ChatMessage From(ITurnContext turn, string? homeTenant, string? text = null, IReadOnlyList<ChatAttachment>? files = null)
    {
        var activity = turn.Activity;
        var value = text is null ? AdaptiveCardSubmissions.Read(activity.Value) : null;
        return new ChatMessage(
            Account(activity.ChannelId, activity.From, TenantOf(activity), homeTenant),
            Conversation(activity, turn.Conversation.ConversationType),
            text ?? turn.Text,
            value,
            activity.Locale,
            files is { Count: > 0 } ? files : null)
        {
            // Teams sends an Action.Submit as a reply to the message that carried the card.
            CardMessageId = value is null ? null : Present(activity.ReplyToId),
        };
    }

    /// <summary>
    /// A person as the conversation knows them: in Teams by their AAD object id (the same in every conversation and
    /// for every app, what contacts are bound to), else by the channel's id of them.
    /// </summary>
    /// <remarks>
    /// An AAD object id is unique within its tenant only as far as the bot can check: a token proves the activity
    /// came through the channel, not that its tenant is the one the contact was bound in. So a person is the pair
    /// (tenant, object id): in the bot's own tenant the object id alone (as contacts were always stored), in any
    /// other <c>{objectId}@{tenantId}</c>, which no contact of the home tenant can be. Without a home tenant
    /// configured every tenant is another.
    /// </remarks>
    public static ChatAccount Account(string? channelId, ChannelAccount? who, string? tenantId = null, string? homeTenant = null)
    {
        var id = Present(who?.AadObjectId) ?? who?.Id ?? "";
        var tenant = Present(tenantId);
        if (tenant is not null && !string.Equals(tenant, Present(homeTenant), StringComparison.OrdinalIgnoreCase))
            id = $"{id}@{tenant.ToLowerInvariant()}";
        return new ChatAccount(channelId ?? "", id, Present(who?.Name) ?? Present(who?.AadObjectId) ?? who?.Id ?? "");
    }

    /// <summary>"{objectId}@{tenant}" → (objectId, tenant); an account of the home tenant → (its id, null).</summary>
    public static (string AccountId, string? Tenant) SplitTenant(string accountId)
    {
        var at = accountId.LastIndexOf('@');
        return at > 0 && at < accountId.Length - 1 && Guid.TryParse(accountId[(at + 1)..], out _)
            ? (accountId[..at], accountId[(at + 1)..])
            : (accountId, null);
    }

    /// <summary>The tenant an activity says it comes from (the conversation's, else Teams' channelData).</summary>
    public static string? TenantOf(Activity activity) => Present(activity.Conversation?.TenantId) ?? Present(activity.TeamsData?.TenantId);

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
