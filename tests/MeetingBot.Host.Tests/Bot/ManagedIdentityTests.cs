using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Identity;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// MicrosoftAppType=UserAssignedMSI, as the Bicep template deploys it: the app id is the managed identity's client
/// id, and the bot's Connector tokens come from the platform's managed identity endpoint (a loopback stand-in), with
/// no secret anywhere.
/// </summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class ManagedIdentityTests : IAsyncLifetime
{
    private const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    // Fresh per test: MSAL keeps managed identity tokens per client id for the life of its application object.
    private readonly string clientId = Guid.NewGuid().ToString();
    private StubIdentityProvider identity = null!;
    private StubConnector connector = null!;
    private ProcessEnvironment environment = null!;

    public async Task InitializeAsync()
    {
        identity = await StubIdentityProvider.StartAsync();
        connector = await StubConnector.StartAsync();
        environment = ProcessEnvironment.ManagedIdentity(identity.ManagedIdentityEndpoint, identity.ManagedIdentityHeader);
    }

    public async Task DisposeAsync()
    {
        environment.Dispose();
        await connector.DisposeAsync();
        await identity.DisposeAsync();
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = clientId,
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = Tenant,
        ["BotFramework:OpenIdMetadataUrl"] = identity.BotFrameworkMetadataUrl,
        ["BotFramework:TokenEndpoint"] = identity.TokenEndpoint(Tenant),
    };

    [Fact]
    public async Task Reply_FromAUserAssignedMSIBot_CarriesTheManagedIdentitysTokenForTheConnector()
    {
        identity.AssignManagedIdentity(clientId, Tenant);
        await using var app = new MeetingBotApplication { Settings = Settings() };

        var response = await PostAsync(app, Message("帮助"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity);
        var asked = identity.ManagedIdentityRequests.Should().ContainSingle().Subject;
        asked.Resource.Should().Be("https://api.botframework.com", "the Connector's resource, without /.default");
        asked.ClientId.Should().Be(clientId, "the user-assigned identity, by its client id");
        asked.HeaderMatched.Should().BeTrue();
        reply.Authorization.Should().Be($"Bearer {asked.AccessToken}");
        identity.TokenRequests.Should().BeEmpty("no client secret flow at all");
    }

    [Fact]
    public async Task Replies_OfSeveralTurns_ReuseTheCachedToken()
    {
        identity.AssignManagedIdentity(clientId, Tenant);
        await using var app = new MeetingBotApplication { Settings = Settings() };

        await PostAsync(app, Message("帮助"));
        await connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity);
        await PostAsync(app, Message("help", id: "f:2"));
        await connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity && r.Path.Contains("f%3A2"));

        identity.ManagedIdentityRequests.Should().ContainSingle();
    }

    [Fact]
    public async Task Reply_IdentityNotAssignedToTheApp_IsRefusedByTheEndpointAndNothingIsSent()
    {
        // The identity exists in the settings but was never assigned to the App Service: the endpoint refuses.
        await using var app = new MeetingBotApplication { Settings = Settings() };

        await PostAsync(app, Message("帮助"));

        identity.ManagedIdentityRequests.Should().NotBeEmpty().And.OnlyContain(r => r.Status == 400);
        connector.Requests.Should().BeEmpty("nothing is sent without a token");
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", "secret", "a UserAssignedMSI bot has no secret")]
    [InlineData("MicrosoftAppTenantId", "", "needs the tenant of its managed identity")]
    public async Task Start_MisconfiguredUserAssignedMSI_StopsNamingTheKey(string key, string value, string message)
    {
        var settings = Settings();
        settings[key] = value;

        // Without WebApplicationFactory, which can report its own disposal instead of the start-up error (HostStart).
        var start = () => HostStart.StartAndStopAsync(settings);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(key).And.Contain(message);
    }

    private async Task<HttpResponseMessage> PostAsync(MeetingBotApplication app, JsonObject activity)
    {
        var token = identity.IssueChannelToken(new ChannelTokenSpec(clientId, connector.ServiceUrl));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.CreateClient().SendAsync(request);
    }

    private JsonObject Message(string text, string id = "f:1") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + clientId, ["name"] = "联席会议助手" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "zh-CN",
        ["text"] = text,
    };
}
