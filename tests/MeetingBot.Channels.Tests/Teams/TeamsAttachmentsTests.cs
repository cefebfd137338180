using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.Teams;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Tests.Teams;

/// <summary>Files sent to the bot in Teams, fetched from a loopback stand-in for Teams' file and attachment URLs.</summary>
public sealed class TeamsAttachmentsTests : IDisposable
{
    private readonly HttpListener server = new();
    private readonly List<string?> authorizations = [];
    private readonly string baseUrl;
    private readonly byte[] file = [.. Enumerable.Range(0, 5000).Select(i => (byte)i)];

    public TeamsAttachmentsTests()
    {
        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}/";
        server.Prefixes.Add(baseUrl);
        server.Prefixes.Add(baseUrl.Replace("127.0.0.1", "localhost"));
        server.Start();
        _ = Task.Run(ServeAsync);
    }

    [Fact]
    public async Task Of_FileUploadedInPersonalChat_DownloadsFromItsUrlWithoutTheBotToken()
    {
        var activity = Message(new Attachment
        {
            ContentType = TeamsAttachments.DownloadInfoType,
            Name = "实施方案.docx",
            Content = new JsonObject { ["downloadUrl"] = baseUrl + "download/abc", ["uniqueId"] = "1", ["fileType"] = "docx" },
        });
        using var attachments = new TeamsAttachments(new FixedToken("bot-token"));

        var files = attachments.Of(activity);
        var bytes = await files.Single().Download(1_000_000, CancellationToken.None);

        files.Single().Name.Should().Be("实施方案.docx");
        bytes.Should().Equal(file);
        authorizations.Should().Equal([null], "a pre-authorised download URL gets no bot token");
    }

    [Fact]
    public async Task Of_InlineFileOnTheServiceUrlsHost_IsFetchedWithTheBotToken_ElsewhereWithout()
    {
        var activity = Message(
            new Attachment { ContentType = "application/pdf", Name = "a.pdf", ContentUrl = baseUrl + "v3/attachments/1/views/original" },
            new Attachment { ContentType = "application/pdf", Name = "b.pdf", ContentUrl = baseUrl.Replace("127.0.0.1", "localhost") + "elsewhere" },
            new Attachment { ContentType = "text/html", Content = JsonValue.Create("<p>the message itself</p>") });
        activity.ServiceUrl = baseUrl;
        using var attachments = new TeamsAttachments(new FixedToken("bot-token"));

        var files = attachments.Of(activity);
        foreach (var f in files) await f.Download(1_000_000, CancellationToken.None);

        files.Select(f => f.Name).Should().Equal("a.pdf", "b.pdf");
        authorizations.Should().Equal("Bearer bot-token", null);
    }

    [Fact]
    public async Task Download_LargerThanAllowed_FailsAsTooLarge()
    {
        var activity = Message(new Attachment { ContentType = TeamsAttachments.DownloadInfoType, Name = "big.pdf", Content = new JsonObject { ["downloadUrl"] = baseUrl + "download/big" } });
        using var attachments = new TeamsAttachments(new FixedToken("t"));

        var act = () => attachments.Of(activity).Single().Download(1000, CancellationToken.None);

        (await act.Should().ThrowAsync<ChatAttachmentException>()).Which.TooLarge.Should().BeTrue();
    }

    private static Activity Message(params Attachment[] attachments) => new() { Type = ActivityTypes.Message, Attachments = [.. attachments] };

    private async Task ServeAsync()
    {
        while (server.IsListening)
        {
            HttpListenerContext context;
            try { context = await server.GetContextAsync(); }
            catch (Exception) { return; }
            lock (authorizations) authorizations.Add(context.Request.Headers["Authorization"]);
            context.Response.ContentLength64 = file.Length;
            await context.Response.OutputStream.WriteAsync(file);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class FixedToken(string token) : IConnectorTokenSource
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
        public void Invalidate() { }
    }

    public void Dispose() => server.Close();
}
