using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.Files;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.Files;

/// <summary>Signed file links served by a real host: the bytes for a good link, nothing for any other.</summary>
public sealed class FileLinkTests : IAsyncLifetime
{
    private static readonly FileAttachment Invitation = new("第一次全体会议.ics", "text/calendar", ScriptedConversation.Invitation);
    private static readonly FileAttachment Other = new("other.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nSUMMARY:other\r\nEND:VCALENDAR\r\n"));
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync(settings: ScriptedConversation.Settings(), registerBot: services =>
    {
        services.AddFileLinks();
        services.AddBotFramework<ScriptedBot>();
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private FileLinks HostLinks => _host.Services.GetRequiredService<FileLinks>();

    // Links as the host's key makes them, at another time.
    private FileLinks LinksAt(DateTimeOffset now, string key = ScriptedConversation.LinkSigningKey) =>
        new(FileLinks.DeriveKey(key), () => _host.Client.BaseAddress!, TimeSpan.FromDays(30), new FakeTimeProvider(now));

    [Fact]
    public async Task Link_AsMade_ServesTheFileAsADownload()
    {
        using var response = await _host.Client.GetAsync(HostLinks.LinkFor(Invitation));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Invitation.Content);
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
    }

    [Theory]
    [InlineData("sig")]
    [InlineData("d")]
    [InlineData("exp")]
    [InlineData("name")]
    public async Task Link_Tampered_Is403AndServesNothing(string part)
    {
        var link = HostLinks.LinkFor(Invitation)!.AbsoluteUri;
        var other = HostLinks.LinkFor(Other)!.AbsoluteUri;
        var tampered = part switch
        {
            "sig" => Replace(link, "sig", v => (v[0] == 'A' ? "B" : "A") + v[1..]),
            "d" => Replace(link, "d", _ => Query(other, "d")),
            "exp" => Replace(link, "exp", v => (long.Parse(v) + 86_400).ToString()),
            _ => link.Replace(Uri.EscapeDataString("第一次全体会议.ics"), "other.ics"),
        };

        using var response = await _host.Client.GetAsync(tampered);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("VCALENDAR");
    }

    [Fact]
    public async Task Link_Expired_Is403()
    {
        var link = LinksAt(_host.Now - TimeSpan.FromDays(31)).LinkFor(Invitation)!;

        using var response = await _host.Client.GetAsync(link);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Link_OfTheSameKeyStillValid_IsServed()
    {
        // The same key on another instance (or before a restart) makes links this host serves: nothing is stored.
        var link = LinksAt(_host.Now - TimeSpan.FromDays(29)).LinkFor(Invitation)!;

        using var response = await _host.Client.GetAsync(link);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Link_SignedWithAnotherKey_Is403()
    {
        var link = LinksAt(_host.Now, "a-different-key-of-enough-length-0123456789").LinkFor(Invitation)!;

        using var response = await _host.Client.GetAsync(link);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/files/a.ics")]
    [InlineData("/files/a.ics?d=AAAA&exp=99999999999")]
    [InlineData("/files/a.ics?d=AAAA&exp=soon&sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/files/a.ics?d=AAAA&exp=99999999999&sig=short")]
    public async Task Link_Malformed_Is404(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0xff, 0x00, 0x13 }, "a stream the decoder gives up on")]
    [InlineData(new byte[] { 0x1b, 0xff, 0xff, 0xff, 0xff, 0xff }, "a stream that is not Brotli at all")]
    [InlineData(new byte[] { }, "nothing")]
    public async Task Link_SignedButItsPayloadIsNotACompressedFile_Is404(byte[] payload, string because)
    {
        // What a holder of a leaked key could make: a valid signature over a payload this bot never wrote.
        var data = Base64Url.EncodeToString(payload);
        if (data.Length == 0) data = "AA";
        var expires = (_host.Now + TimeSpan.FromDays(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(FileLinks.DeriveKey(ScriptedConversation.LinkSigningKey),
            Encoding.UTF8.GetBytes($"a.ics\n{expires}\n{data}")));

        using var response = await _host.Client.GetAsync($"/files/a.ics?d={data}&exp={expires}&sig={signature}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, because);
    }

    [Fact]
    public void LinkFor_AFileTooLargeForALink_IsNull()
    {
        var noise = new byte[20_000];
        new Random(7).NextBytes(noise); // incompressible

        HostLinks.LinkFor(new FileAttachment("big.ics", "text/calendar", noise)).Should().BeNull();
    }

    [Theory]
    [InlineData("第一次全体会议.ics", "第一次全体会议.ics")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("a<script>.html", "a_script_.html")]
    [InlineData("", "file")]
    public void SafeName_KeepsLettersAndReplacesTheRest(string name, string expected) =>
        FileLinks.SafeName(name).Should().Be(expected);

    [Theory]
    [InlineData("x.ics", "text/calendar; charset=utf-8")]
    [InlineData("x.html", "application/octet-stream")]
    [InlineData("x.svg", "application/octet-stream")]
    public void ContentType_ComesFromAFixedList(string name, string expected) =>
        FileLinks.ContentTypeOf(name).Should().Be(expected);

    private static string Query(string url, string key) =>
        new Uri(url).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == key)[1];

    private static string Replace(string url, string key, Func<string, string> change)
    {
        var value = Query(url, key);
        return url.Replace($"{key}={value}", $"{key}={change(value)}");
    }
}
