using System.Net;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

/// <summary>What happens to a reply when the Connector throttles, fails or hangs (retry settings shortened by the host).</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["BotFramework:Turn:Budget"] = "00:00:10",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reply_ThrottledWithRetryAfter_IsSentAgainAfterTheWait()
    {
        _host.Connector.EnqueueFault(StubFault.Status(429, "Throttled", TimeSpan.FromSeconds(1)));

        await _host.PostAsync(_host.Message("hi"));

        var delivered = await _host.Connector.WaitForRequestAsync(r => r.Status == 200);
        var refused = _host.Connector.Requests.First();
        refused.Status.Should().Be(429);
        (delivered.At - refused.At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        _host.Undelivered.Entries.Should().BeEmpty();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Reply_TransientFailures_AreRetriedUntilDelivered(int status)
    {
        _host.Connector.EnqueueFault(StubFault.Status(status), times: 2);

        await _host.PostAsync(_host.Message("hi"));

        await _host.Connector.WaitForRequestAsync(r => r.Status == 200);
        _host.Connector.Requests.Select(r => r.Status).Should().Equal(status, status, 200);
        _host.Undelivered.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Reply_FailingEveryTime_StopsAtTheAttemptLimitAndIsRecordedUndelivered()
    {
        _host.Connector.EnqueueFault(StubFault.Status(503, "ServiceUnavailable"), times: 100);

        await _host.PostAsync(_host.Message("重要通知"));

        var entry = await WaitForUndelivered();
        _host.Connector.Requests.Should().HaveCount(5, "five attempts in all, by default");
        entry.Attempts.Should().Be(5);
        entry.Reason.Should().Contain("503");
        entry.Operation.Should().Be("reply");
        entry.ConversationId.Should().Be(TestActivities.PersonalConversation);
        entry.ActivityJson.Should().Contain("echo: 重要通知");
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task Reply_RefusedForGood_IsNotRetriedAndIsRecordedWithTheCode(int status, string code)
    {
        _host.Connector.EnqueueFault(StubFault.Status(status, code));

        await _host.PostAsync(_host.Message("hi"));

        var entry = await WaitForUndelivered();
        _host.Connector.Requests.Should().ContainSingle();
        entry.Reason.Should().Contain(status.ToString()).And.Contain(code);
    }

    [Fact]
    public async Task Reply_ConnectorHangs_AttemptTimesOutAndIsRetried()
    {
        _host.Connector.EnqueueFault(StubFault.Hang());

        await _host.PostAsync(_host.Message("hi"));

        await _host.Connector.WaitForRequestAsync(r => r.Status == 200);
        _host.Connector.Requests.Select(r => r.Status).Should().Equal(0, 200);
    }

    [Fact]
    public async Task Reply_ConnectionDropped_IsRetried()
    {
        _host.Connector.EnqueueFault(StubFault.Drop());

        await _host.PostAsync(_host.Message("hi"));

        await _host.Connector.WaitForRequestAsync(r => r.Status == 200);
        _host.Undelivered.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Reply_ConnectorRefusesTheToken_FetchesANewTokenOnce()
    {
        _host.Connector.EnqueueFault(StubFault.Status(401, "BotNotRegistered"));

        await _host.PostAsync(_host.Message("hi"));

        var delivered = await _host.Connector.WaitForRequestAsync(r => r.Status == 200);
        _host.Identity.TokenRequests.Should().HaveCount(2);
        delivered.Authorization.Should().Be("Bearer " + _host.Identity.TokenRequests[1].AccessToken);
    }

    [Fact]
    public async Task Reply_ConnectorRefusesEveryToken_IsRecordedAfterOneRefresh()
    {
        _host.Connector.EnqueueFault(StubFault.Status(401, "BotNotRegistered"), times: 10);

        await _host.PostAsync(_host.Message("hi"));

        var entry = await WaitForUndelivered();
        entry.Reason.Should().Contain("401");
        _host.Connector.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Reply_TextOverTheSizeLimit_IsSplitIntoMessagesThatFit()
    {
        await _host.PostAsync(_host.Message("long"));

        await _host.WhenIdle;
        var parts = _host.Connector.Requests;
        parts.Should().OnlyContain(r => System.Text.Encoding.UTF8.GetByteCount(r.Body) <= 80 * 1024);
        string.Concat(parts.Select(p => p.Json!["text"]!.GetValue<string>() + "\n"))
            .Should().Be(string.Concat(Enumerable.Repeat(ScriptedBot.LongTextLine + "\n", 3000)), "nothing is lost in the split");
    }

    [Fact]
    public async Task Reply_CardOverTheSizeLimit_IsNotSentAndIsRecorded()
    {
        await _host.PostAsync(_host.Message("huge card"));

        var entry = await WaitForUndelivered();
        entry.Reason.Should().Contain("limit is 80 KB");
        _host.Connector.Requests.Should().BeEmpty();
    }

    // The turn has finished or been handed to the background work by the time the post is answered: wait for that.
    private async Task<MeetingBot.Core.Messaging.UndeliveredMessage> WaitForUndelivered()
    {
        await _host.WhenIdle;
        return _host.Undelivered.Entries.FirstOrDefault()
            ?? throw new InvalidOperationException("nothing was recorded as undelivered; the connector saw: " + string.Join(", ", _host.Connector.Requests.Select(r => r.Describe())));
    }
}
