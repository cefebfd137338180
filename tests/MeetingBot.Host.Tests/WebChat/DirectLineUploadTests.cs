using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>Web Chat's upload button (DirectLineJS postActivityWithAttachments) against the real host: import a plan by dropping it.</summary>
public sealed class DirectLineUploadTests : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync(dataPath: data.Path);

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task Upload_WordPlan_PreviewsThenCreatesTheJointMeetingAndKeepsTheFile()
    {
        var session = await host.SessionAsync("demo-002", "convenor");

        var plan = Plan();
        var uploaded = await UploadAsync(session, "永安区行动计划.docx", plan);
        var (activities, _) = await host.PollAsync(session);

        uploaded.StatusCode.Should().Be(HttpStatusCode.OK);
        activities[0]["attachments"]![0]!["name"]!.GetValue<string>().Should().Be("永安区行动计划.docx", "the upload is echoed by name");
        var preview = activities.Last(a => a["attachments"] is not null && a["from"]!["role"]!.GetValue<string>() == "bot");
        var card = preview["attachments"]![0]!["content"]!.AsObject();
        card.ToJsonString().Should().Contain("policy.import.create");
        var before = (await Store().ListAsync()).Count;

        var pressed = await host.AskAsync(session, WebChatHost.Message(null, CardSubmit.Value(card, "创建联席会议", new Dictionary<string, string>())));

        pressed.Select(a => a["text"]?.GetValue<string>() ?? "").Should().Contain(t => t.Contains("已创建联席会议"));
        var all = await Store().ListAsync();
        all.Should().HaveCount(before + 1);
        all.Select(v => v.Value).Should().Contain(j => j.Tasks.Count == 2 && j.Tasks.Any(t => t.LeadUnitNames.Contains("区教育局")));
        (await Files().ReadKeptAsync("永安区行动计划.docx", CancellationToken.None)).Should().Equal(plan, "the original is kept in the store beside the joint meetings");
    }

    [Fact]
    public async Task Upload_Word97File_RefusedAndNothingKept()
    {
        var session = await host.SessionAsync("demo-002", "convenor");

        await UploadAsync(session, "方案.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        var (activities, _) = await host.PollAsync(session);

        activities.Last()["text"]!.GetValue<string>().Should().Contain("没能读取“方案.doc”").And.Contain(".docx");
        (await Files().ListKeptAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Upload_FromAnotherSitesPage_Is403AndNothingKept(string header, string value)
    {
        var session = await host.SessionAsync("demo-002", "convenor");

        var response = await UploadAsync(session, "永安区行动计划.docx", Plan(), (header, value));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Files().ListKeptAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Upload_NotMultipart_Is415()
    {
        var session = await host.SessionAsync("demo-002", "convenor");

        var response = await host.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/upload?userId={session.UserId}", session.Token, "{}");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private IJointMeetingStore Store() => host.Services.GetRequiredService<IJointMeetingStore>();

    private IPolicyFileStore Files() => host.Services.GetRequiredService<IPolicyFileStore>();

    private Task<HttpResponseMessage> UploadAsync(WebChatSession session, string name, byte[] content, (string Name, string Value)? header = null)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"x"},"text":""}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/upload?userId={session.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        if (header is { } extra) request.Headers.Add(extra.Name, extra.Value);
        return host.Client.SendAsync(request);
    }

    private static byte[] Plan()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(P("永安区职业教育提质培优行动计划"), P("为推动我区职业教育高质量发展，制定本行动计划。"), P("附件：重点任务分工表"));
            var table = new Table();
            foreach (var row in new[] { new[] { "序号", "工作任务", "牵头单位", "责任单位", "完成时限" }, ["1", "建设区级高水平专业群3个。", "区教育局", "区财政局", "2022年底前"], ["2", "培育产教融合型企业20家。", "区发展改革局", "区教育局", "2023年底前"] })
                table.Append(new TableRow(row.Select(c => new TableCell(P(c)))));
            body.Append(table);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();

        static Paragraph P(string text) => new(new Run(new Text(text)));
    }
}
