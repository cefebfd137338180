using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Import;

namespace MeetingBot.Conversation.Tests.Features.Import;

/// <summary>A convenor drops the plan into the chat: a preview to confirm, nothing before it, once only.</summary>
public sealed class PolicyImportTests : IDisposable
{
    private const string Title = "某某区职业教育提质培优行动计划";
    private readonly ChatHarness chat = new(ownCatalog: true);

    [Fact]
    public async Task SendFile_WordPlanWithTaskTable_PreviewsTasksAndCreatesNothingUntilConfirmed()
    {
        var convenor = chat.Person("召集人");

        var reply = await chat.SendsFileAsync(convenor, "行动计划.docx", Plan(3));

        var preview = reply.Messages.Single(m => m.Card is not null);
        preview.Text.Should().Contain(Title).And.Contain("3 项任务");
        var card = System.Text.RegularExpressions.Regex.Unescape(preview.Card!.Json().ToJsonString());
        card.Should().Contain("区教育局").And.Contain("牵头").And.Contain("区财政局");
        (await JointMeetingsAsync()).Should().BeEmpty("nothing is created before the convenor confirms");
        chat.PolicyFiles.Kept.Should().BeEmpty();

        var created = await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh));

        created.Messages.Should().Contain(m => m.Text.Contains("已创建联席会议"));
        var jointMeeting = (await JointMeetingsAsync()).Single();
        jointMeeting.Tasks.Should().HaveCount(3);
        jointMeeting.Identify(convenor.Account).IsManager.Should().BeTrue();
        jointMeeting.Tasks.Single(t => t.Title.Contains("专业群")).LeadUnitNames.Should().Equal("区教育局");
        chat.PolicyFiles.Kept.Keys.Should().Equal("行动计划.docx");
        chat.Catalog.Documents.Should().Contain(d => d.SourceName == "行动计划.docx" && d.Title == Title);

        var again = await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh));

        again.Messages.Last().Text.Should().Be(Replies.ImportAlreadyHandled(Lang.Zh));
        (await JointMeetingsAsync()).Should().HaveCount(1, "a preview confirmed twice creates one joint meeting");
    }

    [Fact]
    public async Task SendFile_RevisedVersionByConvenor_ReimportsIntoTheJointMeetingKeepingTheOldFile()
    {
        var convenor = chat.Person("召集人");
        var first = (await chat.SendsFileAsync(convenor, "行动计划.docx", Plan(2))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(first, Replies.ImportCreateButton(Lang.Zh));
        var name = (await JointMeetingsAsync()).Single().Name;

        var revised = (await chat.SendsFileAsync(convenor, "行动计划（修订）.docx", Plan(3))).Messages.Single(m => m.Card is not null);
        var reply = await convenor.PressAsync(revised, Replies.ImportReimportButton(Lang.Zh, name));

        reply.Messages.Last().Text.Should().Contain("重新导入").And.Contain("任务 3 项");
        (await JointMeetingsAsync()).Single().Tasks.Should().HaveCount(3);
        chat.PolicyFiles.Kept.Keys.Should().Equal("行动计划.docx");
        chat.PolicyFiles.EarlierVersions.Should().Be(1, "the first version is kept aside, not overwritten");
    }

    [Fact]
    public async Task SendFile_ByAMemberOfAnotherJointMeeting_OffersNoReimport()
    {
        var convenor = chat.Person("召集人");
        var stranger = chat.Person("路人");
        var first = (await chat.SendsFileAsync(convenor, "行动计划.docx", Plan(2))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(first, Replies.ImportCreateButton(Lang.Zh));
        var id = (await JointMeetingsAsync()).Single().Id;
        await stranger.SaysAsync("使用 " + id);

        var preview = (await chat.SendsFileAsync(stranger, "行动计划.docx", Plan(3))).Messages.Single(m => m.Card is not null);

        System.Text.RegularExpressions.Regex.Unescape(preview.Card!.Json().ToJsonString()).Should().NotContain("重新导入");
    }

    [Fact]
    public async Task SendFile_Discarded_CreatesNothingAndCannotBeConfirmedAfter()
    {
        var convenor = chat.Person("召集人");
        var preview = (await chat.SendsFileAsync(convenor, "行动计划.docx", Plan(2))).Messages.Single(m => m.Card is not null);

        var discarded = await convenor.PressAsync(preview, Replies.ImportDiscardButton(Lang.Zh));
        var late = await convenor.PressAsync(preview, Replies.ImportCreateButton(Lang.Zh));

        discarded.Messages.Last().Text.Should().Be(Replies.ImportDiscarded(Lang.Zh, "行动计划.docx"));
        late.Messages.Last().Text.Should().Be(Replies.ImportAlreadyHandled(Lang.Zh));
        (await JointMeetingsAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("方案.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "docx")]
    [InlineData("扫描件.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "picture")]
    [InlineData("说明.txt", new byte[] { 0xE4, 0xBC, 0x9A, 0xE8, 0xAE, 0xAE, 0xE9, 0x80, 0x9A, 0xE7, 0x9F, 0xA5 }, "numbered")]
    public async Task SendFile_NotAReadablePolicy_RefusedClearlyAndNothingHeld(string name, byte[] content, string why)
    {
        var convenor = chat.Person("召集人");

        var reply = await chat.SendsFileAsync(convenor, name, content);

        reply.Messages.Last().Text.Should().StartWith($"没能读取“{name}”").And.Contain(why).And.Contain("什么都没有改变");
        (await JointMeetingsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task SendFile_DeclaredLargerThanAnyDocument_RefusedWithoutDownloading()
    {
        var convenor = chat.Person("召集人");
        var downloaded = false;

        var reply = await chat.DeliverAsync(new ChatMessage(convenor.Account, convenor.Personal, "", null, null,
            [new ChatAttachment("全部附件.pdf", "application/pdf", 500L * 1024 * 1024, (_, _) => { downloaded = true; return Task.FromResult(Array.Empty<byte>()); })]));

        reply.Messages.Last().Text.Should().Contain("太大");
        downloaded.Should().BeFalse();
    }

    [Fact]
    public async Task SendFile_WithAQuestion_IsNotTakenAsAnImport()
    {
        var convenor = chat.Person("召集人");

        var reply = await chat.SendsFileAsync(convenor, "行动计划.docx", Plan(2), text: "谁负责双师型教师队伍建设？");

        reply.Messages.Should().NotContain(m => m.Card != null && System.Text.RegularExpressions.Regex.Unescape(m.Card.Json().ToJsonString()).Contains(Replies.ImportCreateButton(Lang.Zh)));
    }

    // A plan of a short notice and its task table (序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限).
    private static byte[] Plan(int rows)
    {
        (string Task, string Lead, string Responsible, string Deadline)[] all =
        [
            ("建设区级高水平专业群3个。", "区教育局", "区财政局", "2022年底前"),
            ("培育产教融合型企业20家。", "区发展改革局", "区教育局、区税务局", "2023年底前"),
            ("到2022年，“双师型”教师占比达到60%。", "区教育局", "区人力资源社会保障局", "2022年底前"),
        ];
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(P(Title), P("为推动我区职业教育高质量发展，制定本行动计划。"), P("附件：重点任务分工表"));
            var table = new Table(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1800" })));
            table.Append(Row(["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]));
            for (var i = 0; i < rows; i++) table.Append(Row([(i + 1).ToString(), all[i].Task, all[i].Lead, all[i].Responsible, all[i].Deadline]));
            body.Append(table);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();

        static Paragraph P(string text) => new(new Run(new Text(text)));
        static TableRow Row(string[] cells) => new(cells.Select(c => new TableCell(P(c))));
    }

    private async Task<List<Core.Domain.JointMeetings.JointMeeting>> JointMeetingsAsync() =>
        [.. (await chat.Store.ListAsync()).Select(v => v.Value)];

    public void Dispose() => chat.Dispose();
}
