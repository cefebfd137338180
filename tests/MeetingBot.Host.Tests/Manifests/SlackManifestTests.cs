using System.Text.Json.Nodes;
using MeetingBot.Host.Cli;
using MeetingBot.TestPeers.Hosting;
using NJsonSchema;

namespace MeetingBot.Host.Tests.Manifests;

/// <summary>The committed Slack app manifest, and what <c>slack manifest</c> makes of it, against Slack's manifest schema.</summary>
public sealed class SlackManifestTests
{
    private static string SchemaPath => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "reference", "schemas", "slack-app-manifest.schema.json"));

    private static string TemplatePath => Path.Combine(RepoPaths.Root, "manifests", "slack", "manifest.json");

    private static async Task<IReadOnlyList<string>> ErrorsAsync(string json)
    {
        File.Exists(SchemaPath).Should().BeTrue($"the Slack manifest schema {SchemaPath} is needed");
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        return schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
    }

    [Fact]
    public async Task TheCommittedManifest_IsValid_AndAsksForWhatTheBotUses()
    {
        var json = await File.ReadAllTextAsync(TemplatePath);
        (await ErrorsAsync(json)).Should().BeEmpty();

        var manifest = JsonNode.Parse(json)!;
        manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>())
            .Should().Contain(["app_mentions:read", "chat:write", "commands", "files:read", "im:history", "im:write", "users:read"]);
        manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(s => s!.GetValue<string>())
            .Should().BeEquivalentTo(["app_home_opened", "app_mention", "message.im"]);
        manifest["features"]!["slash_commands"]![0]!["command"]!.GetValue<string>().Should().Be("/meeting");
        manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>().Should().BeTrue();

        // The check can fail: a command without its slash, and a key Slack does not know, are caught.
        manifest["features"]!["slash_commands"]![0]!["command"] = "meeting";
        manifest["settings"]!["socket_mode"] = true;
        (await ErrorsAsync(manifest.ToJsonString())).Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task SlackManifest_FillsInThePublicUrl_AndStaysValid()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        CliApp.Run(["slack", "manifest", "--url", "https://bot.gov.example.cn/meetingbot"], output, error, WallClock.Instance).Should().Be(ExitCodes.Ok, error.ToString());

        (await ErrorsAsync(output.ToString())).Should().BeEmpty();
        var manifest = JsonNode.Parse(output.ToString())!;
        manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>().Should().Be("https://bot.gov.example.cn/meetingbot/api/slack/events");
        manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>().Should().Be("https://bot.gov.example.cn/meetingbot/api/slack/interactions");
        manifest["features"]!["slash_commands"]![0]!["url"]!.GetValue<string>().Should().Be("https://bot.gov.example.cn/meetingbot/api/slack/commands");
        manifest["display_information"]!["name"]!.GetValue<string>().Should().Contain("联席会议");
    }

    [Theory]
    [InlineData("http://bot.example.com")]
    [InlineData("bot.example.com")]
    [InlineData("https://bot.example.com/?x=1")]
    public void SlackManifest_RefusesAnAddressSlackCannotCall(string url)
    {
        var error = new StringWriter();
        CliApp.Run(["slack", "manifest", "--url", url], new StringWriter(), error, WallClock.Instance).Should().Be(ExitCodes.InputError);
        error.ToString().Should().StartWith("error: --url");
    }
}
