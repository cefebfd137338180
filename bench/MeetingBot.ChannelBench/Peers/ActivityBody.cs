using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.ChannelBench.Peers;

/// <summary>
/// The message activity Teams posts for a person writing to the bot in a personal chat (the shape the Teams channel
/// tests use), as three pieces around its activity id and conversation id, so every turn can name its own.
/// </summary>
public sealed class ActivityBody
{
    private const string IdMark = "@@ID@@";
    private const string ConversationMark = "@@CONVERSATION@@";
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ActivityBody(string beforeId, string beforeConversation, string rest)
    {
        BeforeId = beforeId;
        BeforeConversation = beforeConversation;
        Rest = rest;
    }

    public string BeforeId { get; }
    public string BeforeConversation { get; }
    public string Rest { get; }

    public static ActivityBody For(string text, string serviceUrl)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["id"] = IdMark,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotPeers.AppId, ["name"] = "联席会议助手" },
            ["conversation"] = new JsonObject { ["id"] = ConversationMark, ["conversationType"] = "personal", ["tenantId"] = BotPeers.Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotPeers.Tenant } },
            ["locale"] = "zh-CN",
            ["text"] = text,
        }.ToJsonString(Raw);

        var id = json.IndexOf(IdMark, StringComparison.Ordinal);
        var conversation = json.IndexOf(ConversationMark, StringComparison.Ordinal);
        return new ActivityBody(json[..id], json[(id + IdMark.Length)..conversation], json[(conversation + ConversationMark.Length)..]);
    }

    /// <summary>Personal-chat conversation ids as Teams writes them ("a:…"); the same name always gives the same id.</summary>
    public static string ConversationId(string group, int number) => $"a:bench-{group}-{number}";

    public byte[] Utf8(string activityId, string conversationId) =>
        Encoding.UTF8.GetBytes(BeforeId + activityId + BeforeConversation + conversationId + Rest);
}
