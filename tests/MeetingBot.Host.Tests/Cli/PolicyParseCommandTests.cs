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

    private static IEnumerable<string> PropertyNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name);
}
