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
        new(channelId, conversationId, Address(conversationId, channelId), installed, at ?? Now);

    /// <summary>
    /// A channel's own address for a conversation, opaque to the store: here a Bot Framework reference as Teams' code
    /// writes it, with Chinese, quotes and a line break the store must keep byte for byte.
    /// </summary>
    public static string Address(string conversationId, string channelId = "msteams", string serviceUrl = "https://smba.trafficmanager.net/apac/") =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            channelId,
            conversationId,
            serviceUrl,
            bot = new { id = "28:bot-app-id", name = "联席会议助手" },
            user = new { id = "29:1user-id", name = "李秘书 \"办公室\"\n", aadObjectId = "6c1f0a52-0000-4000-8000-000000000001" },
            tenantId = "72f988bf-0000-4000-8000-000000000000",
            conversationType = "personal",
            locale = "zh-CN",
        });

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
