using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// In channels and group chats Teams delivers "&lt;at&gt;MeetingBot&lt;/at&gt; 谁负责…". The bot's own mention is
/// removed before the text is interpreted, using the mention entities (not guesses at the text): each entity naming
/// the recipient has its text removed, or "&lt;at&gt;name&lt;/at&gt;" when it has none. Other people's mentions stay.
/// </summary>
public static class Mentions
{
    public static string RemoveOwnMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null) return text.Trim();

        foreach (var entity in activity.Entities)
        {
            if (entity.Type != Entity.MentionType || entity.Mentioned?.Id != botId) continue;
            var mentionText = entity.Text ?? (entity.Mentioned.Name is { } name ? $"<at>{name}</at>" : null);
            if (string.IsNullOrEmpty(mentionText)) continue;
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        return text.Trim();
    }

    /// <summary>The people (not the bot) mentioned in the activity, for commands that name them.</summary>
    public static IReadOnlyList<ChannelAccount> OthersMentioned(Activity activity) =>
        activity.Entities?
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is not null && e.Mentioned.Id != activity.Recipient?.Id)
            .Select(e => e.Mentioned!)
            .ToList() ?? [];
}
