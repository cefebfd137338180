using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// What a host deployed for Teams talks to, on loopback: a stand-in for Entra (signs the channel's tokens, issues the
/// bot's) and one for the Bot Connector; the bot's settings for them, and a signed post to /api/messages.
/// </summary>
public sealed class TeamsPeers : IAsyncDisposable
{
    public const string AppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    public const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";

    private TeamsPeers(StubIdentityProvider identity, StubConnector connector) => (Identity, Connector) = (identity, connector);

    public StubIdentityProvider Identity { get; }

    public StubConnector Connector { get; }

    public static async Task<TeamsPeers> StartAsync()
    {
        var identity = await StubIdentityProvider.StartAsync();
        identity.RegisterClient(AppId, "secret");
        return new TeamsPeers(identity, await StubConnector.StartAsync());
    }

    /// <summary>The bot's identity and where it checks and gets tokens (a new dictionary each time, to add to).</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret",
        ["MicrosoftAppTenantId"] = Tenant,
        ["BotFramework:OpenIdMetadataUrl"] = Identity.BotFrameworkMetadataUrl,
        ["BotFramework:TokenEndpoint"] = Identity.TokenEndpoint(Tenant),
    };

    /// <summary>Posts an activity to the host's /api/messages as the Bot Connector would, with a channel token.</summary>
    public async Task<HttpResponseMessage> PostAsync(MeetingBotApplication app, JsonObject activity)
    {
        var token = Identity.IssueChannelToken(new ChannelTokenSpec(AppId, Connector.ServiceUrl));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.CreateClient().SendAsync(request);
    }

    /// <summary>A message of the convenor (张伟, zh-CN) in <paramref name="conversation"/>, as Teams sends it to the bot.</summary>
    public JsonObject ConvenorMessage(string id, string? text, JsonObject conversation)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = Connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:convenor", ["name"] = "张伟" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "联席会议助手" },
            ["conversation"] = conversation,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = "zh-CN",
        };
        if (text is not null) activity["text"] = text;
        return activity;
    }

    /// <summary>The attachment Teams sends a bot with supportsFiles when a file is uploaded in the personal chat.</summary>
    public static JsonObject PersonalUpload(string name, string downloadUrl) => new()
    {
        ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
        ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/zhangwei/Documents/Applications/" + Uri.EscapeDataString(name),
        ["name"] = name,
        ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = "1150d938-8870-4044-9f2c-5bbba7b6b1e0", ["fileType"] = "docx" },
    };

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
