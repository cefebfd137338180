using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.Channels.Tests.BotFramework.Http;

/// <summary>
/// Requests from the hardening campaign (issue 15), each sent through the real host with a valid channel token:
/// malformed ones are a clear 4xx that changes nothing; none is a 500, an error in the log, or a flood of replies.
/// </summary>
public sealed class ForgedRequestTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("from", "name")]
    [InlineData("from", "id")]
    [InlineData("recipient", "name")]
    [InlineData("conversation", "tenantId")]
    public async Task Post_OversizedAddressingField_Is400AndNothingIsSent(string parent, string field)
    {
        var activity = _host.Message("long");
        activity[parent]![field] = new string('名', 80 * 1024 / 3);

        var response = await _host.PostAsync(activity);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"{parent}.{field}");
        _host.Probe.Turns.Should().Be(0);
        _host.Conversations.Saves.Should().Be(0, "a refused activity changes nothing");
        _host.Connector.Requests.Should().BeEmpty("the bot never answers one character at a time");
    }

    [Fact]
    public async Task Post_LongReplyWithTheLargestAcceptedAddressing_GoesOutInAFewFullParts()
    {
        var activity = _host.Message("long");
        activity["from"]!["name"] = new string('名', 1024);
        activity["recipient"]!["name"] = new string('机', 1024);

        (await _host.PostAsync(activity)).StatusCode.Should().Be(HttpStatusCode.OK);

        await _host.WhenIdle;
        var parts = _host.Connector.Requests;
        parts.Should().HaveCountLessThanOrEqualTo(3, "about 150 KB of text goes out in parts of tens of KB");
        parts.Should().OnlyContain(r => Encoding.UTF8.GetByteCount(r.Body) <= 80 * 1024);
        parts.Should().OnlyContain(r => r.Json!["text"]!.GetValue<string>().Length > 1000);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "a duplicated tenant in channelData", @"""channelData"": { ""tenant"": { ""id"": ""t1"" }, ""tenant"": { ""id"": ""t2"" } }" },
        { "a tenant id that is a lone surrogate", @"""channelData"": { ""tenant"": { ""id"": ""\ud800"" } }" },
        { "a duplicated key in a card's value", @"""value"": { ""action"": ""approve"", ""action"": ""reject"" }" },
        { "a lone low surrogate in the text", @"""text"": ""\udc00 hi""" },
        { "a key that is a lone surrogate", @"""channelData"": { ""\ud800"": 1 }" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Post_DuplicateKeysOrInvalidText_Is400AndNothingIsStored(string because, string member)
    {
        var activity = _host.Message("hi");
        activity.Remove("channelData");
        if (member.StartsWith("\"text\"")) activity.Remove("text");
        var json = activity.ToJsonString();
        var body = json[..^1] + ", " + member + "}";

        var response = await _host.PostAsync(body, _host.ChannelToken());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, because);
        _host.Probe.Turns.Should().Be(0);
        _host.Conversations.Saves.Should().Be(0, "nothing of a refused body is stored");
        _host.Logs.Lines.Should().NotContain(l => l.StartsWith("Error") || l.StartsWith("Critical"));
    }

    [Fact]
    public async Task Post_MembersAddedWithNull_IsAcknowledgedWithoutAnErrorLogged()
    {
        var activity = TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId);
        activity["type"] = "conversationUpdate";
        activity.Remove("action");
        activity["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = BotFrameworkHost.BotId });
        activity["membersRemoved"] = new JsonArray((JsonNode?)null);

        var response = await _host.PostAsync(activity);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Probe.Events.Should().Contain("bot added", "the real members are still seen");
        _host.Logs.Lines.Should().NotContain(l => l.StartsWith("Error") || l.StartsWith("Critical"));
    }

    public static TheoryData<string, object> MisshapenTimes => new()
    {
        { "exp", WallClock.Instance.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString() },
        { "exp", WallClock.Instance.GetUtcNow().AddHours(1).ToUnixTimeSeconds() + 0.5 },
        { "nbf", WallClock.Instance.GetUtcNow().AddMinutes(-1).ToUnixTimeSeconds().ToString() },
    };

    [Theory]
    [MemberData(nameof(MisshapenTimes))]
    public async Task Post_TokenWithATimeThatIsNotWholeSeconds_Is401(string claim, object value)
    {
        var token = _host.Identity.IssueChannelToken(new ChannelTokenSpec(BotFrameworkHost.AppId, _host.Connector.ServiceUrl)
        {
            ExtraClaims = new Dictionary<string, object> { [claim] = value },
        });

        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Probe.Turns.Should().Be(0);
        _host.Logs.Lines.Should().Contain(l => l.Contains($"'{claim}'"));
    }

    [Fact]
    public async Task Post_TokenWithServiceUrlAsAnArray_Is401()
    {
        var token = _host.Identity.IssueChannelToken(new ChannelTokenSpec(BotFrameworkHost.AppId, _host.Connector.ServiceUrl)
        {
            ExtraClaims = new Dictionary<string, object> { ["serviceurl"] = new[] { _host.Connector.ServiceUrl, "https://attacker.example/" } },
        });

        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Probe.Turns.Should().Be(0);
        _host.Connector.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Content-Length: 5000", "{\"type\":\"message\",", "a body cut short by the caller hanging up")]
    [InlineData("Transfer-Encoding: chunked", "10\r\n{\"type\":\"message\r\nzz\r\n", "a chunked body whose next chunk size is not a number")]
    public async Task Post_BodyThatNeverArrivesWhole_IsNotAnUnhandledException(string framing, string body, string because)
    {
        var address = _host.Client.BaseAddress!;
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(address.Host, address.Port);
            var stream = client.GetStream();
            var head = $"POST /api/messages HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {_host.ChannelToken()}\r\n"
                + $"Content-Type: application/json\r\n{framing}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + body));
            await stream.FlushAsync();
            await Task.Delay(300);
            client.Client.Shutdown(SocketShutdown.Send); // the rest never comes
            var answer = new byte[256];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                _ = await stream.ReadAsync(answer, timeout.Token); // the first bytes of an answer, if any: enough to know the host is done
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The host may close the spoiled connection without an answer: what matters is what it logged.
            }
        }

        // The host still answers, and nothing was logged as an error or an unhandled exception.
        (await _host.PostAsync(_host.Message("hi"))).StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Probe.Turns.Should().Be(1);
        _host.Logs.Lines.Should().NotContain(l => l.StartsWith("Error") || l.StartsWith("Critical") || l.Contains("unhandled", StringComparison.OrdinalIgnoreCase), because);
    }
}
