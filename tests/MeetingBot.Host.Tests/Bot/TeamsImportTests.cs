using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using MeetingBot.TestPeers.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// A policy document sent to the bot in Teams, through the real /api/messages with signed activities: uploaded in
/// the personal chat (the file.download.info Teams gives a bot with supportsFiles) or shared in a group (a
/// contentUrl on the Connector's host), previewed by one instance and confirmed on another behind the same store.
/// </summary>
public sealed class TeamsImportTests : IAsyncLifetime
{
    private const string Title = "永安区职业教育提质培优行动计划";
    private readonly TempFolder _data = new();
    private TeamsPeers _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsPeers.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task UploadInPersonalChat_PreviewedByOneInstance_ConfirmedOnAnother_ThenAnsweredFromByBoth()
    {
        await using var first = Host();
        await using var second = Host();
        var plan = Plan();
        var url = _teams.Connector.ServeFile("永安区行动计划.docx", plan);

        (await _teams.PostAsync(first, Personal("f:1", "", TeamsPeers.PersonalUpload("永安区行动计划.docx", url)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var preview = await ReplyToAsync("f:1", r => r.Json?["attachments"] is JsonArray { Count: > 0 });

        _teams.Connector.Downloads.Should().ContainSingle().Which.Authorization.Should().BeNull("a downloadUrl is pre-authorised: the bot's token never goes with it");
        var card = preview.Json!["attachments"]![0]!["content"]!.AsObject();
        Text(card).Should().Contain(Title).And.Contain("区教育局");
        (await Store(second).ListAsync()).Should().BeEmpty("nothing is created before the press");

        var create = SubmitData(card, "创建联席会议");
        (await _teams.PostAsync(second, Personal("f:2", null, value: create))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ReplyToAsync("f:2")).Json!["text"]!.GetValue<string>().Should().Contain("已创建联席会议");
        var created = (await Store(first).ListAsync()).Single().Value;
        created.Tasks.Should().HaveCount(2);
        created.Identify(new("msteams", "29:convenor", "张伟")).IsManager.Should().BeTrue();
        (await first.Services.GetRequiredService<IPolicyFileStore>().ReadKeptAsync("永安区行动计划.docx", CancellationToken.None))
            .Should().Equal(plan, "the original is in the store both instances share");

        (await _teams.PostAsync(first, Personal("f:3", null, value: create))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReplyToAsync("f:3")).Json!["text"]!.GetValue<string>().Should().Contain("已经确认或放弃过");
        (await Store(first).ListAsync()).Should().ContainSingle("the preview is confirmed once, on any instance");

        // The instance that did not confirm learns the document from the store within its sync interval.
        var answer = "";
        for (var i = 0; i < 30 && !answer.Contains(Title); i++)
        {
            await Task.Delay(500);
            (await _teams.PostAsync(first, Personal($"q:{i}", "谁负责专业群建设？"))).StatusCode.Should().Be(HttpStatusCode.OK);
            answer = (await ReplyToAsync($"q:{i}")).Json!["text"]?.GetValue<string>() ?? "";
        }
        answer.Should().Contain(Title).And.Contain("区教育局");
    }

    [Fact]
    public async Task FileSharedInAGroup_IsFetchedWithTheBotsTokenOnlyFromTheConnectorsHost()
    {
        await using var app = Host();
        await using var elsewhere = await StubConnector.StartAsync();
        var own = _teams.Connector.ServeFile("永安区行动计划.docx", Plan());
        var foreign = elsewhere.ServeFile("永安区行动计划.docx", Plan());

        await _teams.PostAsync(app, Group("g:1", ContentUrl("永安区行动计划.docx", own)));
        var fromOwn = await ReplyToAsync("g:1", r => r.Json?["attachments"] is JsonArray { Count: > 0 });
        await _teams.PostAsync(app, Group("g:2", ContentUrl("永安区行动计划.docx", foreign)));
        var fromForeign = await ReplyToAsync("g:2", r => r.Json?["attachments"] is JsonArray { Count: > 0 });

        _teams.Connector.Downloads.Single().Authorization.Should().StartWith("Bearer ey", "a file on the Connector's host is fetched with the bot's token");
        elsewhere.Downloads.Single().Authorization.Should().BeNull("the token never goes to another host");
        Text(fromOwn.Json!["attachments"]![0]!["content"]!.AsObject()).Should().Contain(Title);
        Text(fromForeign.Json!["attachments"]![0]!["content"]!.AsObject()).Should().Contain(Title);
    }

    private MeetingBotApplication Host() => new()
    {
        Settings = new Dictionary<string, string?>(_teams.BotSettings())
        {
            ["Storage:DataPath"] = _data.Path,
            ["Storage:SeedDemo"] = "false",
            ["Reminders:Enabled"] = "false",
            ["PolicyFiles:SyncSeconds"] = "1",
        },
    };

    private static IJointMeetingStore Store(MeetingBotApplication app) => app.Services.GetRequiredService<IJointMeetingStore>();

    private Task<RecordedRequest> ReplyToAsync(string activityId, Func<RecordedRequest, bool>? also = null) =>
        _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == activityId && (also?.Invoke(r) ?? true), TimeSpan.FromSeconds(30));

    private JsonObject Personal(string id, string? text, JsonObject? attachment = null, JsonObject? value = null)
    {
        var activity = _teams.ConvenorMessage(id, text, new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = TeamsPeers.Tenant });
        if (attachment is not null) activity["attachments"] = new JsonArray(attachment);
        if (value is not null) activity["value"] = value.DeepClone();
        return activity;
    }

    // In a group the bot hears only what @mentions it.
    private JsonObject Group(string id, JsonObject attachment)
    {
        var activity = _teams.ConvenorMessage(id, "<at>联席会议助手</at> 导入", new JsonObject { ["id"] = "19:group-1@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsPeers.Tenant });
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>联席会议助手</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsPeers.AppId, ["name"] = "联席会议助手" },
        });
        activity["attachments"] = new JsonArray(attachment);
        return activity;
    }


    private static JsonObject ContentUrl(string name, string url) => new()
    {
        ["contentType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["contentUrl"] = url,
        ["name"] = name,
    };

    private static JsonObject SubmitData(JsonObject card, string title) =>
        (JsonObject)Nodes(card).First(n => n["type"]?.GetValue<string>() == "Action.Submit" && n["title"]?.GetValue<string>() == title)["data"]!.DeepClone();

    private static string Text(JsonObject card) => string.Join("\n", Nodes(card).Select(n => n["text"]?.GetValue<string>()).OfType<string>());

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };

    private static byte[] Plan()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(P(Title), P("为推动我区职业教育高质量发展，制定本行动计划。"), P("附件：重点任务分工表"));
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
