using System.Text.Json.Nodes;
using MeetingBot.Core.Commands;

namespace MeetingBot.Host.Tests.Manifests;

public sealed class TeamsManifestTests
{
    private const string PlaceholderId = "00000000-0000-0000-0000-000000000000";
    private static readonly string[] BotScopes = ["personal", "team", "groupChat"];

    [Fact]
    public void Template_AgainstV130Schema_HasNoErrors() =>
        TeamsSchemas.ManifestErrors(TeamsTemplate.ManifestJson).Should().BeEmpty();

    [Fact]
    public void Template_Header_IsV130ChineseWithPlaceholderIds()
    {
        var manifest = TeamsTemplate.Manifest;

        Text(manifest["$schema"]).Should().Be("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json");
        Text(manifest["manifestVersion"]).Should().Be("1.30");
        Text(manifest["id"]).Should().Be(PlaceholderId);
        Text(manifest["bots"]![0]!["botId"]).Should().Be(PlaceholderId);
        Text(manifest["localizationInfo"]!["defaultLanguageTag"]).Should().Be("zh-cn");
        Text(manifest["name"]!["short"]).Should().Be("联席会议助手");
    }

    [Fact]
    public void Template_Bot_ConversesInPersonalTeamAndGroupChat()
    {
        var bots = TeamsTemplate.Manifest["bots"]!.AsArray();

        bots.Should().ContainSingle();
        var bot = bots[0]!;
        Texts(bot["scopes"]).Should().Equal(BotScopes);
        // A convenor uploads the policy document in the personal chat: Teams offers the upload only with supportsFiles.
        bot["supportsFiles"]!.GetValue<bool>().Should().BeTrue();
        bot["isNotificationOnly"]!.GetValue<bool>().Should().BeFalse();
        // The schema asks for one command list per scope.
        bot["commandLists"]!.AsArray().Select(list => Texts(list!["scopes"]).Single()).Should().Equal(BotScopes);
    }

    [Fact]
    public void Template_EveryCommandList_IsTheCatalogInOrder()
    {
        // The title is what the menu inserts and the bot parses; the description says it in English too.
        var expected = CommandCatalog.All.Select(c => (c.Chinese, $"{c.DescriptionZh}（{c.English}）")).ToList();

        foreach (var list in TeamsTemplate.Manifest["bots"]![0]!["commandLists"]!.AsArray())
        {
            list!["commands"]!.AsArray().Select(c => (Text(c!["title"]), Text(c["description"])))
                .Should().Equal(expected);
        }
    }

    [Fact]
    public void Catalog_Commands_FitAClientsCommandMenu()
    {
        // Stricter than the v1.30 schema (12 commands, 128-character titles): what older clients show in full.
        CommandCatalog.All.Should().HaveCountLessThanOrEqualTo(10);
        CommandCatalog.All.Select(c => c.Chinese).Should().OnlyHaveUniqueItems();
        CommandCatalog.All.Select(c => c.English).Should().OnlyHaveUniqueItems();
        foreach (var command in CommandCatalog.All)
        {
            command.Chinese.Length.Should().BeLessThanOrEqualTo(32);
            command.English.Length.Should().BeLessThanOrEqualTo(32);
            $"{command.DescriptionZh}（{command.English}）".Length.Should().BeLessThanOrEqualTo(128, command.English);
            command.DescriptionEn.Length.Should().BeLessThanOrEqualTo(128, command.English);
        }
    }

    [Fact]
    public void Template_EveryFileItNames_IsInTheTemplateFolder()
    {
        var manifest = TeamsTemplate.Manifest;
        var named = manifest["icons"]!.AsObject().Select(icon => Text(icon.Value))
            .Concat(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => Text(l!["file"])));

        named.Should().OnlyContain(file => File.Exists(TeamsTemplate.File(file)));
    }

    [Fact]
    public void English_AgainstV130LocalizationSchema_HasNoErrors() =>
        TeamsSchemas.LocalizationErrors(File.ReadAllText(TeamsTemplate.File("en.json"))).Should().BeEmpty();

    [Fact]
    public void English_EveryCommandList_IsTheCatalogInEnglish()
    {
        var english = TeamsTemplate.English;
        var lists = TeamsTemplate.Manifest["bots"]![0]!["commandLists"]!.AsArray().Count;

        for (var list = 0; list < lists; list++)
        {
            CommandCatalog.All.Select((c, i) => (
                    Text(english[$"bots[0].commandLists[{list}].commands[{i}].title"]),
                    Text(english[$"bots[0].commandLists[{list}].commands[{i}].description"])))
                .Should().Equal(CommandCatalog.All.Select(c => (c.English, c.DescriptionEn)));
        }

        english.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal))
            .Should().HaveCount(lists * CommandCatalog.All.Count * 2, "no string for a command the catalog does not have");
    }

    public static TheoryData<string> Breakages => new(TeamsManifestBreakages.Names);

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Validation_BrokenManifest_IsRejected(string breakage)
    {
        var manifest = TeamsTemplate.Manifest;
        TeamsManifestBreakages.Apply(breakage, manifest);

        TeamsSchemas.ManifestErrors(manifest.ToJsonString()).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("no short description")]
    [InlineData("command title of 129 characters")]
    [InlineData("a fourth command list")]
    public void Validation_BrokenEnglish_IsRejected(string breakage)
    {
        var english = TeamsTemplate.English;
        switch (breakage)
        {
            case "no short description":
                english.Remove("description.short");
                break;
            case "command title of 129 characters":
                english["bots[0].commandLists[0].commands[0].title"] = new string('a', 129);
                break;
            default:
                english["bots[0].commandLists[3].commands[0].title"] = "help";
                break;
        }

        TeamsSchemas.LocalizationErrors(english.ToJsonString()).Should().NotBeEmpty();
    }

    [Fact]
    public void English_Names_AreWithinTheManifestLimits()
    {
        // The localization schema puts these maxLengths beside a $ref, which draft-04 ignores, so check them here.
        var english = TeamsTemplate.English;

        Text(english["name.short"]).Length.Should().BeLessThanOrEqualTo(30);
        Text(english["name.full"]).Length.Should().BeLessThanOrEqualTo(100);
        Text(english["description.short"]).Length.Should().BeLessThanOrEqualTo(80);
        Text(english["description.full"]).Length.Should().BeLessThanOrEqualTo(4000);
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string[] Texts(JsonNode? node) => node!.AsArray().Select(Text).ToArray();
}
