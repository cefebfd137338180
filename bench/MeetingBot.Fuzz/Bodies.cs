using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Fuzz;

/// <summary>Malformed and abusive bodies, as text (so that they can be what no JSON writer would write).</summary>
public static class Bodies
{
    public static readonly string[] Malformed =
    [
        "",
        "{",
        "{\"type\":\"message\",\"text\":\"hi\"",
        "[]",
        "null",
        "42",
        "\"text\"",
        "{\"type\":\"message\",\"type\":\"event\",\"text\":\"dup\"}",
        "{\"type\":\"message\",\"text\":\"\\ud800\"}",
        "{\"type\":\"message\",\"text\":123,\"from\":\"me\"}",
        "{\"type\":{\"nested\":true}}",
        "{\"type\":\"message\",\"text\":\"x\",}",
        "\uFEFF{\"type\":\"message\"}",
        "{\"type\":\"message\",\"text\":\"\u0000\"}",
        new string('[', 5_000) + new string(']', 5_000),
        "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    public static string Huge(int bytes) => "{\"type\":\"message\",\"text\":\"" + new string('长', bytes / 3) + "\"}";

    /// <summary>A Teams activity (personal chat) of a given sender, as JSON.</summary>
    public static JsonObject TeamsMessage(string serviceUrl, string botId, string aad, string text, string tenant, JsonObject? value = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-23T08:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + aad, ["name"] = "申请人" + aad[..6], ["aadObjectId"] = aad },
            ["recipient"] = new JsonObject { ["id"] = "28:" + botId, ["name"] = "MeetingBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:" + aad, ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = "zh-CN",
            ["text"] = text,
        };
        if (value is not null) activity["value"] = value;
        return activity;
    }

    /// <summary>Replaces the JSON of one property's value by raw text (a duplicate key, a lone surrogate).</summary>
    public static string WithRaw(JsonObject activity, string rawTail) =>
        activity.ToJsonString().TrimEnd('}') + "," + rawTail + "}";

    public static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
