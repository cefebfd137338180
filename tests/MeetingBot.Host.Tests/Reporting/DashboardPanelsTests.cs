using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Host.Reporting.Dashboard;
using MeetingBot.Host.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Reporting;

/// <summary>
/// The dashboard's reminder panel (what is due next, how the last ones went, at the joint meeting's local time) and
/// a unit contact's own view (their unit's tasks only, behind a link signed for that unit), checked against the store.
/// </summary>
public sealed partial class DashboardPanelsTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A round of demo-002 with its deadline within the panel's 30 days, opened by the convenor in chat.</summary>
    private static async Task<(WebChatSession Convenor, ReportingRound Round)> OpenRoundAsync(WebChatHost host)
    {
        var convenor = await host.SessionAsync("demo-002", "convenor");
        await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-03-26 14:30 第一次全体会议"));
        await host.AskAsync(convenor, WebChatHost.Message("发起报告 截止 2026-03-20"));
        var snapshot = await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002");
        return (convenor, snapshot!.Rounds.Single().Value);
    }

    [Fact]
    public async Task Dashboard_ReminderPanel_ShowsTheNextDueAndHowTheLastWent_AtTheJointMeetingsLocalTime()
    {
        await using var host = await WebChatHost.StartAsync();
        var (_, round) = await OpenRoundAsync(host);
        var snapshot = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!;
        var jm = snapshot.JointMeeting.Value;
        var units = round.State.Assignments.Where(a => a.TaskIds.Count > 0).Select(a => jm.Units.Single(u => u.Id == a.UnitId)).ToList();
        var (sent, failed, missed) = (units[0], units[1], units[2]);

        // The ledger as the dispatcher leaves it: one sent, one failed, one sent that missed its contact (the managers were told).
        var ledger = host.Services.GetRequiredService<IReminderLedger>();
        var now = host.Time.GetUtcNow();
        async Task RecordAsync(string unitId, ReminderState state, int minutes)
        {
            var claim = await ledger.TryClaimAsync(new ReminderKey("demo-002", $"round:{round.Id}", unitId, "due-7", new DateOnly(2026, 3, 13)), "host-a", now);
            (await ledger.TryCompleteAsync(claim!, state, now.AddMinutes(minutes), late: false, detail: null)).Should().BeTrue();
        }
        await RecordAsync(sent.Id, ReminderState.Sent, 1);
        await RecordAsync(failed.Id, ReminderState.Failed, 2);
        await RecordAsync(missed.Id, ReminderState.Sent, 3);
        await ledger.TryClaimAsync(new ReminderKey("demo-002", $"round:{round.Id}", ReminderSubjects.Managers, $"undelivered-{missed.Id}-due-7", new DateOnly(2026, 3, 13)), "host-a", now);

        var html = await (await host.Client.GetAsync("dashboard/demo-002")).Content.ReadAsStringAsync();

        html.Should().Contain("<section id=\"reminders\">").And.Contain("时间均为联席会议所在时区（Asia/Shanghai）");
        // Due next: what the schedule calls for from now, less what the ledger has claimed, at Beijing time.
        var claimed = (await ledger.ListAsync("demo-002")).Select(r => r.Key.Id).ToHashSet();
        var policy = host.Services.GetRequiredService<PolicyCatalog>().IndexFor(jm);
        var due = ReminderSchedule.Between(snapshot, policy, now, now.AddDays(30)).Where(r => !claimed.Contains(r.Key.Id)).ToList();
        var first = due.MinBy(r => r.At)!;
        var upcoming = Upcoming().Matches(html).Select(m => (At: m.Groups["at"].Value, Kind: m.Groups["kind"].Value)).ToList();
        upcoming.Should().NotBeEmpty();
        upcoming[0].Should().Be((TimeZoneInfo.ConvertTime(first.At, Shanghai).ToString("yyyy-MM-ddTHH:mm"), first.Key.Name));
        upcoming.Select(u => u.At).Should().BeInAscendingOrder();
        upcoming.Count.Should().Be(due.Select(r => (r.At, r.Key.Subject, r.Key.Name)).Distinct().Count(), "one line per reminder, its recipients together");

        // How the last ones went: newest first, each at its local time (01:0x UTC is 09:0x in Beijing).
        var recent = Recent().Matches(html).Select(m => (State: m.Groups["state"].Value, Undelivered: m.Groups["undelivered"].Value, At: m.Groups["at"].Value, Text: WebUtility.HtmlDecode(m.Groups["text"].Value))).ToList();
        recent.Should().HaveCount(3, "the managers' notice marks the reminder it is about rather than being a line of its own");
        recent.Select(r => (r.State, r.Undelivered, r.At)).Should().Equal(
            ("sent", "true", "2026-03-02T09:03"), ("failed", "true", "2026-03-02T09:02"), ("sent", "false", "2026-03-02T09:01"));
        recent[0].Text.Should().Contain("已发送").And.Contain("未送达").And.Contain(missed.Name).And.Contain("报告提醒（截止前7天）");
        recent[1].Text.Should().Contain("发送失败").And.Contain(failed.Name);
        recent[2].Text.Should().Contain(sent.Name).And.NotContain("未送达");

        var english = WebUtility.HtmlDecode(await (await host.Client.GetAsync("dashboard/demo-002?lang=en")).Content.ReadAsStringAsync());
        english.Should().Contain("<h2>Reminders</h2>").And.Contain("Times are in the joint meeting's time zone (Asia/Shanghai).")
            .And.Contain(">failed</span>").And.Contain(">undelivered</span>").And.Contain("report reminder (7 days before the deadline)");
    }

    [Fact]
    public async Task UnitView_ShowsOnlyThatUnitsTasksAndWords_NeverAnotherUnitsNarrative()
    {
        await using var host = await WebChatHost.StartAsync();
        var (_, round) = await OpenRoundAsync(host);
        var jm = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!.JointMeeting.Value;
        // A task two units share: each writes on it; each must see only their own words.
        var shared = round.State.Assignments.SelectMany(a => a.TaskIds.Select(t => (Task: t, a.UnitId))).GroupBy(x => x.Task).First(g => g.Count() >= 2);
        var (mine, theirs) = (shared.ElementAt(0).UnitId, shared.ElementAt(1).UnitId);
        var task = TaskNumbers.Display(shared.Key, Lang.Zh);
        var me = await host.SessionAsync("demo-002", $"unit:{mine}");
        var other = await host.SessionAsync("demo-002", $"unit:{theirs}");
        await host.AskAsync(other, WebChatHost.Message($"报告 {task}：他单位的内部说明，不给别人看"));
        await host.AskAsync(other, WebChatHost.Message("提交报告"));
        await host.AskAsync(me, WebChatHost.Message($"报告 {task}：本单位已完成摸底调查"));
        await host.AskAsync(me, WebChatHost.Message("提交报告"));

        var response = await host.Client.GetAsync($"dashboard/demo-002/unit/{mine}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script");
        var myName = jm.Units.Single(u => u.Id == mine).Name;
        WebUtility.HtmlDecode(html).Should().Contain($"{jm.Name} · {myName} 工作看板");
        html.Should().Contain("本单位已完成摸底调查");
        html.Should().NotContain("他单位的内部说明").And.NotContain(jm.Units.Single(u => u.Id == theirs).Name);
        html.Should().NotContain("data-unit=", "no other unit's row, not even its state");
        var rows = TaskRow().Matches(html).Select(m => (m.Groups["task"].Value, m.Groups["state"].Value)).ToList();
        var asked = round.State.Assignments.Single(a => a.UnitId == mine).TaskIds;
        rows.Select(r => r.Item1).Should().BeEquivalentTo(asked, "exactly the tasks the round asks this unit about");
        rows.Should().Contain((shared.Key, "submitted"));
        // Its reminders only: every upcoming one is addressed to the unit.
        var upcoming = Upcoming().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value)).ToList();
        upcoming.Should().NotBeEmpty().And.OnlyContain(line => line.EndsWith("→ " + myName) || line.Contains("→ " + myName + "（"));

        var english = WebUtility.HtmlDecode(await (await host.Client.GetAsync($"dashboard/demo-002/unit/{mine}?lang=en")).Content.ReadAsStringAsync());
        english.Should().Contain("Your unit: Submitted").And.Contain("Your unit's tasks").And.NotContain("他单位的内部说明");
    }

    [Fact]
    public async Task UnitView_AskedForInChatByAUnitContact_GivesThatUnitsLinkOnly()
    {
        await using var host = await WebChatHost.StartAsync();
        var jm = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!.JointMeeting.Value;
        var unit = jm.FindUnit("区教体局")!;
        var contact = await host.SessionAsync("demo-002", $"unit:{unit.Id}");

        var answer = string.Join("\n", (await host.AskAsync(contact, WebChatHost.Message("看板"))).Select(a => a["text"]!.GetValue<string>()));

        var link = Link().Match(answer);
        link.Success.Should().BeTrue(answer);
        link.Groups["path"].Value.Should().Be($"dashboard/demo-002/unit/{unit.Id}", "a unit contact gets their unit's view, not the whole dashboard");
        link.Value.Should().Contain("sig=");
        var page = await host.Client.GetAsync(new Uri(link.Value));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain($"{unit.Name} 工作看板");
    }

    [Fact]
    public async Task UnitView_Deployed_RefusesUnsignedForgedExpiredAndAnotherUnitsOrTheWholeDashboard()
    {
        await using var host = await WebChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
            ["MicrosoftAppPassword"] = "a-secret-that-signs-the-links-too",
            ["MicrosoftAppTenantId"] = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
        });
        var links = host.Services.GetRequiredService<FileLinks>();
        var jm = (await host.Services.GetRequiredService<IJointMeetingStore>().LoadAsync("demo-002"))!.JointMeeting.Value;
        var (mine, theirs) = (jm.FindUnit("区教体局")!.Id, jm.FindUnit("区人社局")!.Id);
        var link = DashboardEndpoint.LinkForUnit(links, "demo-002", mine).PathAndQuery;
        var query = link[link.IndexOf('?')..];

        (await host.Client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.Client.GetAsync($"dashboard/demo-002/unit/{mine}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "unsigned");
        (await host.Client.GetAsync($"dashboard/demo-002/unit/{theirs}{query}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a unit's link opens no other unit");
        (await host.Client.GetAsync($"dashboard/demo-002{query}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "nor the whole dashboard");
        (await host.Client.GetAsync($"dashboard/demo-003/unit/{mine}{query}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "nor another joint meeting");
        var sig = query[(query.IndexOf("sig=", StringComparison.Ordinal) + 4)..];
        var forged = query.Replace(sig, (sig[0] == 'A' ? 'B' : 'A') + sig[1..], StringComparison.Ordinal);
        (await host.Client.GetAsync($"dashboard/demo-002/unit/{mine}{forged}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "forged");
        var nobody = DashboardEndpoint.LinkForUnit(links, "demo-002", "u-404").PathAndQuery;
        (await host.Client.GetAsync(nobody)).StatusCode.Should().Be(HttpStatusCode.NotFound, "signed for a unit that is not a member");
        host.Time.Advance(TimeSpan.FromDays(31));
        (await host.Client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "expired");
    }

    [GeneratedRegex("<li data-at=\"(?<at>[0-9T:-]+)\" data-kind=\"(?<kind>[^\"]+)\">(?<text>[^<]*)")]
    private static partial Regex Upcoming();

    [GeneratedRegex("<li data-state=\"(?<state>[a-z]+)\" data-undelivered=\"(?<undelivered>true|false)\" data-at=\"(?<at>[0-9T:-]+)\">(?<text>.*?)</li>")]
    private static partial Regex Recent();

    [GeneratedRegex("<tr data-task=\"(?<task>[^\"]+)\" data-state=\"(?<state>[a-z]+)\">")]
    private static partial Regex TaskRow();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/(?<path>dashboard/[^\s\)\?]+)\?[^\s\)]+")]
    private static partial Regex Link();
}
