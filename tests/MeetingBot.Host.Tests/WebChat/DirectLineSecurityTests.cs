using System.Net;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>Tokens bind a caller to one conversation; a missing, forged or expired one gets nothing.</summary>
public sealed class DirectLineSecurityTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OtherConversation_WithMyToken_Is403AndUntouched()
    {
        var mine = await host.SessionAsync("demo-002", "bystander");
        var theirs = await host.SessionAsync("demo-002", "convenor");
        await host.AskAsync(theirs, WebChatHost.Message("帮助"));
        var before = (await host.PollAsync(theirs)).Activities.Count;

        var read = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        var write = await host.PostActivityAsync(theirs, WebChatHost.Message("安排会议 2026-06-18 14:30 冒名的会议"), token: mine.Token);
        var reconnect = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs.ConversationId}", mine.Token);

        foreach (var response in new[] { read, write, reconnect })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await WebChatHost.JsonAsync(response))["error"]!["message"]!.GetValue<string>().Should().Contain("another conversation");
        }
        (await host.PollAsync(theirs)).Activities.Should().HaveCount(before);
    }

    [Fact]
    public async Task Calls_WithoutToken_Are401()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        var read = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", null);
        var refresh = await host.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);

        read.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        read.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        (await WebChatHost.JsonAsync(read))["error"]!["code"]!.GetValue<string>().Should().Be("MissingToken");
        refresh.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Calls_WithForgedToken_Are403()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        var (payload, signature) = (session.Token.Split('.')[0], session.Token.Split('.')[1]);
        var otherSignature = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        var tampered = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", $"{payload}.{otherSignature}");
        var garbage = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", "not-a-token");

        tampered.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await WebChatHost.JsonAsync(tampered))["error"]!["code"]!.GetValue<string>().Should().Be("TokenInvalid");
        garbage.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_Is403AndCannotBeRefreshed_ButARefreshedOneLivesOn()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        host.Time.Advance(TimeSpan.FromMinutes(15));
        var refreshed = await host.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", session.Token);
        var fresh = (await WebChatHost.JsonAsync(refreshed))["token"]!.GetValue<string>();
        host.Time.Advance(TimeSpan.FromMinutes(16));

        var expired = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        var late = await host.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", session.Token);
        var stillFresh = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", fresh);

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebChatHost.JsonAsync(refreshed))["conversationId"]!.GetValue<string>().Should().Be(session.ConversationId);
        expired.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await WebChatHost.JsonAsync(expired))["error"]!["code"]!.GetValue<string>().Should().Be("TokenExpired");
        late.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        stillFresh.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownConversation_WithATokenForIt_Is404()
    {
        // A generated token names a conversation that nobody started (or that a restart ended).
        var generated = await WebChatHost.JsonAsync(await host.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null));

        var response = await host.SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{generated["conversationId"]!.GetValue<string>()}/activities", generated["token"]!.GetValue<string>());

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await WebChatHost.JsonAsync(response))["error"]!["code"]!.GetValue<string>().Should().Be("NotFound");
    }
}
