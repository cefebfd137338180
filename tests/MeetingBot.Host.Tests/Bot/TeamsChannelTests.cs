using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.Files;
using MeetingBot.Channels.Teams;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>The host as deployed for Teams: /api/messages with an app id, the embedded store, stand-ins for Microsoft's services.</summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private TeamsPeers _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsPeers.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
    }

    private Dictionary<string, string?> Settings(string? dataPath = null)
    {
        var settings = _teams.BotSettings();
        if (dataPath is not null) settings["Storage:DataPath"] = dataPath;
        return settings;
    }

    [Theory]
    [InlineData("谁负责双师型教师队伍建设？", "zh-CN")]
    [InlineData("help", "en-US")]
    public async Task Message_InTeams_IsAnsweredByTheConversation(string text, string locale)
    {
        // The bench's request: a person without an AAD object id in a personal chat.
        await using var app = new MeetingBotApplication { Settings = Settings() };

        var response = await _teams.PostAsync(app, Message(text, locale));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = (await _teams.Connector.WaitForRequestAsync()).Json!;
        reply["replyToId"]!.GetValue<string>().Should().Be("f:1");
        var expected = await app.Services.GetRequiredService<ConversationHandler>().HandleAsync(new ChatMessage(
            new ChatAccount("msteams", "29:contact", "张伟"),
            new ChatConversation("msteams", "a:personal-1", ConversationKind.Personal),
            text, Locale: locale));
        // Text alone is a Markdown message; with a card (a long answer's "more" button) the text travels as its summary.
        if (expected.Messages[0].Card is null)
        {
            reply["textFormat"]!.GetValue<string>().Should().Be("markdown");
            reply["text"]!.GetValue<string>().Should().Be(expected.Messages[0].Text);
        }
        else
        {
            reply["summary"]!.GetValue<string>().Should().Be(expected.Messages[0].Text);
        }
    }

    [Fact]
    public async Task FileLink_OfOneInstance_IsServedByAnotherWithTheSameAppPassword()
    {
        // No LinkSigningKey: the key comes from the app password, so every instance (and a restart) serves the link.
        var settings = Settings();
        settings["MeetingBot:PublicUrl"] = "https://meetingbot.example.com/";
        var invitation = new FileAttachment("第一次全体会议.ics", "text/calendar", System.Text.Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        Uri link;
        await using (var first = new MeetingBotApplication { Settings = settings })
            link = first.Services.GetRequiredService<FileLinks>().LinkFor(invitation)!;

        await using var second = new MeetingBotApplication { Settings = settings };
        var response = await second.CreateClient().GetAsync(link.PathAndQuery);

        link.GetLeftPart(UriPartial.Authority).Should().Be("https://meetingbot.example.com");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(invitation.Content);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
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
            (await _teams.PostAsync(first, install)).StatusCode.Should().Be(HttpStatusCode.OK);
            (await _teams.Connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>().Should().StartWith(Replies.Greeting(Lang.Zh), "installing says hello");
        }

        await using var second = new MeetingBotApplication { Settings = Settings(data.Path) };
        _ = second.Server;
        var stored = await second.Services.GetRequiredService<IConversationStore>().FindAsync("msteams", "a:personal-1");
        stored!.Installed.Should().BeTrue();
        var reference = ConversationReference.FromAddress(stored.Address)!;
        reference.ServiceUrl.Should().Be(_teams.Connector.ServiceUrl);
        reference.TenantId.Should().Be(TeamsPeers.Tenant);
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
    [InlineData("MeetingBot:LinkSigningKey", "too-short", "MeetingBot:LinkSigningKey is too short")]
    [InlineData("MeetingBot:PublicUrl", "meetingbot.example.com", "MeetingBot:PublicUrl is 'meetingbot.example.com'")]
    public async Task Start_WithABadBotSetting_StopsNamingTheKey(string key, string? value, string message)
    {
        var settings = Settings();
        settings[key] = value;

        var start = () => HostStart.StartAndStopAsync(settings);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }


    private JsonObject Message(string text, string locale = "zh-CN") => new()
    {
        ["type"] = "message",
        ["id"] = "f:1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _teams.Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TeamsPeers.AppId, ["name"] = "联席会议助手" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = TeamsPeers.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsPeers.Tenant } },
        ["locale"] = locale,
        ["text"] = text,
    };
}
