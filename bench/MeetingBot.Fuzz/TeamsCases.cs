using System.Text.Json.Nodes;
using MeetingBot.ChannelBench.Peers;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;
using static MeetingBot.Fuzz.FuzzClient;

namespace MeetingBot.Fuzz;

/// <summary>Teams mode: POST /api/messages with forged tokens, malformed activities and floods, and the other endpoints.</summary>
public static class TeamsCases
{
    private const string Path = "api/messages";
    private const string OtherTenant = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";

    public static IEnumerable<FuzzCase> All(BotPeers peers, int count)
    {
        var serviceUrl = peers.Connector.ServiceUrl;
        var token = peers.IssueChannelToken();
        var identity = peers.Identity;
        string Issue(ChannelTokenSpec spec) => identity.IssueChannelToken(spec);
        var forged = new (string Name, Func<string?> Token)[]
        {
            ("no token", () => null),
            ("garbage token", () => "not.a.jwt"),
            ("bad signature", () => token[..^6] + "AAAAAA"),
            ("expired", () => Issue(new ChannelTokenSpec(BotPeers.AppId, serviceUrl) { NotBefore = WallClock.Now.AddHours(-3), Expires = WallClock.Now.AddHours(-2) })),
            ("alg none", () => Issue(new ChannelTokenSpec(BotPeers.AppId, serviceUrl) { Algorithm = "none" })),
            ("other audience", () => Issue(new ChannelTokenSpec("someone-else", serviceUrl))),
            ("unknown issuer", () => Issue(new ChannelTokenSpec(BotPeers.AppId, serviceUrl) { Issuer = "https://evil.example" })),
            ("exp as string", () => Issue(new ChannelTokenSpec(BotPeers.AppId, serviceUrl) { ExtraClaims = new Dictionary<string, object> { ["exp"] = "9999999999" } })),
            ("serviceurl array", () => Issue(new ChannelTokenSpec(BotPeers.AppId, serviceUrl) { ExtraClaims = new Dictionary<string, object> { ["serviceurl"] = new[] { serviceUrl } } })),
            ("other serviceUrl", () => Issue(new ChannelTokenSpec(BotPeers.AppId, "https://evil.example/"))),
        };
        var forgedTokens = forged.Select(f => (f.Name, Token: f.Token())).ToList();

        for (var i = 0; i < count; i++)
        {
            var aad = Guid.NewGuid().ToString();
            var n = i;
            switch (i % 20)
            {
                case 0 or 1 or 2 or 3 or 4 or 5: // outsiders asking to join, thousands of them
                    yield return new("join flood", () => Json(HttpMethod.Post, Path, Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad,
                        n % 2 == 0 ? "我是区财政局联络员" : "我想列席", BotPeers.Tenant, new JsonObject { ["jm"] = "demo-002" }).ToJsonString(), token));
                    break;
                case 6:
                    var f = forgedTokens[n / 20 % forgedTokens.Count];
                    yield return new($"forged token: {f.Name}", () => Json(HttpMethod.Post, Path, Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "待批准", BotPeers.Tenant).ToJsonString(), f.Token));
                    break;
                case 7:
                    var body = Bodies.Malformed[n / 20 % Bodies.Malformed.Length];
                    yield return new("malformed activity", () => Json(HttpMethod.Post, Path, body, token));
                    break;
                case 8:
                    yield return new("duplicate tenant", () => Json(HttpMethod.Post, Path, Bodies.WithRaw(Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "hi", BotPeers.Tenant),
                        "\"channelData\":{\"tenant\":{\"id\":\"a\"},\"tenant\":{\"id\":\"b\"}}"), token));
                    break;
                case 9:
                    yield return new("surrogate tenant", () => Json(HttpMethod.Post, Path, Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "hi", BotPeers.Tenant).ToJsonString()
                        .Replace(BotPeers.Tenant, "\\ud800", StringComparison.Ordinal), token));
                    break;
                case 10:
                    yield return new("forged approve card", () => Json(HttpMethod.Post, Path, Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "", BotPeers.Tenant,
                        new JsonObject { ["action"] = "membership.approve", ["jm"] = "demo-002", ["account"] = $"msteams:{Guid.NewGuid()}", ["unit"] = "u1" }).ToJsonString(), token));
                    break;
                case 11:
                    yield return new("oversized names", () =>
                    {
                        var activity = Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "帮助", BotPeers.Tenant);
                        activity["from"]!["name"] = new string('名', 40_000);
                        activity["conversation"]!["name"] = new string('群', 40_000);
                        return Json(HttpMethod.Post, Path, activity.ToJsonString(), token);
                    });
                    break;
                case 12:
                    yield return new("members added null", () =>
                    {
                        var activity = Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "", BotPeers.Tenant);
                        activity["type"] = "conversationUpdate";
                        activity["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = 42 });
                        return Json(HttpMethod.Post, Path, activity.ToJsonString(), token);
                    });
                    break;
                case 13:
                    yield return new("other tenant as a member", () => Json(HttpMethod.Post, Path, Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "添加成员单位 区审计局", OtherTenant,
                        new JsonObject { ["jm"] = "demo-002" }).ToJsonString(), token));
                    break;
                case 14:
                    yield return new("huge body", () => Json(HttpMethod.Post, Path, Bodies.Huge(600_000), token));
                    break;
                case 15:
                    yield return new("wrong content type", () => Json(HttpMethod.Post, Path, "type=message&text=hi", token, "application/x-www-form-urlencoded"));
                    break;
                case 16:
                    var paths = new[] { "health", "health/ready", "health/live", $"files/{Guid.NewGuid():N}", "files/..%2F..%2Fetc%2Fpasswd", "files/" + new string('a', 5000) };
                    var p = paths[n / 20 % paths.Length];
                    yield return new($"GET {p.Split('/')[0]}", () => new HttpRequestMessage(HttpMethod.Get, p));
                    break;
                case 17:
                    var local = new[] { "webchat/personas", "v3/directline/tokens/generate", "v3/directline/conversations" };
                    var l = local[n / 20 % local.Length];
                    yield return new("local endpoints in Teams mode", () => Json(l.StartsWith("webchat/personas", StringComparison.Ordinal) ? HttpMethod.Get : HttpMethod.Post, l, l.Contains("personas", StringComparison.Ordinal) ? null : "{}"));
                    break;
                case 18:
                    yield return new("invoke with garbage", () =>
                    {
                        var activity = Bodies.TeamsMessage(serviceUrl, BotPeers.AppId, aad, "", BotPeers.Tenant);
                        activity["type"] = "invoke";
                        activity["name"] = "adaptiveCard/action";
                        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["data"] = Bodies.Repeat("x", 10_000) } };
                        return Json(HttpMethod.Post, Path, activity.ToJsonString(), token);
                    });
                    break;
                default:
                    yield return new("wrong method", () => new HttpRequestMessage(n % 2 == 0 ? HttpMethod.Get : HttpMethod.Put, Path));
                    break;
            }
        }
    }
}
