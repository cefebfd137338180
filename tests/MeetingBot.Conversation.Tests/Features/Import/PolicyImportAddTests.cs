using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Import;

/// <summary>
/// A second document for a joint meeting at work (a later notice adding tasks and units): the preview says what
/// adding it changes, the convenor's press merges it, and nothing already there is lost.
/// </summary>
public sealed class PolicyImportAddTests : IDisposable
{
    private const string PlanTitle = "某某区职业教育提质培优行动计划";
    private const string NoticeTitle = "关于进一步推进校企合作的补充通知";
    private readonly ChatHarness chat = new(ownCatalog: true);

    [Fact]
    public async Task SendSecondDocument_Convenor_PreviewSaysWhatChangesThenAddMergesKeepingEverything()
    {
        var convenor = chat.Person("召集人");
        var plan = (await chat.SendsFileAsync(convenor, "行动计划.docx", Word(PlanTitle, Plan))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(plan, Replies.ImportCreateButton(Lang.Zh));
        var before = await JointMeetingAsync();

        var preview = (await chat.SendsFileAsync(convenor, "补充通知.docx", Word(NoticeTitle, Notice))).Messages.Single(m => m.Card is not null);

        var card = Regex.Unescape(preview.Card!.Json().ToJsonString());
        card.Should().Contain(Replies.ImportAddButton(Lang.Zh, before.Name))
            .And.Contain("新增成员单位 1 个（区工业和信息化局）").And.Contain("新增任务 2 项")
            .And.Contain($"已有的 {before.Tasks.Count} 项任务、更正、联络员和已提交的报告都保持不变");
        (await JointMeetingAsync()).Version().Should().Be(before.Version(), "nothing changes before the press");

        var added = await convenor.PressAsync(preview, Replies.ImportAddButton(Lang.Zh, before.Name));

        added.Messages.Last().Text.Should().StartWith($"已把《{NoticeTitle}》添加到").And.Contain("新增任务 2 项").And.Contain("现共有任务 4 项");
        var after = await JointMeetingAsync();
        after.State.Sources.Select(s => s.Title).Should().Equal(PlanTitle, NoticeTitle);
        after.Tasks.Take(2).Should().BeEquivalentTo(before.Tasks, "the tasks already reported on keep their ids and units");
        after.Tasks.Skip(2).Select(t => t.Id).Should().OnlyHaveUniqueItems().And.NotIntersectWith(before.Tasks.Select(t => t.Id));
        after.Units.Select(u => u.Name).Should().StartWith(before.Units.Select(u => u.Name)).And.Contain("区工业和信息化局");
        after.Contacts.Should().BeEquivalentTo(before.Contacts);
        chat.PolicyFiles.Kept.Keys.Should().BeEquivalentTo(["行动计划.docx", "补充通知.docx"]);

        var again = await convenor.PressAsync(preview, Replies.ImportAddButton(Lang.Zh, before.Name));
        again.Messages.Last().Text.Should().Be(Replies.ImportAlreadyHandled(Lang.Zh));
        (await JointMeetingAsync()).Tasks.Should().HaveCount(4, "a preview is added once");
    }

    [Fact]
    public async Task PressAdd_ByAMemberWhoIsNotAManager_RefusedSayingWhoCan_AndThePreviewStaysForTheConvenor()
    {
        var convenor = chat.Person("召集人");
        var stranger = chat.Person("路人");
        var plan = (await chat.SendsFileAsync(convenor, "行动计划.docx", Word(PlanTitle, Plan))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(plan, Replies.ImportCreateButton(Lang.Zh));
        var jointMeeting = await JointMeetingAsync();
        var preview = (await chat.SendsFileAsync(convenor, "补充通知.docx", Word(NoticeTitle, Notice))).Messages.Single(m => m.Card is not null);

        var refused = await stranger.PressAsync(preview, Replies.ImportAddButton(Lang.Zh, jointMeeting.Name));
        await stranger.SaysAsync("使用 " + jointMeeting.Id);
        var theirs = (await chat.SendsFileAsync(stranger, "补充通知.docx", Word(NoticeTitle, Notice))).Messages.Single(m => m.Card is not null);

        refused.Messages.Last().Text.Should().Contain("只有召集人或联席会议办公室可以向联席会议添加政策文件");
        (await JointMeetingAsync()).Tasks.Should().HaveCount(2);
        Regex.Unescape(theirs.Card!.Json().ToJsonString()).Should().NotContain("添加到", "only a manager is offered the merge");
        (await convenor.PressAsync(preview, Replies.ImportAddButton(Lang.Zh, jointMeeting.Name))).Messages.Last().Text.Should().StartWith("已把");
    }

    [Fact]
    public async Task PressAdd_ForADocumentAddedMeanwhile_SaysItIsThereAlreadyAndChangesNothing()
    {
        var convenor = chat.Person("召集人");
        var plan = (await chat.SendsFileAsync(convenor, "行动计划.docx", Word(PlanTitle, Plan))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(plan, Replies.ImportCreateButton(Lang.Zh));
        var name = (await JointMeetingAsync()).Name;
        var notice = Word(NoticeTitle, Notice);
        var first = (await chat.SendsFileAsync(convenor, "补充通知.docx", notice)).Messages.Single(m => m.Card is not null);
        var second = (await chat.SendsFileAsync(convenor, "补充通知（转发）.docx", Word(NoticeTitle, Notice))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(first, Replies.ImportAddButton(Lang.Zh, name));

        var late = await convenor.PressAsync(second, Replies.ImportAddButton(Lang.Zh, name));

        late.Messages.Last().Text.Should().Be(Replies.ImportAlreadyInJointMeeting(Lang.Zh, NoticeTitle, name));
        (await JointMeetingAsync()).Tasks.Should().HaveCount(4);
    }

    [Fact]
    public async Task Reimport_OfTheFirstDocument_KeepsTheTasksTheSecondAdded()
    {
        var convenor = chat.Person("召集人");
        var plan = (await chat.SendsFileAsync(convenor, "行动计划.docx", Word(PlanTitle, Plan))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(plan, Replies.ImportCreateButton(Lang.Zh));
        var name = (await JointMeetingAsync()).Name;
        var notice = (await chat.SendsFileAsync(convenor, "补充通知.docx", Word(NoticeTitle, Notice))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(notice, Replies.ImportAddButton(Lang.Zh, name));
        var added = (await JointMeetingAsync()).Tasks.Skip(2).ToList();

        var revised = (await chat.SendsFileAsync(convenor, "行动计划.docx", Word(PlanTitle, [.. Plan, ("到2022年，“双师型”教师占比达到60%。", "区教育局", "区人力资源社会保障局", "2022年底前")]))).Messages.Single(m => m.Card is not null);
        await convenor.PressAsync(revised, Replies.ImportReimportButton(Lang.Zh, name));

        var after = await JointMeetingAsync();
        after.Tasks.Should().HaveCount(5);
        after.Tasks.Skip(3).Should().BeEquivalentTo(added, "re-importing one document leaves the other's tasks");
    }

    [Fact]
    public async Task AddSecondDocument_DuringAReportingRound_KeepsTheReportsAlreadySubmitted()
    {
        var stage = await Reporting.ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        await stage.EducationContact.SaysAsync("报告 二.三.4：今年新增双师型教师23名");
        await stage.EducationContact.SaysAsync("提交报告");
        var report = await stage.ReportAsync(Reporting.ReportingStage.Education);
        var name = (await stage.SnapshotAsync()).JointMeeting.Value.Name;

        var preview = (await chat.SendsFileAsync(stage.Convenor, "补充通知.docx", Word(NoticeTitle, Notice), where: stage.Group)).Messages.Single(m => m.Card is not null);
        var added = await stage.Convenor.PressAsync(preview, Replies.ImportAddButton(Lang.Zh, name), where: stage.Group);

        added.Messages.Last().Text.Should().StartWith("已把");
        (await stage.ReportAsync(Reporting.ReportingStage.Education)).Should().BeEquivalentTo(report, "the report submitted before the merge is untouched");
        (await stage.SnapshotAsync()).JointMeeting.Value.Tasks.Should().Contain(t => t.Id == "二.三.4" && t.Title.Contains("双师型"));
        (await stage.Convenor.SaysAsync("谁还没交报告", stage.Group)).AllText.Should().Contain("已提交 1：区教体局");
        (await chat.Store.GetAuditAsync(Scenario.JointMeetingId)).Should().Contain(e => e.Action == "document.added" && e.By.SameAs(stage.Convenor.Account));
    }

    private static readonly (string Task, string Lead, string Responsible, string Deadline)[] Plan =
    [
        ("建设区级高水平专业群3个。", "区教育局", "区财政局", "2022年底前"),
        ("培育产教融合型企业20家。", "区发展改革局", "区教育局", "2023年底前"),
    ];

    private static readonly (string Task, string Lead, string Responsible, string Deadline)[] Notice =
    [
        ("建设校企合作信息服务平台1个。", "区工业和信息化局", "区教育局", "2023年底前"),
        ("新增校企合作订单班10个。", "区教育局", "区财政局", "2024年底前"),
    ];

    private static byte[] Word(string title, (string Task, string Lead, string Responsible, string Deadline)[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(P(title), P("为推动我区职业教育高质量发展，制定本文件。"), P("附件：重点任务分工表"));
            var table = new Table(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1800" })));
            table.Append(Row(["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]));
            for (var i = 0; i < rows.Length; i++) table.Append(Row([(i + 1).ToString(), rows[i].Task, rows[i].Lead, rows[i].Responsible, rows[i].Deadline]));
            body.Append(table);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();

        static Paragraph P(string text) => new(new Run(new Text(text)));
        static TableRow Row(string[] cells) => new(cells.Select(c => new TableCell(P(c))));
    }

    private async Task<JointMeeting> JointMeetingAsync() => (await chat.Store.ListAsync()).Single().Value;

    public void Dispose() => chat.Dispose();
}

internal static class JointMeetingVersions
{
    // The stored state as JSON: equal when nothing was changed.
    public static string Version(this JointMeeting jointMeeting) => System.Text.Json.JsonSerializer.Serialize(jointMeeting.State);
}
