using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Tests.Infrastructure;

namespace MeetingBot.Channels.Tests.BotFramework.Http;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_Message_ReplyLandsAtTheConnectorAddressedBack()
    {
        var response = await _host.PostAsync(_host.Message("谁负责双师型教师？"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await _host.Connector.WaitForRequestAsync();
        reply.Method.Should().Be("POST");
        reply.ConversationId.Should().Be(TestActivities.PersonalConversation);
        reply.ActivityId.Should().Be("1700000000001");
        reply.Path.Should().Contain(Uri.EscapeDataString(TestActivities.PersonalConversation));
        var json = reply.Json!;
        json["type"]!.GetValue<string>().Should().Be("message");
        json["text"]!.GetValue<string>().Should().Be("echo: 谁负责双师型教师？");
        json["replyToId"]!.GetValue<string>().Should().Be("1700000000001");
        json["conversation"]!["id"]!.GetValue<string>().Should().Be(TestActivities.PersonalConversation);
        json["from"]!["id"]!.GetValue<string>().Should().Be(BotFrameworkHost.BotId);
        json["recipient"]!["id"]!.GetValue<string>().Should().Be(TestActivities.UserId);
        json["serviceUrl"].Should().BeNull("bots must not send a serviceUrl");
        reply.Body.Should().Contain("谁负责", "Chinese goes out as UTF-8, not \\u escapes that double its size");
    }

    [Fact]
    public async Task Post_Message_OutboundCallCarriesTheTokenFromTheTokenEndpoint()
    {
        await _host.PostAsync(_host.Message("one"));
        await _host.PostAsync(_host.Message("two"));

        await _host.Connector.WaitForCountAsync(2);
        var issued = _host.Identity.TokenRequests.Should().ContainSingle("the token is cached between calls").Subject;
        issued.ClientId.Should().Be(BotFrameworkHost.AppId);
        issued.Scope.Should().Be("https://api.botframework.com/.default");
        issued.Tenant.Should().Be(TestActivities.TenantId, "a single-tenant bot gets its tokens from its own tenant");
        _host.Connector.Requests.Should().OnlyContain(r => r.Authorization == "Bearer " + issued.AccessToken);
    }

    [Fact]
    public async Task Post_ChannelMessageWithMention_BotSeesTextWithoutItsOwnMention()
    {
        var activity = TestActivities.Message("<at>MeetingBot</at> 谁负责实训基地 <at>王芳</at>", _host.Connector.ServiceUrl, BotFrameworkHost.BotId,
            TestActivities.ChannelConversation, "channel");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>MeetingBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotFrameworkHost.BotId, ["name"] = "MeetingBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = "<at>王芳</at>", ["mentioned"] = new JsonObject { ["id"] = "29:wang", ["name"] = "王芳" } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "zh-CN" });

        (await _host.PostAsync(activity)).StatusCode.Should().Be(HttpStatusCode.OK);

        var reply = await _host.Connector.WaitForRequestAsync();
        _host.Probe.Texts.Should().Equal("谁负责实训基地 <at>王芳</at>");
        reply.ConversationId.Should().Be(TestActivities.ChannelConversation, "the ';messageid=' thread id is escaped and comes back intact");
    }

    [Fact]
    public async Task Post_MalformedJson_Is400AndTheBotIsNotCalled()
    {
        var response = await _host.PostAsync("{\"type\": \"message\", ", _host.ChannelToken());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("BadArgument");
        _host.Probe.Turns.Should().Be(0);
    }

    [Theory]
    [InlineData("null", "body")]
    [InlineData("{}", "type")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"a:1\"}}", "channelId")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "conversation.id")]
    public async Task Post_ActivityMissingARequiredField_Is400NamingIt(string body, string missing)
    {
        var response = await _host.PostAsync(body, _host.ChannelToken("http://127.0.0.1:1/"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(missing);
    }

    [Fact]
    public async Task Post_ArrayInsteadOfObject_Is400()
    {
        var response = await _host.PostAsync("[1,2,3]", _host.ChannelToken());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), _host.ChannelToken(), "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        _host.Probe.Turns.Should().Be(0);
    }

    [Fact]
    public async Task Post_OversizedBody_Is413()
    {
        var activity = _host.Message(new string('长', 400_000)); // 1.2 MB of UTF-8

        var response = await _host.PostAsync(activity);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _host.Probe.Turns.Should().Be(0);
    }

    [Fact]
    public async Task Post_UnknownActivityType_IsAcknowledgedAndIgnored()
    {
        var activity = _host.Message("");
        activity["type"] = "somethingNew";

        var response = await _host.PostAsync(activity);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Probe.Turns.Should().Be(0);
        _host.Connector.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_BotThrows_PersonIsToldAndChannelGets200()
    {
        var response = await _host.PostAsync(_host.Message("boom"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await _host.Connector.WaitForRequestAsync();
        reply.Json!["text"]!.GetValue<string>().Should().Contain("出错");
        _host.Logs.Lines.Should().Contain(l => l.Contains("scripted failure"));
    }

    [Fact]
    public async Task Post_CallerIdOnTheWire_IsReplacedByTheAuthenticatedOne()
    {
        var activity = _host.Message("hi");
        activity["callerId"] = "urn:botframework:forged";

        await _host.PostAsync(activity);
        await _host.Connector.WaitForRequestAsync();

        _host.Logs.Lines.Should().NotContain(l => l.Contains("forged"));
    }
}
