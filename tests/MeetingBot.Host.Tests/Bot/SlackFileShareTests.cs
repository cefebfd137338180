using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// A policy document shared in the bot's DM (a <c>message</c> event of subtype <c>file_share</c>, through the signed
/// events endpoint) goes to the same chat import as a file sent in Teams or the web chat: fetched with the bot token
/// from Slack, previewed, created by the preview's button; too large, unreadable or foreign-linked files are refused
/// with the import's own words and change nothing.
/// </summary>
public sealed class SlackFileShareTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private MeetingBotApplication App() => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = _slack.BotToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
            ["Storage:SeedDemo"] = "false",
        },
    };

    private static JsonObject FileShare(string user, string text, params JsonObject[] files) => new()
    {
        ["type"] = "message", ["subtype"] = "file_share", ["channel_type"] = "im", ["user"] = user, ["channel"] = "D" + user,
        ["text"] = text, ["ts"] = "1700000400.000100", ["upload"] = false, ["files"] = new JsonArray([.. files]),
    };

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task AWordPlanSharedInTheDm_IsFetchedWithTheBotToken_Previewed_AndCreatedByThePreviewsButton()
    {
        await using var app = App();
        var client = app.CreateClient();
        _slack.Names["U0ZHANG"] = "张召集";
        var plan = Plan();
        var file = _slack.ShareFile("永安区行动计划.docx", plan, Docx);

        (await client.SendAsync(Event(Envelope("EvFile001", FileShare("U0ZHANG", "", file))))).StatusCode.Should().Be(HttpStatusCode.OK);
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

        _slack.CallsOf("files.download").Should().ContainSingle().Which.Token.Should().Be(_slack.BotToken);
        var preview = _slack.CallsOf("chat.postMessage").Should().ContainSingle(c => Buttons(c.Body).Any()).Subject;
        preview.Body["channel"]!.GetValue<string>().Should().Be("DU0ZHANG");
        preview.Body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Should().Contain("永安区职业教育提质培优行动计划").And.Contain("区教育局");
        (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().BeEmpty("nothing is created before the button");

        var create = Buttons(preview.Body).First(b => b["text"]!["text"]!.GetValue<string>() == Replies.ImportCreateButton(Lang.Zh));
        _slack.Clear();
        await client.SendAsync(Interaction(new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId }, ["user"] = new JsonObject { ["id"] = "U0ZHANG" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000401.000001", ["channel_id"] = "DU0ZHANG", ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = "DU0ZHANG" }, ["trigger_id"] = "t-file",
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = create["action_id"]!.DeepClone(), ["value"] = create["value"]!.DeepClone() }),
        }));
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

        _slack.CallsOf("chat.postMessage").Select(c => c.Body["text"]!.GetValue<string>()).Should().Contain(t => t.Contains("已创建联席会议"));
        var created = (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().ContainSingle().Subject.Value;
        created.Tasks.Should().HaveCount(2);
        created.Tasks.Should().Contain(t => t.LeadUnitNames.Contains("区教育局"));
        created.Identify(new("slack", $"{StubSlackApi.TeamId}:U0ZHANG", "张召集")).Role.Should().Be(Core.Domain.JointMeetings.ContactRole.Convenor);
        (await app.Services.GetRequiredService<IPolicyFileStore>().ReadKeptAsync("永安区行动计划.docx", CancellationToken.None))
            .Should().Equal(plan, "the original is kept in the store beside the joint meetings");
    }

    [Fact]
    public async Task TooLargeUnreadableAndForeignLinkedFiles_AreRefusedInTheImportsOwnWords_AndChangeNothing()
    {
        await using var app = App();
        var client = app.CreateClient();
        var maxMegabytes = (int)(Core.Policy.Formats.PolicyFileLimits.Default.MaxAnyBytes / (1024 * 1024));
        var cases = new (JsonObject File, string Expected)[]
        {
            (_slack.ShareFile("扫描件.pdf", "%PDF-1.7 small"u8.ToArray(), "application/pdf", declaredSize: 31L * 1024 * 1024),
                Replies.ImportTooLarge(Lang.Zh, "扫描件.pdf", maxMegabytes)),
            (_slack.ShareFile("方案.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], "application/msword"),
                "没能读取“方案.doc”"),
            (Foreign(_slack.ShareFile("外链.docx", Plan(), Docx)), Replies.ImportNotFetched(Lang.Zh, "外链.docx", "its link is not Slack's")),
        };

        var n = 0;
        foreach (var (file, expected) in cases)
        {
            _slack.Clear();
            (await client.SendAsync(Event(Envelope($"EvFileBad{++n}", FileShare("U0LI", "导入", file))))).StatusCode.Should().Be(HttpStatusCode.OK);
            await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
            var reply = _slack.CallsOf("chat.postMessage").Should().ContainSingle().Subject;
            reply.Body["channel"]!.GetValue<string>().Should().Be("DU0LI");
            reply.Body["text"]!.GetValue<string>().Should().Contain(expected);
            Buttons(reply.Body).Should().BeEmpty("nothing is offered to create");
        }
        _slack.CallsOf("files.download").Should().BeEmpty("the large file was refused by its declared size, the foreign one never fetched");
        (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().BeEmpty();
        Directory.Exists(Path.Combine(app.DataPath, "policies")).Should().BeFalse("no file was kept");
    }

    [Fact]
    public async Task AFileSharedAsCheckFileInfo_IsLookedUpWithFilesInfo_ThenFetchedAndPreviewed()
    {
        await using var app = App();
        var client = app.CreateClient();
        var file = _slack.ShareFileToCheck("永安区行动计划.docx", Plan(), Docx);
        file.ContainsKey("url_private_download").Should().BeFalse("the event carries no link, only file_access: check_file_info");

        (await client.SendAsync(Event(Envelope("EvFileCheck1", FileShare("U0ZHANG", "导入", file))))).StatusCode.Should().Be(HttpStatusCode.OK);
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

        var info = _slack.CallsOf("files.info").Should().ContainSingle().Subject;
        info.Token.Should().Be(_slack.BotToken);
        info.Body["file"]!.GetValue<string>().Should().Be(file["id"]!.GetValue<string>());
        info.Body["content_type"]!.GetValue<string>().Should().StartWith("application/x-www-form-urlencoded", "files.info takes form arguments, not JSON");
        _slack.CallsOf("files.download").Should().ContainSingle().Which.Token.Should().Be(_slack.BotToken);
        var preview = _slack.CallsOf("chat.postMessage").Should().ContainSingle(c => Buttons(c.Body).Any()).Subject;
        preview.Body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Should().Contain("永安区职业教育提质培优行动计划").And.Contain("永安区行动计划.docx");
        (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().BeEmpty("nothing is created before the button");
    }

    [Fact]
    public async Task AFileSlackWillNotDescribe_IsRefusedWithFilesInfosAnswer_AndNothingIsFetched()
    {
        await using var app = App();
        var client = app.CreateClient();
        var file = new JsonObject { ["id"] = "F0GONE0001", ["mode"] = "file_access", ["file_access"] = "check_file_info" };

        (await client.SendAsync(Event(Envelope("EvFileCheck2", FileShare("U0LI", "导入", file))))).StatusCode.Should().Be(HttpStatusCode.OK);
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

        _slack.CallsOf("files.info").Should().ContainSingle();
        _slack.CallsOf("files.download").Should().BeEmpty();
        var reply = _slack.CallsOf("chat.postMessage").Should().ContainSingle().Subject;
        reply.Body["text"]!.GetValue<string>().Should().Contain(Replies.ImportNotFetched(Lang.Zh, "F0GONE0001", "Slack's files.info answered file_not_found"));
        Buttons(reply.Body).Should().BeEmpty();
        (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task TheStubsFileLinks_AnswerOnlyWithTheBotToken()
    {
        var file = _slack.ShareFile("a.txt", "x"u8.ToArray(), "text/plain");
        using var http = new HttpClient();
        (await http.GetAsync(file["url_private_download"]!.GetValue<string>())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    // The same file object, its links moved to a host that is not Slack's.
    private static JsonObject Foreign(JsonObject file)
    {
        file["url_private"] = "https://files.example.org/x/外链.docx";
        file["url_private_download"] = "https://files.example.org/x/download/外链.docx";
        return file;
    }

    private static IEnumerable<JsonObject> Buttons(JsonObject body) =>
        (body["blocks"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>().Concat(b["accessory"] is JsonObject a ? [a] : []))
            .Where(e => e["type"]?.GetValue<string>() == "button");

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
