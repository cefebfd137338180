using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Tests.Infrastructure;

namespace MeetingBot.Channels.Tests.BotFramework.Turns;

public sealed class TurnTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Invoke_AdaptiveCardAction_IsAnsweredInTheHttpResponse()
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "confirm", ["data"] = new JsonObject { ["round"] = "2026-1" } } };

        var response = await _host.PostAsync(TestActivities.Invoke("adaptiveCard/action", value, _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["statusCode"]!.GetValue<int>().Should().Be(200);
        body["type"]!.GetValue<string>().Should().Be("application/vnd.microsoft.activity.message");
        body["value"]!.GetValue<string>().Should().Be("confirmed 2026-1");
        _host.Connector.Requests.Should().BeEmpty("an invoke is answered in its own HTTP response, not through the Connector");
    }

    [Fact]
    public async Task Invoke_ActionTheBotRefuses_CarriesTheErrorShape()
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "launch" } };

        var response = await _host.PostAsync(TestActivities.Invoke("adaptiveCard/action", value, _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["type"]!.GetValue<string>().Should().Be("application/vnd.microsoft.error");
        body["value"]!["code"]!.GetValue<string>().Should().Be("UnknownVerb");
    }

    [Theory]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\"}}")]
    [InlineData("{\"action\":{\"type\":42}}")]
    [InlineData("{\"action\":\"Action.Execute\"}")]
    [InlineData("\"just a string\"")]
    public async Task Invoke_MalformedCardAction_Is400NotA500(string value)
    {
        var response = await _host.PostAsync(TestActivities.Invoke("adaptiveCard/action", JsonNode.Parse(value)!, _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invoke_UnknownName_Is501()
    {
        var response = await _host.PostAsync(TestActivities.Invoke("composeExtension/query", new JsonObject(), _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
    }

    [Fact]
    public async Task Turn_SlowerThanTheBudget_ChannelIsAnsweredAndTheReplyStillArrives()
    {
        var response = await _host.PostAsync(_host.Message("slow"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        // Causal rather than a wall-clock bound (which a loaded machine broke): the channel was answered while the
        // 3 s turn was still running, so its reply had not reached the connector yet.
        _host.Connector.Requests.Should().BeEmpty("the budget is 1 s; the turn itself takes 3 s");
        var reply = await _host.Connector.WaitForRequestAsync();
        reply.Json!["text"]!.GetValue<string>().Should().Be("slow done");
    }

    [Fact]
    public async Task Turn_QueuingBackgroundWork_AnswersFirstAndSendsTheResultLater()
    {
        var response = await _host.PostAsync(_host.Message("background"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await _host.Connector.WaitForCountAsync(2);
        _host.Connector.Requests.Select(r => r.Json!["text"]!.GetValue<string>()).Should().Equal("working on it", "background done");
    }

    [Fact]
    public async Task Turn_InTeamsChannel_ReadsTenantTeamAndChannelFromChannelData()
    {
        var activity = TestActivities.Message("hi", _host.Connector.ServiceUrl, BotFrameworkHost.BotId, TestActivities.ChannelConversation, "channel");
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TestActivities.TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "职业教育联席会议" },
            ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = "General" },
        };

        await _host.PostAsync(activity);
        await _host.Connector.WaitForRequestAsync();

        var stored = (await _host.Conversations.ListAsync()).Should().ContainSingle().Subject;
        stored.Reference().TeamId.Should().Be("19:team@thread.tacv2");
        stored.Reference().ConversationType.Should().Be("channel");
        stored.Reference().User.Should().BeNull("a channel is not one person's conversation");
    }
}
