using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>The host as deployed for Slack: signed requests to /api/slack/*, the embedded store, a stand-in for Slack's Web API.</summary>
public sealed class SlackChannelTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private MeetingBotApplication App(string? dataPath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = _slack.BotToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
        };
        if (dataPath is not null) settings["Storage:DataPath"] = dataPath;
        return new MeetingBotApplication { Settings = settings };
    }

    private static Task Idle(MeetingBotApplication app) => app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

    [Fact]
    public async Task UrlVerification_IsAnsweredWithItsChallenge()
    {
        await using var app = App();
        var response = await app.CreateClient().SendAsync(Event(new JsonObject { ["token"] = "t", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>().Should().Be("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    [Fact]
    public async Task Mention_IsAnsweredInItsChannel_WithTheBotToken_AndEscapedMrkdwn()
    {
        await using var app = App();
        _slack.Names["U0ZHANG"] = "张伟";
        var response = await app.CreateClient().SendAsync(Event(Envelope("Ev0001", Mention("U0ZHANG", "C0GENERAL", "谁负责双师型教师队伍建设？"))));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var post = await _slack.WaitForAsync("chat.postMessage");
        post.Token.Should().Be(_slack.BotToken);
        post.Body["channel"]!.GetValue<string>().Should().Be("C0GENERAL");
        post.Body["thread_ts"].Should().BeNull("a mention at the top of a channel is answered in the channel");
        var expected = await app.Services.GetRequiredService<ConversationHandler>().HandleAsync(new ChatMessage(
            new ChatAccount("slack", $"{StubSlackApi.TeamId}:U0ZHANG", "张伟"),
            new ChatConversation("slack", $"{StubSlackApi.TeamId}:C0GENERAL", ConversationKind.Group), "谁负责双师型教师队伍建设？"));
        var text = post.Body["text"]!.GetValue<string>();
        text.Should().Contain("双师型");
        text.Should().NotContain("**", "Markdown bold is Slack's *bold*");
        expected.Messages[0].Text.Should().Contain("双师型");
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheDm_AndTheDmIsRememberedForReminders()
    {
        await using var app = App();
        await app.CreateClient().SendAsync(Event(Envelope("Ev0002", DirectMessage("U0LI", "help"))));

        var post = await _slack.WaitForAsync("chat.postMessage");
        post.Body["channel"]!.GetValue<string>().Should().Be("DU0LI");
        await Idle(app);
        var stored = await app.Services.GetRequiredService<IConversationStore>().FindAsync("slack", $"dm:{StubSlackApi.TeamId}:U0LI");
        stored!.Address.Should().Be("DU0LI");
    }

    [Fact]
    public async Task OwnMessages_OtherBots_EditsAndDeletions_AreIgnored()
    {
        await using var app = App();
        var client = app.CreateClient();
        var own = DirectMessage(StubSlackApi.BotUserId, "help");
        var bot = DirectMessage("U0OTHER", "help");
        bot["bot_id"] = "B0OTHER";
        var edit = DirectMessage("U0LI", "help");
        edit["subtype"] = "message_changed";
        var deletion = DirectMessage("U0LI", "help");
        deletion["subtype"] = "message_deleted";
        var i = 0;
        foreach (var ev in new[] { own, bot, edit, deletion })
            (await client.SendAsync(Event(Envelope($"Ev01{i++}", ev)))).StatusCode.Should().Be(HttpStatusCode.OK);

        await Idle(app);
        _slack.CallsOf("chat.postMessage").Should().BeEmpty();
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("unsigned")]
    public async Task BadSignatures_AreRefused401_AndChangeNothing(string kind)
    {
        using var data = new TempFolder();
        var envelope = Envelope("Ev0003", DirectMessage("U0LI", "help"));
        await using (var app = App(data.Path))
        {
            var request = kind switch
            {
                "forged" => Event(envelope, secret: "not-the-secret"),
                "stale" => Event(envelope, WallClock.Now.AddSeconds(-310)),
                "future" => Event(envelope, WallClock.Now.AddSeconds(310)),
                _ => new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StringContent(envelope.ToJsonString()) },
            };
            (await app.CreateClient().SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            await Idle(app);
            _slack.CallsOf("chat.postMessage").Should().BeEmpty();
            (await app.Services.GetRequiredService<IConversationStore>().FindAsync("slack", $"dm:{StubSlackApi.TeamId}:U0LI")).Should().BeNull();
        }

        // The event was not taken: Slack's genuine delivery of it is handled.
        await using var again = App(data.Path);
        (await again.CreateClient().SendAsync(Event(envelope))).StatusCode.Should().Be(HttpStatusCode.OK);
        await _slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task Retry_OfAnEventAlreadyTaken_IsAcknowledged_AndNotHandledAgain_AfterARestart()
    {
        using var data = new TempFolder();
        var envelope = Envelope("Ev0004", DirectMessage("U0LI", "help"));
        await using (var first = App(data.Path))
        {
            (await first.CreateClient().SendAsync(Event(envelope))).StatusCode.Should().Be(HttpStatusCode.OK);
            await _slack.WaitForAsync("chat.postMessage");
            var retry = Event(envelope);
            retry.Headers.Add("X-Slack-Retry-Num", "1");
            retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            (await first.CreateClient().SendAsync(retry)).StatusCode.Should().Be(HttpStatusCode.OK);
            await Idle(first);
        }

        await using var second = App(data.Path);
        var later = Event(envelope);
        later.Headers.Add("X-Slack-Retry-Num", "2");
        (await second.CreateClient().SendAsync(later)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Idle(second);
        _slack.CallsOf("chat.postMessage").Should().HaveCount(1);
    }

    [Fact]
    public async Task RateLimit_IsWaitedOut_ForItsRetryAfter()
    {
        await using var app = App();
        _slack.RateLimit("chat.postMessage", 1);
        await app.CreateClient().SendAsync(Event(Envelope("Ev0005", DirectMessage("U0LI", "help"))));

        await Idle(app);
        var posts = _slack.CallsOf("chat.postMessage");
        posts.Should().HaveCountGreaterThanOrEqualTo(2, "the 429 and the retry");
        (posts[1].At - posts[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue)).Should().BeEmpty();
    }

    [Fact]
    public async Task SlashCommand_IsAcknowledgedAtOnce_AndAnsweredOnlyToTheAsker()
    {
        await using var app = App();
        _ = app.Server;
        var response = await app.CreateClient().SendAsync(Command("U0ZHANG", "C0GENERAL", "谁负责实训基地", _slack.ResponseUrl("cmd1")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var answer = await _slack.WaitForAsync("response_url");
        answer.Body["response_type"]!.GetValue<string>().Should().Be("ephemeral");
        answer.Body["text"]!.GetValue<string>().Should().Contain("实训基地");
    }

    [Fact]
    public async Task ScheduleForm_OpensAsAModal_AnInvalidLinkIsShownInItsField_AndAValidOneSchedules()
    {
        await using var app = App();
        var client = app.CreateClient();
        // In a DM the creator of a joint meeting is its convenor.
        await client.SendAsync(Command("U0CONV", "DU0CONV", "创建联席会议 002", _slack.ResponseUrl("c1")));
        await Idle(app);
        _slack.Clear();

        (await client.SendAsync(Command("U0CONV", "DU0CONV", "安排会议", _slack.ResponseUrl("c2"), "trigger-42"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var open = await _slack.WaitForAsync("views.open");
        open.Body["trigger_id"]!.GetValue<string>().Should().Be("trigger-42");
        var view = open.Body["view"]!.AsObject();
        view["type"]!.GetValue<string>().Should().Be("modal");
        var blocks = view["blocks"]!.AsArray().Select(b => b!["block_id"]?.GetValue<string>()).ToList();
        blocks.Should().Contain(["date", "time", "link"]);

        var submit = Submission(view, ("date", "selected_date", "2031-06-18"), ("time", "selected_time", "14:30"), ("link", "value", "not a link"));
        var refused = await client.SendAsync(Interaction(submit));
        var refusal = await refused.Content.ReadAsStringAsync();
        await Idle(app);
        var errors = JsonNode.Parse(refusal)!;
        errors["response_action"]!.GetValue<string>().Should().Be("errors");
        errors["errors"]!.AsObject().Select(e => e.Key).Should().Equal(["link"], refusal);
        errors["errors"]!["link"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();

        var valid = Submission(view, ("date", "selected_date", "2031-06-18"), ("time", "selected_time", "14:30"), ("link", "value", "https://meet.example.com/1"));
        var accepted = await client.SendAsync(Interaction(valid));
        (await accepted.Content.ReadAsStringAsync()).Should().BeEmpty("an empty 200 closes the modal");
        await Idle(app);
        var confirmation = await _slack.WaitForAsync(c => c.Method is "chat.postMessage" or "response_url" && c.Body["text"]?.GetValue<string>().Contains("2031") == true);
        confirmation.Should().NotBeNull();
    }

    private static JsonObject Submission(JsonObject view, params (string Id, string Kind, string Value)[] values)
    {
        var state = new JsonObject();
        foreach (var (id, kind, value) in values)
            state[id] = new JsonObject { [id] = new JsonObject { ["type"] = "x", [kind] = value } };
        var submitted = (JsonObject)view.DeepClone();
        submitted["id"] = "V1";
        submitted["state"] = new JsonObject { ["values"] = state };
        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId },
            ["user"] = new JsonObject { ["id"] = "U0CONV", ["team_id"] = StubSlackApi.TeamId },
            ["view"] = submitted,
        };
    }

    [Fact]
    public async Task Notification_ReachesASlackPersonsDm_OpenedOnce_AndAnUnknownPersonIsRecordedUndelivered()
    {
        await using var app = App();
        _ = app.Server;
        var notifier = app.Services.GetRequiredService<Notifier>();
        var person = new ChatAccount("slack", $"{StubSlackApi.TeamId}:U0WANG", "王芳");

        (await notifier.DeliverAsync(new Notification(person, new OutgoingMessage("提醒：报告 <截止> & 今天")), default)).Outcome.Should().Be(NotificationOutcome.Delivered);
        (await notifier.DeliverAsync(new Notification(person, new OutgoingMessage("第二条")), default)).Outcome.Should().Be(NotificationOutcome.Delivered);

        _slack.CallsOf("conversations.open").Should().HaveCount(1, "the DM is remembered in the store");
        var posts = _slack.CallsOf("chat.postMessage");
        posts.Should().HaveCount(2);
        posts[0].Body["channel"]!.GetValue<string>().Should().Be("DU0WANG");
        posts[0].Body["text"]!.GetValue<string>().Should().Be("提醒：报告 &lt;截止&gt; &amp; 今天");

        _slack.Unknown["U0GONE"] = true;
        var gone = await notifier.DeliverAsync(new Notification(new ChatAccount("slack", $"{StubSlackApi.TeamId}:U0GONE", "离职"), new OutgoingMessage("x")), default);
        gone.Outcome.Should().Be(NotificationOutcome.Unreachable);
        (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue))
            .Should().ContainSingle(u => u.Channel == "slack" && u.Reason.Contains("user_not_found"));
    }

    [Fact]
    public async Task AppHomeOpened_PublishesTheHomeView()
    {
        await using var app = App();
        await app.CreateClient().SendAsync(Event(Envelope("Ev0006", new JsonObject { ["type"] = "app_home_opened", ["user"] = "U0LI", ["channel"] = "DU0LI", ["tab"] = "home" })));

        var publish = await _slack.WaitForAsync("views.publish");
        publish.Body["user_id"]!.GetValue<string>().Should().Be("U0LI");
        var blocks = publish.Body["view"]!["blocks"]!.AsArray();
        blocks.Count.Should().BeLessThanOrEqualTo(100);
        blocks.Should().Contain(b => b!["type"]!.GetValue<string>() == "actions");
    }

    [Theory]
    [InlineData(null, "Slack:BotToken is missing")]
    [InlineData("abc", "Slack:BotToken does not start with 'xoxb-'")]
    public async Task BadSettings_StopStartUp_NamingTheKey(string? token, string message)
    {
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = SigningSecret, ["Slack:BotToken"] = token, ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl },
        };

        var start = () => app.Server;

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{message}*");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task WithoutSlackSettings_TheEndpointsAreNotThere()
    {
        await using var app = new MeetingBotApplication();
        (await app.CreateClient().SendAsync(Event(Envelope("Ev0404", DirectMessage("U0LI", "help"))))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
