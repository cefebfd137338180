using System.Net;
using System.Text;
using MeetingBot.Core.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>
/// Local mode trusts the machine, not every page its browser opens: a rebound DNS name, another site's page and a
/// body that is not declared JSON are refused, and a persona's account is only had through the page's session.
/// Scripts and tools on the machine (no Origin, no Sec-Fetch-Site) keep working.
/// </summary>
public sealed class LocalCallerTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private const string SessionBody = """{"jointMeetingId":"demo-002","persona":"convenor","locale":"zh-CN"}""";

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:3978")]
    [InlineData("192.168.1.20")]
    public async Task Personas_AddressedByAForeignHostName_Are403(string hostHeader)
    {
        var response = await SendAsync(HttpMethod.Get, "webchat/personas", null, headers: ("Host", hostHeader));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("loopback name").And.NotContain("demo-002");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Personas_AddressedByALoopbackName_AreListed(string hostName)
    {
        var port = host.Client.BaseAddress!.Port;
        var response = await SendAsync(HttpMethod.Get, "webchat/personas", null, headers: ("Host", $"{hostName}:{port}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("demo-002");
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Session_FromAnotherSitesPage_Is403AndChangesNothing(string header, string value)
    {
        var audit = (await Store.GetAuditAsync("demo-002")).Count;

        var response = await SendAsync(HttpMethod.Post, "webchat/session", SessionBody, headers: (header, value));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("another site");
        (await Store.GetAuditAsync("demo-002")).Should().HaveCount(audit);
    }

    [Fact]
    public async Task Session_FromThePageItself_OrFromAToolSendingNeither_Works()
    {
        var origin = host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        (await SendAsync(HttpMethod.Post, "webchat/session", SessionBody, headers: [("Origin", origin), ("Sec-Fetch-Site", "same-origin")])).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "webchat/session", SessionBody)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task Session_WithABodyNotDeclaredJson_Is415(string contentType)
    {
        var response = await SendAsync(HttpMethod.Post, "webchat/session", SessionBody, contentType);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("v3/directline/conversations")]
    [InlineData("v3/directline/tokens/generate")]
    public async Task StartingAsAPersona_WithoutItsSessionsToken_IsRefused(string path)
    {
        var response = await SendAsync(HttpMethod.Post, path, """{"user":{"id":"dl_local_demo-002_convenor","name":"召集人"}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("POST /webchat/session");
    }

    [Fact]
    public async Task StartingAConversation_WithNoBodyAndNoContentType_WorksAsDirectLineJsSendsIt()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        var response = await host.SendAsync(HttpMethod.Post, "v3/directline/conversations", session.Token);

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    private IJointMeetingStore Store => host.Services.GetRequiredService<IJointMeetingStore>();
}
