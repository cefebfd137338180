using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Conversation;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.OneDrive;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// Teams' file consent, through the real /api/messages with signed activities: a convenor in the personal chat
/// schedules a meeting, gets its invitation as a link and as a consent card; accepting uploads the file to the
/// OneDrive session Teams names (a stand-in on loopback that records the PUTs), once, on any instance.
/// </summary>
public sealed partial class TeamsFileConsentTests : IAsyncLifetime
{
    private const string Conversation = "a:personal-1";
    private readonly TempFolder _data = new();
    private TeamsPeers _teams = null!;
    private StubOneDrive _drive = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsPeers.StartAsync();
        _drive = await StubOneDrive.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _drive.DisposeAsync();
        await _teams.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Accept_UploadsTheExactBytesOnce_PostsTheFileCard_AndUpdatesTheConsentCard_AndASecondAcceptOnAnotherInstanceUploadsNothing()
    {
        await using var first = Host();
        await using var second = Host();
        var offer = await OfferAsync(first);

        var response = await _teams.PostAsync(first, Invoke("i:1", offer, "accept", _drive.SessionUrl("s1")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var info = await _teams.Connector.WaitForRequestAsync(r => HasAttachment(r, "application/vnd.microsoft.teams.card.file.info"), TimeSpan.FromSeconds(30));
        var put = _drive.Puts.Should().ContainSingle().Subject;
        put.Method.Should().Be("PUT");
        put.Body.Should().Equal(offer.Bytes, "the file the link serves is the file uploaded");
        put.ContentRange.Should().Be($"bytes 0-{offer.Bytes.Length - 1}/{offer.Bytes.Length}");
        put.Authorization.Should().BeEmpty("an upload session is pre-authorised: the bot's token never goes to it");

        // Microsoft's documented FileInfoCard: contentType, contentUrl, name, content {uniqueId, fileType}.
        var card = (JsonObject)info.Json!["attachments"]![0]!;
        card["contentUrl"]!.GetValue<string>().Should().Be("https://contoso-my.sharepoint.com/personal/zhangwei/Documents/Applications/" + offer.Name);
        card["name"]!.GetValue<string>().Should().Be(offer.Name);
        card["content"]!["uniqueId"]!.GetValue<string>().Should().Be("1150d938-8870-4044-9f2c-5bbba7b6b1e0");
        card["content"]!["fileType"]!.GetValue<string>().Should().Be("ics");

        var update = await UpdateOfAsync(offer.CardId);
        update.Json!["text"]!.GetValue<string>().Should().StartWith(Replies.FileConsentSaved(Lang.Zh, offer.Name, "张伟", "")[..^3]).And.Contain("张伟");

        (await _teams.PostAsync(second, Invoke("i:2", offer, "accept", _drive.SessionUrl("s2")))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TextReplyToAsync("i:2")).Should().Contain("已经保存过了").And.Contain("张伟");
        _drive.Puts.Should().ContainSingle("an accept pressed again, on another instance, uploads nothing");
    }

    [Fact]
    public async Task Decline_UpdatesTheCardToSayTheLinkRemains_AndUploadsNothing()
    {
        await using var app = Host();
        var offer = await OfferAsync(app);

        (await _teams.PostAsync(app, Invoke("i:1", offer, "decline", null))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await UpdateOfAsync(offer.CardId)).Json!["text"]!.GetValue<string>().Should().Be(Replies.FileConsentDeclined(Lang.Zh, offer.Name));
        _drive.Puts.Should().BeEmpty();
    }

    [Fact]
    public async Task ForgedContext_IsRefusedInWords_AndNothingIsUploadedOrUpdated()
    {
        await using var app = Host();
        var offer = await OfferAsync(app);
        var forged = offer with { Id = "AAAAAAAAAAAAAAAAAAAAAA" };

        (await _teams.PostAsync(app, Invoke("i:1", forged, "accept", _drive.SessionUrl("s1")))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TextReplyToAsync("i:1")).Should().Be(Replies.FileConsentUnknown(Lang.Zh));

        // A real offer answered from another conversation is just as unknown there.
        var elsewhere = Invoke("i:2", offer, "accept", _drive.SessionUrl("s1"));
        elsewhere["conversation"]!["id"] = "a:personal-other";
        (await _teams.PostAsync(app, elsewhere)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == "i:2", TimeSpan.FromSeconds(30))).Json!["text"]!.GetValue<string>()
            .Should().Be(Replies.FileConsentUnknown(Lang.Zh));

        // A context of another shape (a client's or a forger's) is just as unknown, not an error.
        var shapeless = Invoke("i:3", offer, "accept", _drive.SessionUrl("s1"));
        shapeless["value"]!["context"] = "AAAAAAAAAAAAAAAAAAAAAA";
        (await _teams.PostAsync(app, shapeless)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TextReplyToAsync("i:3")).Should().Be(Replies.FileConsentUnknown(Lang.Zh));

        _drive.Puts.Should().BeEmpty();
        _teams.Connector.Requests.Should().NotContain(r => r.Operation == ConnectorOperation.UpdateActivity);
    }

    [Fact]
    public async Task AnAcceptWithoutTheChannelsToken_Is401_AndUploadsNothing()
    {
        await using var app = Host();
        var offer = await OfferAsync(app);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Invoke("i:1", offer, "accept", _drive.SessionUrl("s1")).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        (await app.CreateClient().SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        await Task.Delay(500);
        _drive.Puts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://uploads.example.com/session/1")]
    [InlineData("http://contoso-my.sharepoint.com/upload/1")]
    [InlineData("https://contoso-my.sharepoint.com.example.com/upload/1")]
    public async Task AnUploadUrlNotOnOneDrive_IsRefused_AndTheFileStaysOffered(string uploadUrl)
    {
        await using var app = Host();
        var offer = await OfferAsync(app);

        (await _teams.PostAsync(app, Invoke("i:1", offer, "accept", uploadUrl))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TextReplyToAsync("i:1")).Should().Be(Replies.FileConsentHostRefused(Lang.Zh, offer.Name));

        // Nothing was claimed: an accept with Teams' real session still uploads.
        (await _teams.PostAsync(app, Invoke("i:2", offer, "accept", _drive.SessionUrl("s1")))).StatusCode.Should().Be(HttpStatusCode.OK);
        await UpdateOfAsync(offer.CardId);
        _drive.Puts.Should().ContainSingle().Which.Path.Should().Be("/upload/s1");
    }

    [Fact]
    public async Task AFailingUpload_IsToldInWords_TheCardStays_AndAcceptingAgainUploads()
    {
        await using var app = Host();
        var offer = await OfferAsync(app);
        _drive.FailWith(503);

        (await _teams.PostAsync(app, Invoke("i:1", offer, "accept", _drive.SessionUrl("s1")))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TextReplyToAsync("i:1")).Should().Be(Replies.FileConsentUploadFailed(Lang.Zh, offer.Name, 503, timedOut: false));
        _teams.Connector.Requests.Should().NotContain(r => r.Operation == ConnectorOperation.UpdateActivity, "the card stays, to be accepted again");

        _drive.FailWith(0);
        (await _teams.PostAsync(app, Invoke("i:2", offer, "accept", _drive.SessionUrl("s2")))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await UpdateOfAsync(offer.CardId)).Json!["text"]!.GetValue<string>().Should().Contain("已将");
        _drive.Puts.Should().HaveCount(2);
        _drive.Puts[1].Body.Should().Equal(offer.Bytes);
    }

    [Fact]
    public async Task InAGroupChat_FilesStayLinks_WithoutConsentCards()
    {
        await using var app = Host();
        await CreateJointMeetingAsync(app);
        var group = _teams.ConvenorMessage("g:1", "<at>联席会议助手</at> 安排会议 2027-06-18 14:30 第一次全体会议", new JsonObject { ["id"] = "19:group-1@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsPeers.Tenant });
        group["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>联席会议助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsPeers.AppId, ["name"] = "联席会议助手" } });

        await _teams.PostAsync(app, group);
        var reply = await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == "g:1" && (r.Json?["text"]?.GetValue<string>() ?? "").Contains("/files/"), TimeSpan.FromSeconds(30));

        reply.Should().NotBeNull();
        await Task.Delay(500);
        _teams.Connector.Requests.Should().NotContain(r => HasAttachment(r, "application/vnd.microsoft.teams.card.file.consent"));
    }

    private sealed record Offer(string Id, string CardId, string Name, byte[] Bytes);

    // The convenor creates a joint meeting from a Word plan, then schedules a meeting: the answer carries its .ics.
    private async Task<Offer> OfferAsync(MeetingBotApplication app)
    {
        await CreateJointMeetingAsync(app);
        (await _teams.PostAsync(app, Personal("m:1", "安排会议 2027-06-18 14:30 第一次全体会议"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var consent = await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == "m:1" && HasAttachment(r, "application/vnd.microsoft.teams.card.file.consent"), TimeSpan.FromSeconds(30));
        var sends = _teams.Connector.Requests.Where(r => r.Operation is ConnectorOperation.ReplyToActivity or ConnectorOperation.SendToConversation).ToList();
        var cardId = $"act-{sends.FindIndex(r => r.Sequence == consent.Sequence) + 1}";

        var message = sends.Single(r => r.Json?["replyToId"]?.GetValue<string>() == "m:1" && (r.Json?["text"]?.GetValue<string>() ?? "").Contains("/files/"));
        var link = new Uri(FileLink().Match(message.Json!["text"]!.GetValue<string>()).Value);
        var bytes = await app.CreateClient().GetByteArrayAsync(link.PathAndQuery);

        // Microsoft's documented FileConsentCard: name, content {description, sizeInBytes, acceptContext, declineContext}.
        var card = (JsonObject)consent.Json!["attachments"]!.AsArray().Single()!;
        var name = card["name"]!.GetValue<string>();
        name.Should().EndWith(".ics");
        var content = card["content"]!.AsObject();
        content.Select(p => p.Key).Should().BeEquivalentTo(["description", "sizeInBytes", "acceptContext", "declineContext"]);
        content["sizeInBytes"]!.GetValue<long>().Should().Be(bytes.Length);
        content["description"]!.GetValue<string>().Should().Be(Replies.FileConsentDescription(Lang.Zh, name));
        var id = content["acceptContext"]!["offer"]!.GetValue<string>();
        content["declineContext"]!["offer"]!.GetValue<string>().Should().Be(id);
        consent.Body.Should().NotContain("BEGIN:VCALENDAR", "the card carries the offer's id, never the file");
        return new Offer(id, cardId, name, bytes);
    }

    private async Task CreateJointMeetingAsync(MeetingBotApplication app)
    {
        var url = _teams.Connector.ServeFile("永安区行动计划.docx", Plan());
        await _teams.PostAsync(app, Personal("f:1", "", TeamsPeers.PersonalUpload("永安区行动计划.docx", url)));
        var preview = await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == "f:1" && r.Json?["attachments"] is JsonArray { Count: > 0 }, TimeSpan.FromSeconds(30));
        var create = SubmitData(preview.Json!["attachments"]![0]!["content"]!.AsObject(), "创建联席会议");
        await _teams.PostAsync(app, Personal("f:2", null, value: create));
        await TextReplyToAsync("f:2");
    }

    private MeetingBotApplication Host() => new()
    {
        Settings = new Dictionary<string, string?>(_teams.BotSettings())
        {
            ["Storage:DataPath"] = _data.Path,
            ["Storage:SeedDemo"] = "false",
            ["Reminders:Enabled"] = "false",
            ["FileConsent:AllowLoopbackHttp"] = "true",
        },
    };

    private async Task<RecordedRequest> UpdateOfAsync(string cardId) =>
        await _teams.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.UpdateActivity && r.ActivityId == cardId, TimeSpan.FromSeconds(30));

    private async Task<string> TextReplyToAsync(string activityId) =>
        (await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == activityId && r.Json?["text"] is not null, TimeSpan.FromSeconds(30))).Json!["text"]!.GetValue<string>();

    private static bool HasAttachment(RecordedRequest request, string contentType) =>
        request.Json?["attachments"] is JsonArray attachments && attachments.Any(a => a?["contentType"]?.GetValue<string>() == contentType);

    // What Teams sends when the person presses Allow or Decline on a consent card.
    private JsonObject Invoke(string id, Offer offer, string action, string? uploadUrl)
    {
        var activity = Personal(id, null);
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["replyToId"] = offer.CardId;
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = new JsonObject { ["offer"] = offer.Id } };
        if (uploadUrl is not null)
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/zhangwei/Documents/Applications/" + offer.Name,
                ["name"] = offer.Name,
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "1150d938-8870-4044-9f2c-5bbba7b6b1e0",
                ["fileType"] = "ics",
            };
        activity["value"] = value;
        return activity;
    }

    private JsonObject Personal(string id, string? text, JsonObject? attachment = null, JsonObject? value = null)
    {
        var activity = _teams.ConvenorMessage(id, text, new JsonObject { ["id"] = Conversation, ["conversationType"] = "personal", ["tenantId"] = TeamsPeers.Tenant });
        if (attachment is not null) activity["attachments"] = new JsonArray(attachment);
        if (value is not null) activity["value"] = value.DeepClone();
        return activity;
    }


    private static JsonObject SubmitData(JsonObject card, string title) =>
        (JsonObject)Nodes(card).First(n => n["type"]?.GetValue<string>() == "Action.Submit" && n["title"]?.GetValue<string>() == title)["data"]!.DeepClone();

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };

    [GeneratedRegex(@"https?://[^\s)]+/files/[^\s)]+")]
    private static partial Regex FileLink();

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
