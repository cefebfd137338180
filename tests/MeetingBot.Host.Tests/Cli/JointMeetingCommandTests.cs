using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

public sealed class JointMeetingCommandTests : IDisposable
{
    private const string Yongnian = "002_3db67e52c630979e.txt";
    private const string Zhejiang = "001_14d8aefb06d3d78e.txt";
    private readonly TempFolder data = new();

    private CliResult Run(params string[] args) =>
        CliRunner.RunWith(new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path }, args);

    [Fact]
    public void Create_FromYongnianSeed_StoresItWithTheClauseMembersAndSecretariat()
    {
        var result = Run("joint-meeting", "create", "--from", RepoPaths.Seed(Yongnian), "--id", "yongnian", "--secretariat", "区教体局");

        result.Stderr.Should().BeEmpty();
        result.ExitCode.Should().Be(ExitCodes.Ok);
        result.Stdout.Should().Contain("created joint meeting 'yongnian'")
            .And.Contain("members (7, from the document's joint-meeting clause): 区教体局、区人社局")
            .And.Contain("secretariat: 区教体局")
            .And.Contain("convenor: 政府分管教育工作的副区长")
            .And.Contain(data.Path);

        var list = Run("joint-meeting", "list");
        list.ExitCode.Should().Be(ExitCodes.Ok);
        list.Stdout.Should().StartWith("yongnian\t").And.Contain("7 units");
    }

    [Fact]
    public void Create_FromZhejiangSeed_SaysItsMembersComeFromItsTasks()
    {
        var result = Run("joint-meeting", "create", "--from", RepoPaths.Seed(Zhejiang));

        result.ExitCode.Should().Be(ExitCodes.Ok);
        result.Stdout.Should().Contain("created joint meeting '001_14d8aefb06d3d78e'").And.Contain("from the units its tasks name");
    }

    [Fact]
    public async Task Create_FromADocumentOutsideTheSeeds_KeepsACopyTheBotAnswersFrom()
    {
        using var inputs = new TempFolder();
        var document = inputs.WriteBytes("county.txt", File.ReadAllBytes(RepoPaths.Seed(Yongnian)));

        Run("joint-meeting", "create", "--from", document, "--id", "county").ExitCode.Should().Be(ExitCodes.Ok);

        File.ReadAllBytes(Path.Combine(data.Path, "policies", "county.txt")).Should().Equal(File.ReadAllBytes(document));
        var options = new MeetingBot.Host.Storage.StorageOptions { DataPath = data.Path };
        MeetingBot.Host.Storage.PolicyDocuments.Load(options, data.Path).Select(d => d.SourceName).Should().Contain("county.txt");
        var table = MeetingBot.Storage.Embedded.SqliteEntityTableFactory.Create(data.Path);
        (await new MeetingBot.Storage.PolicyFiles.EntityPolicyFileStore(table, new Microsoft.Extensions.Time.Testing.FakeTimeProvider()).ReadKeptAsync("county.txt", CancellationToken.None))
            .Should().Equal(File.ReadAllBytes(document), "in the store too, where every instance of the bot reads it");
    }

    [Fact]
    public void Create_FromAnotherDocumentOfAnImportedName_RefusesAndCreatesNothing()
    {
        using var inputs = new TempFolder();
        var document = inputs.WriteBytes("county.txt", File.ReadAllBytes(RepoPaths.Seed(Yongnian)));
        Run("joint-meeting", "create", "--from", document, "--id", "first").ExitCode.Should().Be(ExitCodes.Ok);
        inputs.WriteBytes("county.txt", File.ReadAllBytes(RepoPaths.Seed(Zhejiang)));

        var second = Run("joint-meeting", "create", "--from", document, "--id", "second");

        second.ExitCode.Should().Be(ExitCodes.InputError);
        second.Stderr.Should().Contain("a different document named county.txt is known already");
        Run("joint-meeting", "list").Stdout.Should().NotContain("second");
    }

    [Fact]
    public void Create_TheSameIdTwice_RefusesTheSecondAndKeepsTheFirst()
    {
        Run("joint-meeting", "create", "--from", RepoPaths.Seed(Yongnian), "--id", "jm").ExitCode.Should().Be(ExitCodes.Ok);

        var again = Run("joint-meeting", "create", "--from", RepoPaths.Seed(Zhejiang), "--id", "jm");

        again.ExitCode.Should().Be(ExitCodes.InputError);
        again.Stderr.Should().Contain("'jm' exists already");
        Run("joint-meeting", "list").Stdout.Should().Contain("7 units");
    }

    [Theory]
    [InlineData("--id", "has space", "joint meeting id 'has space'")]
    [InlineData("--time-zone", "Beijing", "'Beijing' is not a known time zone")]
    [InlineData("--min-meetings", "0", "1 to 12 times a year")]
    [InlineData("--language", "fr", "Language 'fr'")]
    public void Create_WithABadOption_SaysWhatIsWrongAndStoresNothing(string option, string value, string message)
    {
        var result = Run("joint-meeting", "create", "--from", RepoPaths.Seed(Yongnian), option, value);

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain(message);
        Run("joint-meeting", "list").Stdout.Should().Contain("no joint meetings yet");
    }

    [Fact]
    public void Create_FromAMissingFile_SaysSo()
    {
        var result = Run("joint-meeting", "create", "--from", "no-such-policy.txt");

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("file not found");
    }

    [Fact]
    public void List_WithABadProvider_NamesTheKey()
    {
        var result = CliRunner.RunWith(new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" }, "joint-meeting", "list");

        result.ExitCode.Should().Be(ExitCodes.InputError);
        result.Stderr.Should().Contain("Storage:Provider is 'Mongo'");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }
}
