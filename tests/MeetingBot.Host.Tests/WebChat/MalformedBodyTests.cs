using System.Net;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>
/// Bodies from the hardening campaign (issue 15, item 3): a duplicated key or text that is not valid Unicode (a
/// lone UTF-16 surrogate) is a 400 on every web chat and Direct Line endpoint, and nothing of it is kept.
/// </summary>
public sealed class MalformedBodyTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string> Bodies => new()
    {
        { "webchat/session", """{"jointMeetingId": "demo-002", "persona": "bystander", "persona": "convenor"}""" },
        { "webchat/session", """{"jointMeetingId": "\ud800", "persona": "convenor"}""" },
        { "v3/directline/tokens/generate", """{"user": {"id": "dl_a", "id": "dl_b"}}""" },
        { "v3/directline/tokens/generate", """{"user": {"id": "dl_\udc00"}}""" },
        { "v3/directline/conversations", """{"locale": "zh-CN", "locale": "en-US"}""" },
        { "v3/directline/conversations", """{"user": {"id": "dl_x", "name": "\ud800"}}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Start_WithDuplicateKeysOrInvalidText_Is400(string path, string body)
    {
        var response = await host.SendAsync(HttpMethod.Post, path, null, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await WebChatHost.JsonAsync(response))["error"]!["code"]!.GetValue<string>().Should().Be("BadArgument");
    }

    public static TheoryData<string, string> Activities => new()
    {
        { "a card's value with a duplicated key", """{"type": "message", "from": {"id": "r_browser"}, "value": {"action": "join", "action": "leave"}}""" },
        { "a card's value with a lone surrogate", """{"type": "message", "from": {"id": "r_browser"}, "value": {"unit": "\ud800"}}""" },
        { "text with a lone surrogate", """{"type": "message", "from": {"id": "r_browser"}, "text": "帮助\udc00"}""" },
        { "a duplicated text", """{"type": "message", "from": {"id": "r_browser"}, "text": "帮助", "text": "解散"}""" },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public async Task PostActivity_WithDuplicateKeysOrInvalidText_Is400AndNothingIsEchoed(string because, string body)
    {
        var session = await host.SessionAsync("demo-002", "convenor");
        var before = (await host.PollAsync(session)).Activities.Count;

        var response = await host.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, because);
        (await host.PollAsync(session)).Activities.Should().HaveCount(before, "a refused activity is neither echoed nor answered");
        (await host.AskAsync(session, WebChatHost.Message("帮助"))).Should().NotBeEmpty("the conversation goes on");
    }
}
