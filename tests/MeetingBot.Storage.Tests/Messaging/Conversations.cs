using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>Conversation references as Teams and Slack send them, and the awkward ids the stores must keep apart.</summary>
public static class Conversations
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public const string TeamsChannelThread = "19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2;messageid=1699999999999";

    // A personal (1:1) conversation id as Teams issues them: long, opaque, with '-' and '_'.
    public const string TeamsPersonal =
        "a:1pL6mSQkz0TwVG3wb8FMgxDmfSVeVhW-Mmc1Khv5Q2IsVYgrHNgzNPkt1S2gD-wiqRN8tnJXdjuDEgR6YENAtwZdm-DfsZP3Qx3zqCr43XtoMBcDCl21aMkE84i1Nzaxt";

    public static StoredConversation Stored(string conversationId, string channelId = "msteams", bool installed = true, DateTimeOffset? at = null) =>
        new(Reference(conversationId, channelId), installed, at ?? Now);

    public static ConversationReference Reference(string conversationId, string channelId = "msteams") => new(
        channelId,
        conversationId,
        "https://smba.trafficmanager.net/apac/",
        new ChatParty("28:bot-app-id", "联席会议助手"),
        new ChatParty("29:1user-id", "李秘书", "6c1f0a52-0000-4000-8000-000000000001"),
        TenantId: "72f988bf-0000-4000-8000-000000000000",
        ConversationType: "personal",
        TeamId: null,
        Locale: "zh-CN");

    /// <summary>Conversation ids with what keys must survive: Teams' ':' ';' '@', '/', '#', '?', '%', '\', '|', Chinese, and ids longer than a key.</summary>
    public static TheoryData<string> AwkwardIds =>
    [
        TeamsChannelThread,
        TeamsPersonal,
        "19:meeting_MjQ5ZGNiYjItZTk5Ni00YjA0LWI2NzAtNzYzNjQ3ZDY2ZmU5@thread.v2",
        "B0ABCDEFG:T0ABCDEFG:C0ABCDEFG",
        "联席会议/第一次#会前?提醒",
        "100%done\\back/slash",
        "conv|with|pipes",
        "emoji😀会议",
        "a:" + new string('x', 300),
    ];
}
