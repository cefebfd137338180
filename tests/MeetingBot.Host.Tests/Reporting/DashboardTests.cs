using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Reporting;
using MeetingBot.Host.Reporting.Dashboard;
using MeetingBot.Host.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Reporting;

/// <summary>The read-only dashboard: what the store holds, at a glance, for those allowed to see it.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task Dashboard_InLocalMode_ShowsTheRoundsGridAsTheStoreHasIt()
    {
        await using var host = await WebChatHost.StartAsync();
        var store = host.Services.GetRequiredService<IJointMeetingStore>();
        var unitId = (await store.LoadAsync("demo-002"))!.JointMeeting.Value.FindUnit("区教体局")!.Id;
        var convenor = await host.SessionAsync("demo-002", "convenor");
        var contact = await host.SessionAsync("demo-002", $"unit:{unitId}");
        await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-06-18 14:30 第一次全体会议"));
        await host.AskAsync(convenor, WebChatHost.Message("发起报告 截止 2026-06-10"));
        await host.AskAsync(contact, WebChatHost.Message("报告 二.三.4：今年新增双师型教师23名"));
        await host.AskAsync(contact, WebChatHost.Message("提交报告"));

        var response = await host.Client.GetAsync("dashboard/demo-002");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script", "the page is readable without script");
        html.Should().Contain("2026年会议").And.Contain("已安排 1 次").And.Contain("还差 1 次");

        var status = (await host.Services.GetRequiredService<RoundViews>().LoadAsync("demo-002", null))!.Status;
        var rows = UnitRow().Matches(html).Select(m => (Unit: WebUtility.HtmlDecode(m.Groups["unit"].Value), State: m.Groups["state"].Value)).ToList();
        rows.Should().Equal(status.Units.Select(u => (u.UnitName, u.State.ToString().ToLowerInvariant())));
        rows.Should().ContainSingle(r => r.State == "submitted").Which.Unit.Should().Be("区教体局");
        html.Should().Contain($"data-state=\"missing\">未报告 <b>{status.Units.Count - 1}</b>");
        html.Should().Contain("<section id=\"targets\">").And.Contain("<svg class=\"bar\"");
    }

    [Fact]
    public async Task Dashboard_Deployed_NeedsASignedLinkForThatJointMeeting()
    {
        await using var host = await WebChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
            ["MicrosoftAppPassword"] = "a-secret-that-signs-the-links-too",
            ["MicrosoftAppTenantId"] = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
        });
        var links = host.Services.GetRequiredService<FileLinks>();

        (await host.Client.GetAsync("dashboard/demo-002")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var link = DashboardEndpoint.LinkFor(links, "demo-002");
        var page = await host.Client.GetAsync(link.PathAndQuery);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("工作看板");
        (await host.Client.GetAsync(link.PathAndQuery.Replace("demo-002", "demo-003", StringComparison.Ordinal))).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "a link opens the one joint meeting it was given for");
        host.Time.Advance(TimeSpan.FromDays(31));
        (await host.Client.GetAsync(link.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "links expire");
    }

    [Fact]
    public async Task Dashboard_AskedForInChatByTheConvenor_GivesALinkThatOpens()
    {
        await using var host = await WebChatHost.StartAsync();
        var convenor = await host.SessionAsync("demo-002", "convenor");

        var answer = string.Join("\n", (await host.AskAsync(convenor, WebChatHost.Message("看板"))).Select(a => a["text"]!.GetValue<string>()));

        var link = DashboardLink().Match(answer);
        link.Success.Should().BeTrue(answer);
        link.Value.Should().Contain("sig=", "the link is signed even where this machine needs none");
        (await host.Client.GetAsync(new Uri(link.Value))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/dashboard/demo-002\?[^\s\)]+")]
    private static partial Regex DashboardLink();

    [GeneratedRegex("<tr data-unit=\"(?<unit>[^\"]+)\" data-state=\"(?<state>[a-z]+)\">")]
    private static partial Regex UnitRow();
}
