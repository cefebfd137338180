using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.Manifests.Azure;

/// <summary>manifests/azure: compiled and linted with the Bicep CLI, and the template holds what the deployment needs.</summary>
public sealed class AzureTemplateTests
{
    private static readonly Dictionary<string, string?> LinkKey = new() { ["MEETINGBOT_LINK_SIGNING_KEY"] = new string('k', 48) };
    // The CLI takes seconds to start, so each run happens once for the class, one after another (in parallel they
    // only fight over two cores). `build` lints as it compiles: its diagnostics are the linter's too.
    private static readonly Lazy<Task<Runs>> Started = new(RunAllAsync);

    private sealed record Runs(BicepCli.Result BuildTemplate, BicepCli.Result BuildParameters, BicepCli.Result BuildParametersWithoutKey);

    private static async Task<Runs> RunAllAsync() => new(
        await BicepCli.RunAsync(null, "build", "main.bicep", "--stdout"),
        await BicepCli.RunAsync(LinkKey, "build-params", "main.bicepparam", "--stdout"),
        await BicepCli.RunAsync(new Dictionary<string, string?> { ["MEETINGBOT_LINK_SIGNING_KEY"] = null }, "build-params", "main.bicepparam", "--stdout"));

    private static async Task<JsonObject> CompiledAsync()
    {
        var result = (await Started.Value).BuildTemplate;
        if (result.ExitCode != 0) throw new InvalidOperationException($"bicep build main.bicep failed:\n{result.Errors}");
        return JsonNode.Parse(result.Output)!.AsObject();
    }

    [Fact]
    public async Task Build_MainTemplate_HasNoErrorsAndNoLinterWarnings()
    {
        var result = (await Started.Value).BuildTemplate;

        result.ExitCode.Should().Be(0, result.Errors);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task BuildParams_ExampleParameters_AreValidForTheTemplate()
    {
        var result = (await Started.Value).BuildParameters;

        result.ExitCode.Should().Be(0, result.Errors);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task BuildParams_WithoutTheSigningKeyInTheEnvironment_FailsRatherThanDeployingWithout()
    {
        var result = (await Started.Value).BuildParametersWithoutKey;

        result.ExitCode.Should().NotBe(0);
        result.Errors.Should().Contain("MEETINGBOT_LINK_SIGNING_KEY");
    }

    [Fact]
    public async Task Template_RunsTheAppOnLinuxDotNet10WithAtLeastTwoInstancesProbedOnReady()
    {
        var template = await CompiledAsync();

        template["parameters"]!["instanceCount"]!["minValue"]!.GetValue<int>().Should().Be(2);
        var plan = Resource(template, "Microsoft.Web/serverfarms");
        plan["properties"]!["reserved"]!.GetValue<bool>().Should().BeTrue("Linux");
        plan["sku"]!["capacity"]!.GetValue<string>().Should().Be("[parameters('instanceCount')]");
        var site = Resource(template, "Microsoft.Web/sites")["properties"]!;
        site["siteConfig"]!["linuxFxVersion"]!.GetValue<string>().Should().Be("DOTNETCORE|10.0");
        site["siteConfig"]!["healthCheckPath"]!.GetValue<string>().Should().Be("/health/ready");
        site["httpsOnly"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Template_GivesTheIdentityTheTableAndTheSecrets_AndTheStoreNoKeys()
    {
        var template = await CompiledAsync();

        var storage = Resource(template, "Microsoft.Storage/storageAccounts");
        storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>().Should().BeFalse("the table is reached with the managed identity only");
        Resource(template, "Microsoft.Storage/storageAccounts/tableServices/tables").Should().NotBeNull();
        var roles = Resources(template, "Microsoft.Authorization/roleAssignments").Select(r => r["properties"]!["roleDefinitionId"]!.ToJsonString()).ToList();
        template["variables"]!["storageTableDataContributor"]!.GetValue<string>().Should().Be("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3");
        template["variables"]!["keyVaultSecretsUser"]!.GetValue<string>().Should().Be("4633458b-17de-408a-b874-0445c86b69e6");
        roles.Should().HaveCount(2).And.Contain(r => r.Contains("storageTableDataContributor")).And.Contain(r => r.Contains("keyVaultSecretsUser"));
        Resource(template, "Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]!.GetValue<bool>().Should().BeTrue();
        Resource(template, "Microsoft.Insights/components").Should().NotBeNull();
        template["parameters"]!["linkSigningKey"]!["type"]!.GetValue<string>().Should().Be("securestring");
    }

    [Fact]
    public async Task Template_SetsTheSettingsTheHostReads()
    {
        var template = await CompiledAsync();

        var settings = Resource(template, "Microsoft.Web/sites/config")["properties"]!.GetValue<string>();

        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "Storage__Provider", "Storage__TableEndpoint",
                     "AZURE_CLIENT_ID", "APPLICATIONINSIGHTS_CONNECTION_STRING", "MeetingBot__PublicUrl", "MeetingBot__LinkSigningKey", "WebChat__Enabled" })
            settings.Should().Contain(key);
        settings.Should().Contain("'MeetingBot__LinkSigningKey', format('{0}{1})', variables('secretReference'), 'link-signing-key')");
        template["variables"]!["secretReference"]!.GetValue<string>().Should().StartWith("[format('@Microsoft.KeyVault(VaultName=", "secrets are Key Vault references, not values");
    }

    [Fact]
    public async Task Template_RegistersTheBotWithTheTeamsChannelAtTheAppsMessagingEndpoint()
    {
        var template = await CompiledAsync();

        var bot = Resource(template, "Microsoft.BotService/botServices");
        bot["kind"]!.GetValue<string>().Should().Be("azurebot");
        bot["properties"]!["endpoint"]!.GetValue<string>().Should().Contain("/api/messages");
        bot["properties"]!["msaAppType"]!.GetValue<string>().Should().Be("[parameters('botAppType')]");
        bot["properties"]!["msaAppMSIResourceId"].Should().NotBeNull();
        var teams = Resource(template, "Microsoft.BotService/botServices/channels");
        teams["properties"]!["channelName"]!.GetValue<string>().Should().Be("MsTeamsChannel");
        teams["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>().Should().BeTrue();
    }

    private static IEnumerable<JsonObject> Resources(JsonObject template, string type)
    {
        // Plain templates list resources; templates with symbolic names (languageVersion 2.0) key them by name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject byName => byName.Select(r => r.Value!.AsObject()),
            _ => [],
        };
        return resources.Where(r => r["type"]?.GetValue<string>() == type).ToList();
    }

    private static JsonObject Resource(JsonObject template, string type) =>
        Resources(template, type).Should().ContainSingle($"one {type}").Subject;
}
