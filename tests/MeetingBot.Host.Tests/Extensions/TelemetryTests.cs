using System.Net;
using System.Text;
using MeetingBot.Host.Extensions;
using MeetingBot.Host.Tests.WebChat;
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
