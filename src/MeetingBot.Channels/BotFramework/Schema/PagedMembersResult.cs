namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>One page of a conversation's members (Teams' pagedmembers); a null token means the last page.</summary>
public sealed class PagedMembersResult
{
    public List<ChannelAccount>? Members { get; set; }
    public string? ContinuationToken { get; set; }
}
