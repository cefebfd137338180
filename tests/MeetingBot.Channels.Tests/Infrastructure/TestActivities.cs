using System.Text.Json.Nodes;

namespace MeetingBot.Channels.Tests.Infrastructure;

/// <summary>Activities shaped as Teams sends them (ids, channelData, conversation types), as JSON the bot must read.</summary>
public static class TestActivities
{
    public const string TenantId = "7d2c6b9a-1111-4a5b-8c9d-0e1f2a3b4c5d";
    public const string UserId = "29:1a2b3c-user-li-hua";
    public const string PersonalConversation = "a:1BkL0eXbotPersonalChat";
    public const string ChannelConversation = "19:5f1c2d3e4f@thread.tacv2;messageid=1699999999999";

    public static JsonObject Message(string text, string serviceUrl, string botId, string conversationId = PersonalConversation, string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000001",
        ["timestamp"] = "2026-11-23T08:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "李华", ["aadObjectId"] = "0f6d8e2a-aaaa-4bbb-8ccc-111122223333" },
        ["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "MeetingBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "zh-CN",
        ["text"] = text,
    };

    public static JsonObject Installation(string action, string serviceUrl, string botId, string conversationId = PersonalConversation)
    {
        var activity = Message("", serviceUrl, botId, conversationId);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode value, string serviceUrl, string botId)
    {
        var activity = Message("", serviceUrl, botId);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        activity.Remove("text");
        return activity;
    }
}
