using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Core.Messaging;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>The host as deployed for Teams: /api/messages with an app id, the embedded store, stand-ins for Microsoft's services.</summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private const string AppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    private StubIdentityProvider _identity = null!;
    private StubConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _identity = await StubIdentityProvider.StartAsync();
        _identity.RegisterClient(AppId, "secret");
        _connector = await StubConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private Dictionary<string, string?> Settings(string? dataPath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = Tenant,
            ["BotFramework:OpenIdMetadataUrl"] = _identity.BotFrameworkMetadataUrl,
            ["BotFramework:TokenEndpoint"] = _identity.TokenEndpoint(Tenant),
        };
        if (dataPath is not null) settings["Storage:DataPath"] = dataPath;
        return settings;
    }

    [Fact]
    public async Task Question_InTeams_IsAnsweredWithTheUnitsOfThePolicyDocuments()
    {
        await using var app = new MeetingBotApplication { Settings = Settings() };

        var response = await PostAsync(app, Message("谁负责双师型教师队伍建设？"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = (await _connector.WaitForRequestAsync()).Json!;
        var text = reply["text"]!.GetValue<string>();
        text.Should().Contain("《永年区职业教育改革发展实施方案》第二.三.4项").And.Contain("牵头：区教体局、区人社局");
        reply["replyToId"]!.GetValue<string>().Should().Be("f:1");
    }

    [Fact]
    public async Task Help_InEnglish_ListsTheCommandsOfTheManifest()
    {
        await using var app = new MeetingBotApplication { Settings = Settings() };

        await PostAsync(app, Message("help", locale: "en-US"));

        var text = (await _connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>();
        foreach (var command in Core.Commands.CommandCatalog.All) text.Should().Contain(command.English);
    }

    [Fact]
    public async Task Install_IsRememberedAcrossARestart()
    {
        using var data = new TempFolder();
        var install = Message("");
        install["type"] = "installationUpdate";
        install["action"] = "add";

        await using (var first = new MeetingBotApplication { Settings = Settings(data.Path) })
        {
            (await PostAsync(first, install)).StatusCode.Should().Be(HttpStatusCode.OK);
            (await _connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>().Should().Contain("联席会议助手", "installing says hello");
        }

        await using var second = new MeetingBotApplication { Settings = Settings(data.Path) };
        _ = second.Server;
        var stored = await second.Services.GetRequiredService<IConversationReferenceStore>().FindAsync("msteams", "a:personal-1");
        stored!.Installed.Should().BeTrue();
        stored.Reference.ServiceUrl.Should().Be(_connector.ServiceUrl);
        stored.Reference.TenantId.Should().Be(Tenant);
    }

    [Fact]
    public async Task Post_WithoutToken_Is401()
    {
        await using var app = new MeetingBotApplication { Settings = Settings() };

        var response = await app.CreateClient().PostAsync("/api/messages", new StringContent(Message("hi").ToJsonString(), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "my-bot", "MicrosoftAppId is 'my-bot'")]
    [InlineData("MicrosoftAppType", "Anonymous", "valid values are SingleTenant, MultiTenant")]
    [InlineData("MicrosoftAppTenantId", null, "MicrosoftAppTenantId is missing")]
    [InlineData("MicrosoftAppPassword", null, "MicrosoftAppPassword is missing")]
    [InlineData("BotFramework:TokenEndpoint", "http://login.example.com/t/oauth2/v2.0/token", "plain http only for loopback")]
    public async Task Start_WithABadBotSetting_StopsNamingTheKey(string key, string? value, string message)
    {
        var settings = Settings();
        settings[key] = value;

        var start = () => HostStart.StartAndStopAsync(settings);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    private async Task<HttpResponseMessage> PostAsync(MeetingBotApplication app, JsonObject activity)
    {
        var token = _identity.IssueChannelToken(new ChannelTokenSpec(AppId, _connector.ServiceUrl));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.CreateClient().SendAsync(request);
    }

    private JsonObject Message(string text, string locale = "zh-CN") => new()
    {
        ["type"] = "message",
        ["id"] = "f:1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "联席会议助手" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = locale,
        ["text"] = text,
    };
}
