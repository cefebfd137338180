using System.Text.Json.Nodes;
using static MeetingBot.Fuzz.FuzzClient;

namespace MeetingBot.Fuzz;

/// <summary>A web chat conversation the run holds: its token and id.</summary>
public sealed record LocalSession(string Token, string ConversationId);

/// <summary>Local mode: the web chat page's and Direct Line's endpoints, forged, malformed and flooded from loopback.</summary>
public static class LocalCases
{
    private const string Session = """{"jointMeetingId":"demo-002","persona":"bystander","locale":"zh-CN"}""";

    /// <summary>Opens conversations as Direct Line clients do (token, then start): the flooders' and a few bystanders'.</summary>
    public static async Task<List<LocalSession>> OpenAsync(FuzzClient client, int count)
    {
        var sessions = new System.Collections.Concurrent.ConcurrentBag<LocalSession>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (status, body) = await client.SendAsync(new("open: token", () => Json(HttpMethod.Post, "v3/directline/tokens/generate",
                "{\"user\":{\"id\":\"dl_flood" + i + "_" + Guid.NewGuid().ToString("N") + "\",\"name\":\"访客" + i + "\"}}")));
            if (status != 200 || JsonNode.Parse(body)?["token"]?.GetValue<string>() is not { } token) return;
            var (started, answer) = await client.SendAsync(new("open: start", () => Json(HttpMethod.Post, "v3/directline/conversations", null, token)));
            if (started is 200 or 201 && JsonNode.Parse(answer) is { } a)
                sessions.Add(new LocalSession(a["token"]!.GetValue<string>(), a["conversationId"]!.GetValue<string>()));
        });
        return [.. sessions];
    }

    public static IEnumerable<FuzzCase> All(IReadOnlyList<LocalSession> sessions, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = i;
            var mine = sessions[i % sessions.Count];
            var other = sessions[(i + 1) % sessions.Count];
            var activities = $"v3/directline/conversations/{mine.ConversationId}/activities";
            switch (i % 20)
            {
                case 0 or 1 or 2 or 3 or 4:
                    yield return new("join flood", () => Json(HttpMethod.Post, activities, Message(n % 2 == 0 ? "我是区财政局联络员" : "我想列席", new JsonObject { ["jm"] = "demo-002" }), mine.Token));
                    break;
                case 5:
                    yield return new("event of 200 KB", () =>
                    {
                        var e = JsonNode.Parse(Message(null))!.AsObject();
                        e["type"] = "event";
                        e["name"] = "flood";
                        e["value"] = new string('x', 200_000);
                        return Json(HttpMethod.Post, activities, e.ToJsonString(), mine.Token);
                    });
                    break;
                case 6:
                    yield return new("new conversation burst", () => Json(HttpMethod.Post, "v3/directline/conversations", "{}"));
                    break;
                case 7:
                    var body = Bodies.Malformed[n / 20 % Bodies.Malformed.Length];
                    yield return new("malformed activity", () => Json(HttpMethod.Post, activities, body, mine.Token));
                    break;
                case 8:
                    yield return new("duplicate key in value", () => Json(HttpMethod.Post, activities,
                        Message(null).TrimEnd('}') + ",\"value\":{\"a\":1,\"a\":2}}", mine.Token));
                    break;
                case 9:
                    yield return new("surrogate in value", () => Json(HttpMethod.Post, activities, Message(null).TrimEnd('}') + ",\"value\":{\"a\":\"\\udc00\"}}", mine.Token));
                    break;
                case 10:
                    yield return new("other conversation's token", () => Json(HttpMethod.Post, activities, Message("hi"), other.Token));
                    break;
                case 11:
                    yield return new("forged token", () => Json(HttpMethod.Post, activities, Message("hi"), mine.Token[..^4] + "AAAA"));
                    break;
                case 12:
                    var cases = new (string Name, string? Body, string Type, (string, string)[] Headers)[]
                    {
                        ("session as text/plain", Session, "text/plain", []),
                        ("session from another site", Session, "application/json", [("Origin", "https://evil.example")]),
                        ("session cross-site fetch", Session, "application/json", [("Sec-Fetch-Site", "cross-site")]),
                        ("session duplicate keys", """{"jointMeetingId":"demo-002","jointMeetingId":"demo-001","persona":"convenor"}""", "application/json", []),
                        ("session surrogate", """{"jointMeetingId":"\ud800","persona":"convenor"}""", "application/json", []),
                        ("session unknown persona", """{"jointMeetingId":"demo-002","persona":"unit:u999"}""", "application/json", []),
                        ("session huge", Bodies.Huge(300_000), "application/json", []),
                    };
                    var c = cases[n / 20 % cases.Length];
                    yield return new(c.Name, () => Json(HttpMethod.Post, "webchat/session", c.Body, null, c.Type, c.Headers));
                    break;
                case 13:
                    var path = n % 2 == 0 ? "v3/directline/conversations" : "v3/directline/tokens/generate";
                    yield return new("persona without its session", () => Json(HttpMethod.Post, path, """{"user":{"id":"dl_local_demo-002_convenor","name":"召集人"}}"""));
                    break;
                case 14:
                    yield return new("personas by a rebound host", () => Json(HttpMethod.Get, "webchat/personas", null, headers: ("Host", "evil.example")));
                    break;
                case 15:
                    var q = new[] { "?watermark=-1", "?watermark=999999999999999999999", "?watermark=%00", "" }[n / 20 % 4];
                    yield return new("poll", () => Json(HttpMethod.Get, activities + q, null, mine.Token));
                    break;
                case 16:
                    yield return new("stream without ticket", () => Json(HttpMethod.Get, $"v3/directline/conversations/{mine.ConversationId}/stream?t=forged", null));
                    break;
                case 17:
                    yield return new("refresh forged", () => Json(HttpMethod.Post, "v3/directline/tokens/refresh", null, "x.y.z"));
                    break;
                case 18:
                    yield return new("api/messages unauthenticated garbage", () => Json(HttpMethod.Post, "api/messages", Bodies.Malformed[n / 20 % Bodies.Malformed.Length]));
                    break;
                default:
                    yield return new("personas", () => Json(HttpMethod.Get, "webchat/personas", null));
                    break;
            }
        }
    }

    private static string Message(string? text, JsonObject? value = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "r_fuzz", ["role"] = "user" },
            ["locale"] = "zh-CN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        return activity.ToJsonString();
    }

    /// <summary>After the flood: can the convenor still work? A session as the convenor adds a unit; the answer says so.</summary>
    public static async Task<string> ConvenorWorksAsync(FuzzClient client)
    {
        var (status, body) = await client.SendAsync(new("convenor: session", () => Json(HttpMethod.Post, "webchat/session",
            """{"jointMeetingId":"demo-002","persona":"convenor","locale":"zh-CN"}""")));
        if (status != 200) return $"no session ({status})";
        var session = JsonNode.Parse(body)!;
        var token = session["token"]!.GetValue<string>();
        var id = session["conversationId"]!.GetValue<string>();
        var unit = $"区审计局{Guid.NewGuid().ToString("N")[..4]}";
        var (posted, _) = await client.SendAsync(new("convenor: add unit", () => Json(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", Message($"添加成员单位 {unit}"), token)));
        var (_, activities) = await client.SendAsync(new("convenor: poll", () => Json(HttpMethod.Get, $"v3/directline/conversations/{id}/activities", null, token)));
        return posted == 200 && activities.Contains($"已添加成员单位 **{unit}**", StringComparison.Ordinal) ? "yes" : $"no (post {posted}): {Shorten(activities)}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
