using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text;
using MeetingBot.Host.Extensions;
using MeetingBot.Host.Tests.WebChat;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Identity;
using MeetingBot.TestPeers.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MeetingBot.Host.Tests.Extensions;

[CollectionDefinition(TelemetryCollection.Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition;

/// <summary>The traces and metrics of the running host, as an exporter receives them.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly TelemetryCapture telemetry = new();
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        telemetry.Dispose();
    }

    [Fact]
    public async Task Question_InWebChat_IsOneTurnSpanWithChannelFeatureJointMeetingAndOutcome_AndNoText()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        (await host.AskAsync(session, WebChatHost.Message("谁负责双师型教师？"))).Should().NotBeEmpty();

        var turn = telemetry.Spans.Should().ContainSingle(s => s.OperationName == "turn").Subject;
        turn.GetTagItem("meetingbot.channel").Should().Be("webchat");
        turn.GetTagItem("meetingbot.feature").Should().Be("questions");
        turn.GetTagItem("meetingbot.joint_meeting").Should().Be("demo-002");
        turn.GetTagItem("meetingbot.outcome").Should().Be("answered");
        telemetry.AllTagValues.Should().NotContain(v => v.Contains("双师型") || v.Contains(session.Token), "never what a person wrote, nor a token");
        telemetry.Sum("meetingbot.turns", ("meetingbot.channel", "webchat"), ("meetingbot.outcome", "answered"), ("meetingbot.feature", "questions")).Should().Be(1);
        telemetry.Count("meetingbot.turn.duration", ("meetingbot.channel", "webchat")).Should().Be(1);
    }

    [Fact]
    public async Task ActingBeyondTheRole_IsARefusedTurnAndADomainRefusal()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        await host.AskAsync(session, WebChatHost.Message("添加成员单位 区审计局"));

        telemetry.Spans.Should().ContainSingle(s => s.OperationName == "turn").Which.GetTagItem("meetingbot.outcome").Should().Be("refused");
        telemetry.Sum("meetingbot.refusals", ("meetingbot.channel", "webchat"), ("meetingbot.reason", "domain")).Should().Be(1);
        telemetry.Sum("meetingbot.turns", ("meetingbot.outcome", "refused")).Should().Be(1);
    }

    [Fact]
    public async Task BadBodyOnTheTeamsEndpoint_IsCountedAsABadRequestRefusal()
    {
        using var content = new StringContent("hello", Encoding.UTF8, "text/plain");

        var response = await host.Client.PostAsync("api/messages", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        telemetry.Sum("meetingbot.refusals", ("meetingbot.channel", "msteams"), ("meetingbot.reason", "bad_request"), ("http.response.status_code", 415)).Should().Be(1);
        telemetry.Spans.Should().NotContain(s => s.OperationName == "turn", "a refused request is no turn");
    }

    [Fact]
    public async Task Message_InTeams_IsOneTurnSpanOfTheTeamsChannel()
    {
        const string appId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
        await using var identity = await StubIdentityProvider.StartAsync();
        await using var connector = await StubConnector.StartAsync();
        identity.RegisterClient(appId, "secret");
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppPassword"] = "secret",
                ["MicrosoftAppTenantId"] = tenant,
                ["BotFramework:OpenIdMetadataUrl"] = identity.BotFrameworkMetadataUrl,
                ["BotFramework:TokenEndpoint"] = identity.TokenEndpoint(tenant),
            },
        };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "f:1",
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + appId },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = tenant },
            ["text"] = "谁负责双师型教师队伍建设？",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", identity.IssueChannelToken(new ChannelTokenSpec(appId, connector.ServiceUrl)));

        (await app.CreateClient().SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);

        var turn = telemetry.Spans.Should().ContainSingle(s => s.OperationName == "turn").Subject;
        turn.GetTagItem("meetingbot.channel").Should().Be("msteams");
        turn.GetTagItem("meetingbot.feature").Should().Be("questions");
        turn.GetTagItem("meetingbot.outcome").Should().Be("answered");
        telemetry.AllTagValues.Should().NotContain(v => v.Contains("双师型"));
        telemetry.Sum("meetingbot.outbound.calls", ("meetingbot.peer", "connector"), ("http.response.status_code", "200")).Should().BeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [InlineData(null, null, TelemetryExporters.None)]
    [InlineData("http://127.0.0.1:4317", null, TelemetryExporters.Otlp)]
    [InlineData(null, "InstrumentationKey=00000000-0000-0000-0000-000000000000", TelemetryExporters.AzureMonitor)]
    [InlineData("http://127.0.0.1:4317", "InstrumentationKey=00000000-0000-0000-0000-000000000000", TelemetryExporters.Otlp | TelemetryExporters.AzureMonitor)]
    [InlineData(" ", "", TelemetryExporters.None)]
    public void Exporters_FollowTheStandardVariables(string? otlp, string? appInsights, TelemetryExporters expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = appInsights,
        }).Build();

        TelemetryExporters.From(configuration).Should().Be(expected);
    }

    [Fact]
    public void Host_WithoutAnExporter_CollectsNothing()
    {
        host.Services.GetService<TracerProvider>().Should().BeNull();
        host.Services.GetService<MeterProvider>().Should().BeNull();
    }

    [Fact]
    public async Task Host_WithBothExporters_StartsWithTracingAndMetricsOfTheBot()
    {
        // Nobody listens at either address: exporting fails quietly in the background, the bot runs on.
        await using var exporting = await WebChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        exporting.Services.GetService<TracerProvider>().Should().NotBeNull();
        exporting.Services.GetService<MeterProvider>().Should().NotBeNull();
        (await exporting.Client.GetAsync("health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
