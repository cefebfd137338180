using System.IO.Compression;
using System.Text.Json.Nodes;
using MeetingBot.Host.Cli;
using MeetingBot.Host.Tests.Cli;

namespace MeetingBot.Host.Tests.Manifests;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static readonly string[] PackageFiles = ["manifest.json", "color.png", "outline.png", "en.json"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Package_ValidInput_WritesZipWithTheFilesAtItsRoot()
    {
        var zipPath = Path.Combine(_temp.Path, "app.zip");

        var result = CliRunner.Run("teams", "package", "--app-id", AppId, "--package-version", "1.2.3", "--out", zipPath);

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        result.Stdout.Should().Contain(zipPath);
        using var zip = ZipFile.OpenRead(zipPath);
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo(PackageFiles);
        foreach (var file in PackageFiles.Skip(1))
        {
            Bytes(zip, file).Should().Equal(File.ReadAllBytes(TeamsTemplate.File(file)), $"{file} is copied unchanged");
        }
    }

    [Fact]
    public void Package_ValidInput_ManifestPassesSchemaWithIdsAndVersionFilledIn()
    {
        var zipPath = Path.Combine(_temp.Path, "app.zip");

        var result = CliRunner.Run("teams", "package", "--app-id", AppId.ToUpperInvariant(), "--package-version", "2.10.0",
            "--out", zipPath, "--domain", "bot.example.com", "--domain", "*.example.org");

        result.ExitCode.Should().Be(ExitCodes.Ok, result.Stderr);
        var json = ManifestOf(zipPath);
        TeamsSchemas.ManifestErrors(json).Should().BeEmpty();
        var manifest = JsonNode.Parse(json)!;
        manifest["id"]!.GetValue<string>().Should().Be(AppId);
        manifest["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(AppId);
        manifest["version"]!.GetValue<string>().Should().Be("2.10.0");
        manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()).Should().Equal("bot.example.com", "*.example.org");
        manifest["bots"]![0]!["commandLists"]!.ToJsonString().Should().Be(TeamsTemplate.Manifest["bots"]![0]!["commandLists"]!.ToJsonString());
    }

    [Fact]
    public void Package_NoVersionOrDomain_KeepsTemplateVersionAndEmptyDomains()
    {
        var zipPath = Path.Combine(_temp.Path, "app.zip");

        CliRunner.Run("teams", "package", "--app-id", AppId, "--out", zipPath).ExitCode.Should().Be(ExitCodes.Ok);

        var manifest = JsonNode.Parse(ManifestOf(zipPath))!;
        manifest["version"]!.GetValue<string>().Should().Be(TeamsTemplate.Manifest["version"]!.GetValue<string>());
        manifest["validDomains"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void OutputPath_NoOut_IsVersionedZipInCallerFolder() =>
        TeamsPackageCommand.OutputPath(null, "1.2.3", _temp.Path).Should().Be(Path.Combine(_temp.Path, "meetingbot-teams-1.2.3.zip"));

    [Theory]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--app-id", "3f2504e0-4f89-11d3-9a0c")]
    [InlineData("--app-id", "00000000-0000-0000-0000-000000000000")]
    [InlineData("--package-version", "1.2")]
    [InlineData("--package-version", "01.2.3")]
    [InlineData("--package-version", "1.2.3-beta")]
    [InlineData("--package-version", "v1.2.3")]
    [InlineData("--domain", "https://bot.example.com")]
    [InlineData("--domain", "bot.example.com/api")]
    [InlineData("--domain", "bot example.com")]
    public void Package_BadOption_RefusesWithOneErrorLineAndWritesNothing(string option, string value)
    {
        string[] args = ["teams", "package", "--app-id", AppId, "--out", Path.Combine(_temp.Path, "app.zip")];
        var result = CliRunner.Run(option == "--app-id" ? [.. args[..2], option, value, .. args[4..]] : [.. args, option, value]);

        ShouldRefuse(result);
    }

    [Theory]
    [InlineData("missing-folder/app.zip")]
    [InlineData("a-file.txt/app.zip")]
    [InlineData("existing-folder")]
    public void Package_UnwritableOut_RefusesWithOneErrorLineAndWritesNothing(string relativeOut)
    {
        _temp.WriteText("a-file.txt", "not a folder");
        _temp.CreateFolder("existing-folder");
        var before = Directory.GetFileSystemEntries(_temp.Path, "*", SearchOption.AllDirectories);

        ShouldRefuse(CliRunner.Run("teams", "package", "--app-id", AppId, "--out", Path.Combine(_temp.Path, relativeOut)));
        Directory.GetFileSystemEntries(_temp.Path, "*", SearchOption.AllDirectories).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Package_NoAppId_IsUsageError() =>
        CliRunner.Run("teams", "package", "--out", Path.Combine(_temp.Path, "app.zip")).ExitCode.Should().NotBe(ExitCodes.Ok);

    [Theory]
    [InlineData("localhost:3978")]
    [InlineData("10.0.0.5")]
    [InlineData("*.contoso.com")]
    public void CheckDomain_HostForms_AreAccepted(string domain) => TeamsPackageCommand.CheckDomain(domain).Should().BeNull();

    private void ShouldRefuse(CliResult result)
    {
        result.ExitCode.Should().Be(ExitCodes.InputError, result.Stderr);
        result.Stderr.Should().StartWith("error: ");
        result.Stderr.TrimEnd().Split('\n').Should().ContainSingle();
        result.Stdout.Should().BeEmpty();
        File.Exists(Path.Combine(_temp.Path, "app.zip")).Should().BeFalse();
    }

    private static string ManifestOf(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return System.Text.Encoding.UTF8.GetString(Bytes(zip, "manifest.json"));
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}
