using System.Text.Json;
using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

public sealed class PolicyParseCommandTests : IDisposable
{
    private static readonly string[] DocumentKeys = ["title", "issuer", "date", "jointMeeting", "tasks", "units"];
    private static readonly string[] TaskKeys = ["path", "title", "line", "lead", "responsible", "assignment", "targets"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("000_8c2f8a1ca8efd1da.txt")]
    [InlineData("001_14d8aefb06d3d78e.txt")]
    [InlineData("002_3db67e52c630979e.txt")]
    [InlineData("003_451e084fbe984a04.txt")]
    [InlineData("004_7e316252f085b915.txt")]
    public void Parse_SeedWithJson_PrintsDocumentJson(string seed)
    {
        var result = CliRunner.Run("policy", "parse", RepoPaths.Seed(seed), "--json");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        PropertyNames(root).Should().Contain(DocumentKeys);
        root.GetProperty("tasks").GetArrayLength().Should().BePositive();
        foreach (var task in root.GetProperty("tasks").EnumerateArray())
        {
            PropertyNames(task).Should().Contain(TaskKeys);
        }
    }

    [Fact]
    public void Parse_SeedWithoutJson_PrintsSummaryWithTitleAndTasks()
    {
        var result = CliRunner.Run("policy", "parse", RepoPaths.Seed("002_3db67e52c630979e.txt"));

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain("title:").And.Contain("永年区").And.Contain("tasks (");
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData(BadInput.MissingFile)]
    [InlineData(BadInput.EmptyFile)]
    [InlineData(BadInput.BinaryFile)]
    [InlineData(BadInput.UnnumberedText)]
    public void Parse_UnusableDocument_ExitsWithErrorAndPrintsNothing(BadInput input)
    {
        var path = BadInputFiles.Create(_temp, input);

        var result = CliRunner.Run("policy", "parse", path, "--json");

        result.ExitCode.Should().Be(ExitCodes.InputError, result.Stderr);
        result.Stderr.Should().StartWith("error: ").And.NotContain("   at ");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Parse_CharterWithAttachmentAsJson_PrintsViceConvenorsOfficeLiaisonAndParts()
    {
        var path = _temp.WriteText("charter.txt", """
            关于建立某某县河湖长制工作联席会议制度的通知
            一、组成人员
            联席会议由县水利局、县生态环境局、县财政局组成，县政府分管副县长任召集人，县水利局局长任副召集人。
            联席会议办公室设在县水利局，办公室主任由县水利局分管负责同志兼任。各成员单位确定1名股级干部为联络员。
            二、工作规则
            联席会议每季度召开一次。
            附件
            重点任务分工表
            序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限
            1 | 完成河道清淤20公里 | 县水利局 | 县财政局 | 2025年底前
            """);

        var result = CliRunner.Run("policy", "parse", path, "--json");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var meeting = json.RootElement.GetProperty("jointMeeting");
        meeting.GetProperty("convenor").GetString().Should().Be("县政府分管副县长");
        meeting.GetProperty("viceConvenors").EnumerateArray().Select(v => v.GetString()).Should().Equal("县水利局局长");
        meeting.GetProperty("office").GetString().Should().Be("县水利局");
        meeting.GetProperty("officeHead").GetString().Should().Be("县水利局分管负责同志");
        meeting.GetProperty("liaisonRule").GetString().Should().Contain("联络员");
        meeting.GetProperty("minMeetingsPerYear").GetInt32().Should().Be(4);
        var part = json.RootElement.GetProperty("parts").EnumerateArray().Should().ContainSingle().Subject;
        part.GetProperty("label").GetString().Should().Be("附件");
        part.GetProperty("title").GetString().Should().Be("重点任务分工表");
        var row = json.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("path").EnumerateArray().First().GetString() == "附件");
        row.GetProperty("lead").EnumerateArray().Select(v => v.GetString()).Should().Equal("县水利局");
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name);
}
