using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// The real reminder dispatcher of the host fanning a reminder out to Slack contacts: each gets exactly one DM (the DM
/// remembered from when they were approved), a 429 from Slack is waited out for its Retry-After, and a second sweep sends nothing.
/// </summary>
public sealed class SlackReminderFanOutTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    /// <summary>The real clock moved to the story's days: its timers (Retry-After, pacing) still run in real time.</summary>
    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private TimeSpan _offset = start - WallClock.Now;

        public void MoveTo(DateTimeOffset at) => _offset = at - WallClock.Now;

        public override DateTimeOffset GetUtcNow() => WallClock.Now + _offset;
    }

    private static DateTimeOffset Beijing(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task FirstReportReminders_ReachEachSlackContactsDmExactlyOnce_ThroughA429_AndASecondSweepSendsNothing()
    {
        var clock = new ShiftedClock(Beijing(6, 1, 8));
        await using var app = new MeetingBotApplication
        {
            Clock = clock,
            Settings = new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = _slack.BotToken,
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
                ["Storage:SeedDemo"] = "false",
                ["Reminders:Enabled"] = "false", // the test sweeps, not the minute job
            },
        };
        var client = app.CreateClient();
        var idle = () => app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        var contacts = new Dictionary<string, (string Name, string Unit)>
        {
            ["U0FIN"] = ("王财政", "区财政局"), ["U0EDU"] = ("赵教育", "区教体局"), ["U0LAB"] = ("陈人社", "区人社局"),
        };
        _slack.Names["U0CONV"] = "张召集";
        foreach (var (user, (name, _)) in contacts) _slack.Names[user] = name;
        var said = 0;
        async Task Say(string user, string text)
        {
            var n = ++said;
            await client.SendAsync(Event(Envelope($"EvFan{n:D3}", Mention(user, "C0VOC", text, $"17000001{n:D2}.000100")), at: clock.GetUtcNow())); // signed at the host's time

            await idle();
        }

        // A joint meeting of Slack people: the convenor creates it in the group, three contacts join and are approved.
        await Say("U0CONV", "创建联席会议 002");
        foreach (var (user, (name, unit)) in contacts)
        {
            await Say(user, $"我是{unit}联络员");
            await Say("U0CONV", $"批准 {name}");
        }
        var store = app.Services.GetRequiredService<IJointMeetingStore>();
        var jointMeeting = (await store.ListAsync()).Should().ContainSingle().Subject.Value;
        jointMeeting.Contacts.Where(c => c.Status == ContactStatus.Approved && c.Account.Channel == "slack").Should().HaveCount(4, "the convenor and three contacts");
        var meeting = Meeting.Schedule(jointMeeting, ChatAccount.System, "m1",
            new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration, "区政府第一会议室", null, "第一次全体会议"), clock.GetUtcNow());
        await store.SaveAsync(new ChangeSet(jointMeeting.Id).Add(meeting));
        await Say("U0CONV", "发起报告 m1 截止 2026-06-10");
        (await store.LoadAsync(jointMeeting.Id))!.FindRound("r1").Should().NotBeNull();

        // Seven days before the deadline the first reminders fall due; Slack rate-limits the first post.
        _slack.Clear();
        _slack.RateLimit("chat.postMessage", 1);
        clock.MoveTo(Beijing(6, 3, 9));
        var dispatcher = app.Services.GetRequiredService<ReminderDispatcher>();

        var first = await dispatcher.SweepAsync(CancellationToken.None);
        await idle();

        first.Errors.Should().Be(0);
        var posts = _slack.CallsOf("chat.postMessage");
        var byChannel = posts.GroupBy(p => p.Body["channel"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        byChannel.Keys.Should().BeEquivalentTo(contacts.Keys.Select(u => "D" + u), "each contact is reminded in their own DM, and nobody else");
        posts.Should().HaveCount(contacts.Count + 1, "one DM each, plus the one post Slack answered 429");
        var limited = byChannel.Values.Should().ContainSingle(calls => calls.Count == 2).Subject;
        (limited[1].At - limited[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "Retry-After: 1 is waited out");
        limited[1].Body["text"]!.GetValue<string>().Should().Be(limited[0].Body["text"]!.GetValue<string>(), "the same reminder is sent again");
        foreach (var (user, (_, unit)) in contacts)
            byChannel["D" + user][^1].Body["text"]!.GetValue<string>().Should().Contain("报告提醒").And.Contain(unit, "each is reminded of their own unit").And.Contain("2026年6月10日");
        _slack.CallsOf("conversations.open").Should().BeEmpty("the DMs opened to tell them they were approved are remembered in the store");
        (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue)).Should().BeEmpty();

        // Swept again a minute later: the ledger has them as sent, nothing goes twice.
        _slack.Clear();
        clock.MoveTo(Beijing(6, 3, 9).AddMinutes(1));
        var second = await dispatcher.SweepAsync(CancellationToken.None);
        await idle();
        second.Sent.Should().Be(0);
        _slack.CallsOf("chat.postMessage").Should().BeEmpty("each contact gets exactly one DM");
    }
}
