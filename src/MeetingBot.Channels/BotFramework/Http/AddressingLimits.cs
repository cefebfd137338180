using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.BotFramework.Http;

/// <summary>
/// Caps on the fields a reply copies back (ids, names, the tenant, the serviceUrl). Real ones are short — Teams ids
/// are under 200 characters and names under 256 — but every reply carries them, so an activity with huge ones
/// would leave no room for the text under the message size limit. Such an activity is refused at the door.
/// </summary>
internal static class AddressingLimits
{
    public const int MaxFieldChars = 1024;

    /// <summary>The first addressing field over the cap, said for the 400 answer; null when all fit.</summary>
    public static string? Oversized(Activity activity)
    {
        (string Name, string? Value)[] fields =
        [
            ("id", activity.Id),
            ("channelId", activity.ChannelId),
            ("serviceUrl", activity.ServiceUrl),
            ("locale", activity.Locale),
            ("replyToId", activity.ReplyToId),
            ("conversation.id", activity.Conversation?.Id),
            ("conversation.name", activity.Conversation?.Name),
            ("conversation.tenantId", activity.Conversation?.TenantId),
            ("conversation.conversationType", activity.Conversation?.ConversationType),
            ("from.id", activity.From?.Id),
            ("from.name", activity.From?.Name),
            ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id),
            ("recipient.name", activity.Recipient?.Name),
            ("recipient.aadObjectId", activity.Recipient?.AadObjectId),
            ("channelData.tenant.id", activity.TeamsData?.TenantId),
            ("channelData.team.id", activity.TeamsData?.TeamId),
            ("channelData.team.name", activity.TeamsData?.TeamName),
            ("channelData.channel.id", activity.TeamsData?.ChannelId),
            ("channelData.channel.name", activity.TeamsData?.ChannelName),
        ];
        foreach (var (name, value) in fields)
            if (value?.Length > MaxFieldChars) return $"{name} is longer than {MaxFieldChars} characters";
        return null;
    }
}
