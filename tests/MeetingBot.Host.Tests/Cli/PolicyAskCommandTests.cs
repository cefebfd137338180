using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

public sealed class PolicyAskCommandTests : IDisposable
{
    private const string DualQualifiedQuestion = "谁负责双师型教师队伍建设？";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ask_WhoIsResponsibleOverSeeds_AnswersAboutDualQualifiedTeachers()
    {
        var result = CliRunner.Run("policy", "ask", RepoPaths.Seeds, DualQualifiedQuestion, "--today", "2022-06-30");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain("双师型");
    }

    [Fact]
    public void Ask_WithoutToday_AnswersAsOfTheLocalDate()
    {
        var result = CliRunner.Run("policy", "ask", RepoPaths.Seeds, DualQualifiedQuestion);

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain("双师型");
    }

    [Fact]
    public void Ask_QuestionInSeveralArguments_AsksThemAsOneQuestion()
    {
        var result = CliRunner.Run("policy", "ask", RepoPaths.Seeds, "谁负责", "双师型教师队伍建设？", "--today", "2022-06-30");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain("双师型");
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("30/06/2022")]
    [InlineData("tomorrow")]
    public void Ask_InvalidToday_ExitsWithErrorAndPrintsNothing(string today)
    {
        var result = CliRunner.Run("policy", "ask", RepoPaths.Seeds, DualQualifiedQuestion, "--today", today);

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("error").And.Contain("--today").And.Contain(today);
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Ask_EmptyQuestion_ExitsWithErrorAndPrintsNothing()
    {
        var result = CliRunner.Run("policy", "ask", RepoPaths.Seeds, "  ");

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("error");
        result.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData(BadInput.MissingFile)]
    [InlineData(BadInput.EmptyFile)]
    [InlineData(BadInput.BinaryFile)]
    [InlineData(BadInput.UnnumberedText)]
    public void Ask_UnusableDocument_ExitsWithErrorAndPrintsNothing(BadInput input)
    {
        var path = BadInputFiles.Create(_temp, input);

        var result = CliRunner.Run("policy", "ask", path, DualQualifiedQuestion);

        result.ExitCode.Should().Be(ExitCodes.InputError, result.Stderr);
        result.Stderr.Should().Contain("error: ").And.NotContain("   at ");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Ask_FolderWithoutDocuments_ExitsWithErrorAndPrintsNothing()
    {
        var result = CliRunner.Run("policy", "ask", _temp.CreateFolder("empty"), DualQualifiedQuestion);

        result.ExitCode.Should().Be(ExitCodes.InputError, result.Stderr);
        result.Stderr.Should().Contain("error: ");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Ask_FolderWithOneBadFile_WarnsAndAnswersFromTheRest()
    {
        var folder = _temp.CreateFolder("mixed");
        File.Copy(RepoPaths.Seed("002_3db67e52c630979e.txt"), Path.Combine(folder, "002.txt"));
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");

        var result = CliRunner.Run("policy", "ask", folder, DualQualifiedQuestion, "--today", "2022-06-30");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stderr.Should().Contain("warning").And.NotContain("error:");
        result.Stdout.Should().Contain("双师型");
    }
}
