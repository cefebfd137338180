using System.Net;

namespace MeetingBot.Host.Tests.WebChat;

public sealed class WebChatSwitchTests
{
    [Theory]
    [InlineData("GET", "webchat/personas")]
    [InlineData("POST", "webchat/session")]
    [InlineData("POST", "v3/directline/tokens/generate")]
    [InlineData("POST", "v3/directline/tokens/refresh")]
    [InlineData("POST", "v3/directline/conversations")]
    [InlineData("GET", "v3/directline/conversations/abc")]
    [InlineData("GET", "v3/directline/conversations/abc/activities")]
    [InlineData("POST", "v3/directline/conversations/abc/activities")]
    public async Task Route_WithWebChatDisabled_Is404(string method, string path)
    {
        await using var host = await WebChatHost.StartAsync(new Dictionary<string, string?> { ["WebChat:Enabled"] = "false" });

        var response = await host.SendAsync(new HttpMethod(method), path, null, method == "POST" ? "{}" : null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
