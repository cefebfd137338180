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

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
