using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Host.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Reporting;

/// <summary>
/// 会议简报 in the web chat: the brief comes as messages and, with them, links to the Word brief and the Excel
/// export, which the host serves (made from the store: they are too large to travel inside a link).
/// </summary>
public sealed partial class BriefFilesTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<List<JsonObject>> BriefAsync()
    {
        var unitId = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!.JointMeeting.Value.FindUnit("区教体局")!.Id;
        var convenor = await host.SessionAsync("demo-002", "convenor");
        var contact = await host.SessionAsync("demo-002", $"unit:{unitId}");
        await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-06-18 14:30 第一次全体会议"));
        Text(await host.AskAsync(convenor, WebChatHost.Message("发起报告 截止 2026-06-10"))).Should().Contain("r1");
        await host.AskAsync(contact, WebChatHost.Message("报告 二.三.4：今年新增双师型教师23名"));
        Text(await host.AskAsync(contact, WebChatHost.Message("提交报告"))).Should().Contain("已提交");
        return await host.AskAsync(convenor, WebChatHost.Message("会议简报"));
    }

    private static string Text(IEnumerable<JsonObject> activities) =>
        string.Join("\n", activities.Select(a => a["text"]?.GetValue<string>() ?? a["summary"]?.GetValue<string>()));

    private static List<Uri> Links(IEnumerable<JsonObject> activities) =>
        FileLink().Matches(Text(activities)).Select(m => new Uri(m.Value)).ToList();

    [Fact]
    public async Task Brief_InWebChat_LinksTheWordBriefTheExcelExportAndTheYearsMeetings()
    {
        var answers = await BriefAsync();

        Text(answers).Should().StartWith("## 会议简报");
        var links = Links(answers);
        links.Should().HaveCount(3);
        Uri.UnescapeDataString(links[0].AbsolutePath).Should().StartWith("/files/区政府职业教育工作联席会议").And.EndWith("会议简报-r1.docx");
        Uri.UnescapeDataString(links[1].AbsolutePath).Should().EndWith("报告汇总-r1.xlsx");
        Uri.UnescapeDataString(links[2].AbsolutePath).Should().EndWith("2026年会议.ics");
        links.Take(2).Should().OnlyContain(l => l.Query.Contains("src=", StringComparison.Ordinal), "an Office file is too large to travel inside its link");

        var docx = await host.Client.GetAsync(links[0]);
        docx.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        new OpenXmlValidator().Validate(word).Should().BeEmpty();
        word.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("今年新增双师型教师23名");

        var xlsx = await host.Client.GetAsync(links[1]);
        xlsx.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        using var excel = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        new OpenXmlValidator().Validate(excel).Should().BeEmpty();

        var ics = await host.Client.GetAsync(links[2]);
        ics.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        ics.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var meeting = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!.Meetings.Single().Value;
        var calendar = Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        calendar.Events.Should().ContainSingle().Which.Uid.Should().Be(MeetingBot.Core.Conversation.Features.Meetings.MeetingInvitation.Uid(meeting));
        calendar.Events[0]!.DtStart!.TzId.Should().Be("Asia/Shanghai");
        calendar.Events[0]!.DtStart!.Value.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));

        // A year with many meetings is too large for its link: the link then names its source, made again from the store.
        var source = MeetingBot.Core.Reporting.Documents.MeetingsCalendar.SourceOf("demo-002", 2026, MeetingBot.Core.Conversation.Lang.Zh);
        var made = await host.Services.GetRequiredService<MeetingBot.Channels.Files.IFileSource>().OpenAsync(source, CancellationToken.None);
        made!.Content.Should().Equal(await ics.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Brief_LinkTamperedWithOrExpired_ServesNothing()
    {
        var link = Links(await BriefAsync())[0].AbsoluteUri;

        var otherRound = link.Replace("%2Fr1", "%2Fr2", StringComparison.Ordinal);
        (await host.Client.GetAsync(otherRound)).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden, "the source is signed");
        host.Time.Advance(TimeSpan.FromDays(31));
        (await host.Client.GetAsync(link)).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden, "links expire after 30 days");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/files/[^\s\)\]""]+")]
    private static partial Regex FileLink();
}
