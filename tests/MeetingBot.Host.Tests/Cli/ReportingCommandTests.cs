using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Host.Cli;
using MeetingBot.Host.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Cli;

/// <summary>
/// A store as the bot leaves it after a real round: demo-002 with two meetings, round r1 for the first, and the
/// education bureau's report submitted (a narrative with a comma and quotes, which CSV must quote).
/// </summary>
public sealed class ReportedRoundStore : IAsyncLifetime
{
    public const string Narrative = "今年新增双师型教师23名, 其中\"省级\"骨干5名";
    public TempFolder Data { get; } = new();
    public IReadOnlyList<string> MeetingUids { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var host = await WebChatHost.StartAsync(dataPath: Data.Path);
        var store = host.Services.GetRequiredService<IJointMeetingStore>();
        var unitId = (await store.LoadAsync("demo-002"))!.JointMeeting.Value.FindUnit("区教体局")!.Id;
        var convenor = await host.SessionAsync("demo-002", "convenor");
        var contact = await host.SessionAsync("demo-002", $"unit:{unitId}");
        await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-06-18 14:30 第一次全体会议"));
        await host.AskAsync(convenor, WebChatHost.Message("发起报告 截止 2026-06-10"));
        await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-11-20 09:30 第二次全体会议"));
        await host.AskAsync(contact, WebChatHost.Message($"报告 二.三.4：{Narrative}"));
        await host.AskAsync(contact, WebChatHost.Message("提交报告"));
        var snapshot = (await store.LoadAsync("demo-002"))!;
        snapshot.Rounds.Select(r => r.Value.Id).Should().Equal("r1");
        snapshot.Meetings.Should().HaveCount(2);
        MeetingUids = snapshot.Meetings.Select(m => MeetingInvitation.Uid(m.Value)).ToList();
    }

    public Task DisposeAsync()
    {
        Data.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>`brief` and `export`: the files a convenor takes to the meeting, written from the store the bot uses.</summary>
public sealed class ReportingCommandTests(ReportedRoundStore store) : IClassFixture<ReportedRoundStore>, IDisposable
{
    private readonly TempFolder output = new();

    public void Dispose() => output.Dispose();

    private CliResult Run(params string[] args) =>
        CliRunner.RunWith(new Dictionary<string, string?> { ["Storage:DataPath"] = store.Data.Path }, args);

    private string Out(string name) => Path.Combine(output.Path, name);

    [Fact]
    public void Brief_OfTheOpenRound_WritesAValidWordFileWithTheReport()
    {
        var result = Run("brief", "demo-002", "--out", Out("brief.docx"));

        result.Stderr.Should().BeEmpty();
        result.ExitCode.Should().Be(ExitCodes.Ok);
        result.Stdout.Should().Contain("round r1").And.Contain(Out("brief.docx"));
        using var word = WordprocessingDocument.Open(Out("brief.docx"), false);
        new OpenXmlValidator().Validate(word).Should().BeEmpty();
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain("区政府职业教育工作联席会议").And.Contain(ReportedRoundStore.Narrative);
        Directory.GetFiles(output.Path).Should().Equal([Out("brief.docx")], "the temporary file took the target's place");
    }

    [Fact]
    public void Brief_InEnglish_NamesTheRoundAndSpeaksEnglish()
    {
        Run("brief", "demo-002", "--round", "R1", "--lang", "en", "--out", Out("brief-en.docx")).ExitCode.Should().Be(ExitCodes.Ok);

        using var word = WordprocessingDocument.Open(Out("brief-en.docx"), false);
        new OpenXmlValidator().Validate(word).Should().BeEmpty();
        word.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Who has reported");
    }

    [Fact]
    public void Export_Xlsx_HasTheStatusReportsAndTargetsSheetsAndIsValid()
    {
        var result = Run("export", "demo-002", "--round", "r1", "--out", Out("r1.xlsx"));

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        using var excel = SpreadsheetDocument.Open(Out("r1.xlsx"), false);
        new OpenXmlValidator().Validate(excel).Should().BeEmpty();
        excel.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value)
            .Should().Equal("提交情况", "报告内容", "目标进度");
    }

    [Fact]
    public void Export_Csv_IsUtf8WithABomAndQuotesTheNarrative()
    {
        Run("export", "demo-002", "--out", Out("r1.csv")).ExitCode.Should().Be(ExitCodes.Ok);

        var bytes = File.ReadAllBytes(Out("r1.csv"));
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("任务,").And.Contain("\"今年新增双师型教师23名, 其中\"\"省级\"\"骨干5名\"");
        text.Split("\r\n").Should().Contain(l => l.Contains("区教体局") && l.Contains("已提交"));
    }

    [Fact]
    public void Export_Ics_HasOneEventPerMeetingWithStableUidsInTheJointMeetingsZone()
    {
        var result = Run("export", "demo-002", "--out", Out("meetings.ics"));

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain("wrote 2 meeting(s) of 'demo-002' in 2026");
        var text = File.ReadAllText(Out("meetings.ics"));
        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Method.Should().Be("PUBLISH");
        calendar.Events.Select(e => e.Uid).Should().BeEquivalentTo(store.MeetingUids);
        calendar.Events.Select(e => (e.DtStart!.TzId, e.DtStart.Value)).Should().Equal(
            ("Asia/Shanghai", new DateTime(2026, 6, 18, 14, 30, 0)), ("Asia/Shanghai", new DateTime(2026, 11, 20, 9, 30, 0)));
        calendar.TimeZones.Select(z => z.TzId).Should().Equal("Asia/Shanghai");
        text.Should().Contain("DTSTART;TZID=Asia/Shanghai:20260618T143000");

        Run("export", "demo-002", "--out", Out("again.ics")).ExitCode.Should().Be(ExitCodes.Ok);
        Ical.Net.Calendar.Load(File.ReadAllText(Out("again.ics")))!.Events.Select(e => e.Uid).Should().Equal(calendar.Events.Select(e => e.Uid),
            "a calendar that imports the file again updates its entries instead of adding copies");
    }

    [Fact]
    public void Export_IcsOfAYearWithoutMeetings_IsAnEmptyCalendar()
    {
        Run("export", "demo-002", "--year", "2027", "--out", Out("2027.ics")).ExitCode.Should().Be(ExitCodes.Ok);

        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(Out("2027.ics")))!;
        calendar.Events.Should().BeEmpty();
    }

    [Fact]
    public void Brief_OfAnUnknownJointMeeting_FailsAndLeavesTheExistingFileAlone()
    {
        File.WriteAllText(Out("brief.docx"), "yesterday's brief");

        var result = Run("brief", "demo-999", "--out", Out("brief.docx"));

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("no joint meeting has id 'demo-999'");
        File.ReadAllText(Out("brief.docx")).Should().Be("yesterday's brief");
    }

    [Fact]
    public void Export_OfAnUnknownRound_NamesTheRoundsAndWritesNothing()
    {
        var result = Run("export", "demo-002", "--round", "r9", "--out", Out("r9.xlsx"));

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("has no round 'r9' (its rounds: r1)");
        Directory.GetFiles(output.Path).Should().BeEmpty();
    }

    [Fact]
    public void Brief_OfAJointMeetingWithoutRounds_SaysHowToOpenOne()
    {
        var result = Run("brief", "demo-001", "--out", Out("brief.docx"));

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("has no reporting round yet");
        Directory.GetFiles(output.Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData("no-such-folder/brief.docx", "does not exist")]
    [InlineData("", "it is a folder")]
    public void Brief_ToAPathThatCannotBeWritten_FailsAndWritesNothing(string relative, string reason)
    {
        var target = relative == "" ? output.CreateFolder("brief.docx") : Out(relative);

        var result = Run("brief", "demo-002", "--out", target);

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain($"cannot write {target}").And.Contain(reason);
        Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Theory]
    [InlineData("export", "r1.pdf", "name the file .xlsx, .csv or .ics")]
    [InlineData("brief", "brief.pdf", "name it .docx")]
    public void Commands_WithAnOutputTheyCannotWrite_SayWhatTheyWrite(string command, string file, string message)
    {
        var result = Run(command, "demo-002", "--out", Out(file));

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain(message);
        Directory.GetFiles(output.Path).Should().BeEmpty();
    }

    [Fact]
    public void Export_IcsWithARound_IsRefusedAsAMistake()
    {
        var result = Run("export", "demo-002", "--round", "r1", "--out", Out("meetings.ics"));

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("--round is for .xlsx and .csv");
        Directory.GetFiles(output.Path).Should().BeEmpty();
    }
}
