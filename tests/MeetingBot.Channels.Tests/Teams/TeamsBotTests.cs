using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Teams;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.Channels.Tests.Teams;

/// <summary>The Teams adapter in a real host: activities in, the conversation's replies and notifications out through the stub connector.</summary>
public sealed class TeamsBotTests : IAsyncLifetime
{
    private const string LiHuaAad = "0f6d8e2a-aaaa-4bbb-8ccc-111122223333";
    private const string WangFangAad = "9a8b7c6d-bbbb-4ccc-8ddd-444455556666";
    private const string WangFangId = "29:1wang-fang";
    private const string GroupChat = "19:meeting-group@thread.v2";

    private readonly ScriptedConversation _conversation = new();
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotFrameworkHost.StartAsync(settings: ScriptedConversation.Settings(), registerBot: _conversation.Register);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _conversation.Dispose();
    }

    [Fact]
    public async Task Message_InAChannelThread_ReachesTheConversationAsTheChannelAndTheReplyTheThread()
    {
        var thread = TestActivities.ChannelConversation;
        var activity = Message("<at>MeetingBot</at> text", thread, "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>MeetingBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotFrameworkHost.BotId, ["name"] = "MeetingBot" },
        });
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team", ["name"] = "职教联席会议" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:channel", ["name"] = "工作群" };

        (await _host.PostAsync(activity)).StatusCode.Should().Be(HttpStatusCode.OK);

        var reply = await _host.Connector.WaitForRequestAsync();
        reply.Operation.Should().Be(ConnectorOperation.ReplyToActivity);
        reply.ConversationId.Should().Be(thread, "the answer goes to the thread it was asked in");
        reply.Json!["textFormat"]!.GetValue<string>().Should().Be("markdown");
        reply.Json["text"]!.GetValue<string>().Should().StartWith("邀请见附件。");
        var seen = _conversation.Feature.Seen.Single();
        seen.From.Should().Be(new ChatAccount("msteams", LiHuaAad, "李华"));
        seen.Conversation.Should().Be(new ChatConversation("msteams", "19:5f1c2d3e4f@thread.tacv2", ConversationKind.Group, "职教联席会议 / 工作群"));
        seen.Text.Should().Be("text");
        seen.Value.Should().BeNull();
        seen.Locale.Should().Be("zh-CN");
    }

    [Fact]
    public async Task Message_FromAPersonWithoutAadObjectId_IsKnownByTheirChannelId()
    {
        var activity = Message("text");
        activity["from"]!.AsObject().Remove("aadObjectId");

        await _host.PostAsync(activity);

        await _host.Connector.WaitForRequestAsync();
        var seen = _conversation.Feature.Seen.Single();
        seen.From.AccountId.Should().Be(TestActivities.UserId);
        seen.Conversation.Kind.Should().Be(ConversationKind.Personal);
    }

    [Fact]
    public async Task CardSubmit_WithValueAndNoText_ReachesTheConversationAsCardData()
    {
        // Teams posts an Action.Submit as a message whose value is the action's data merged with the inputs.
        var activity = Message("");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["action"] = "test.echo", ["lang"] = "zh", ["field"] = "attend" };

        await _host.PostAsync(activity);

        var reply = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity);
        reply.Json!["text"]!.GetValue<string>().Should().EndWith("card said attend");
        var seen = _conversation.Feature.Seen.Single();
        seen.Text.Should().BeEmpty();
        seen.Value!.Field("field").Should().Be("attend");
    }

    [Fact]
    public async Task CardSubmit_ThatUsesTheCard_UpdatesThatCardInPlaceWithoutButtonsAndTheAnswerQuotesIt()
    {
        // Teams posts an Action.Submit as a reply to the activity that carried the card.
        var activity = Message("");
        activity.Remove("text");
        activity["replyToId"] = "1:card-activity";
        activity["value"] = new JsonObject { ["action"] = "test.echo", ["lang"] = "zh", ["field"] = "attend" };

        await _host.PostAsync(activity);

        var update = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.UpdateActivity);
        update.Path.Should().EndWith("/activities/1%3Acard-activity");
        update.Json!["id"]!.GetValue<string>().Should().Be("1:card-activity");
        var card = update.Json["attachments"]![0]!["content"]!.AsObject();
        System.Text.RegularExpressions.Regex.Unescape(card.ToJsonString()).Should().Contain("已回复：参加").And.Contain("李华", "the card says who used it")
            .And.Contain("第一次全体会议").And.NotContain("Action.Submit");
        card["actions"].Should().BeNull("a used card has no buttons to press again");
        var reply = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity);
        reply.Json!["text"]!.GetValue<string>().Should().StartWith("> 回复：第一次全体会议").And.EndWith("card said attend");
    }

    [Fact]
    public async Task Card_WithTextTheCardDoesNotShow_CarriesThatTextAndPlainSummaryAndAShortLanguage()
    {
        await _host.PostAsync(Message("invite"));

        var reply = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.ReplyToActivity);
        var card = reply.Json!["attachments"]![0]!["content"]!.AsObject();
        card["lang"]!.GetValue<string>().Should().Be("zh", "the official Adaptive Cards SDK refuses zh-CN");
        card["body"]!.AsArray().Select(e => e!["text"]?.GetValue<string>()).Should()
            .Contain("输入“参加”回复。", "Teams shows a card alone: what the text says must be on the card")
            .And.NotContain(t => t != null && t.Contains("**第一次全体会议**"), "the title the card shows is not repeated");
        reply.Json["summary"]!.GetValue<string>().Should().StartWith("第一次全体会议\n").And.NotContain("**");
        card["fallbackText"]!.GetValue<string>().Should().NotContain("**");
    }

    [Fact]
    public async Task Notification_ToSomeoneWithAStoredPersonalChat_GoesThere()
    {
        await _host.PostAsync(Message("help", "a:personal-wang", "personal", WangFangId, "王芳", WangFangAad));
        await _host.Connector.WaitForRequestAsync(r => r.ConversationId == "a:personal-wang");
        _host.Connector.Clear();

        await _host.PostAsync(Message($"notify {WangFangAad} 王芳", GroupChat, "groupChat"));

        var notice = await _host.Connector.WaitForRequestAsync(r => r.ConversationId == "a:personal-wang");
        notice.Operation.Should().Be(ConnectorOperation.SendToConversation);
        notice.Json!["text"]!.GetValue<string>().Should().Be("会议通知：给王芳");
        notice.Json["recipient"]!["id"]!.GetValue<string>().Should().Be(WangFangId);
        (await _host.Connector.WaitForRequestAsync(r => r.ConversationId == GroupChat)).Json!["text"]!.GetValue<string>().Should().Be("已通知");
        _host.Connector.Requests.Should().NotContain(r => r.Operation == ConnectorOperation.CreateConversation);
        _host.Undelivered.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task Notification_ToSomeoneMetInAGroup_OpensA1To1WithTheirTeamsId()
    {
        await _host.PostAsync(Message("help", GroupChat, "groupChat", WangFangId, "王芳", WangFangAad));
        await _host.Connector.WaitForRequestAsync();
        _host.Connector.Clear();

        await _host.PostAsync(Message($"notify {WangFangAad} 王芳", GroupChat, "groupChat"));

        var created = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation);
        var parameters = created.Json!;
        parameters["members"]![0]!["id"]!.GetValue<string>().Should().Be(WangFangId);
        parameters["members"]![0]!["aadObjectId"]!.GetValue<string>().Should().Be(WangFangAad);
        parameters["channelData"]!["tenant"]!["id"]!.GetValue<string>().Should().Be(TestActivities.TenantId);
        parameters["isGroup"]!.GetValue<bool>().Should().BeFalse();
        var notice = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.SendToConversation);
        notice.ConversationId.Should().StartWith("a:conv-");
        notice.Json!["text"]!.GetValue<string>().Should().Be("会议通知：给王芳");
        var opened = await _host.Conversations.FindAsync("msteams", notice.ConversationId!);
        opened!.Reference().User!.AadObjectId.Should().Be(WangFangAad, "the new 1:1 is remembered for the next notice");
    }

    [Fact]
    public async Task Notification_ToSomeoneNeverMet_OpensA1To1WithTheirAadObjectId()
    {
        // Teams accepts the AAD object id as the member id when the app is installed for that person.
        await _host.PostAsync(Message($"notify {WangFangAad} 王芳", GroupChat, "groupChat"));

        var created = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.CreateConversation);
        created.Json!["members"]![0]!["id"]!.GetValue<string>().Should().Be(WangFangAad);
        var notice = await _host.Connector.WaitForRequestAsync(r => r.Operation == ConnectorOperation.SendToConversation);
        notice.Json!["text"]!.GetValue<string>().Should().Be("会议通知：给王芳");
    }

    [Fact]
    public async Task Notification_ToSomeoneUnreachable_IsRecordedAndTheSenderToldInOneLine()
    {
        // The second person has not installed the app: Teams refuses to open the 1:1.
        const string ZhaoAad = "5e5e5e5e-cccc-4ddd-8eee-777788889999";
        await _host.PostAsync(Message("help", "a:personal-wang", "personal", WangFangId, "王芳", WangFangAad));
        await _host.Connector.WaitForRequestAsync(r => r.ConversationId == "a:personal-wang");
        _host.Connector.EnqueueFault(StubFault.Status(403, "ForbiddenOperationException"), match: r => r.Operation == ConnectorOperation.CreateConversation);

        await _host.PostAsync(Message($"通知 {WangFangAad} 王芳 {ZhaoAad} 赵敏", GroupChat, "groupChat"));

        var told = await _host.Connector.WaitForRequestAsync(r => r.ConversationId == GroupChat && r.Json?["text"]?.GetValue<string>() != "已通知");
        told.Json!["text"]!.GetValue<string>().Should().Be(Replies.NotReached(Lang.Zh, ["赵敏"]));
        told.Json["replyToId"]!.GetValue<string>().Should().Be("1700000000001");
        _host.Connector.Requests.Should().Contain(r => r.ConversationId == "a:personal-wang" && r.Operation == ConnectorOperation.SendToConversation,
            "the others are still notified");
        var entry = _host.Undelivered.Entries.Should().ContainSingle().Which;
        entry.Operation.Should().Be("create-conversation");
        entry.Recipient.Should().Be(ZhaoAad);
        entry.Reason.Should().Contain("403");
        entry.ActivityJson.Should().Contain("会议通知：给赵敏");
    }

    [Fact]
    public async Task Notification_WhoseSendFails_IsRecordedAndTheSenderTold()
    {
        await _host.PostAsync(Message("help", "a:personal-wang", "personal", WangFangId, "王芳", WangFangAad));
        await _host.Connector.WaitForRequestAsync(r => r.ConversationId == "a:personal-wang");
        // Only the notice: the help answer may still be on its way into that chat.
        _host.Connector.EnqueueFault(StubFault.Status(403, "ConversationBlockedByUser"),
            match: r => r.ConversationId == "a:personal-wang" && r.Operation == ConnectorOperation.SendToConversation);

        await _host.PostAsync(Message($"notify {WangFangAad} 王芳", GroupChat, "groupChat"));

        var told = await _host.Connector.WaitForRequestAsync(r => r.ConversationId == GroupChat && r.Json?["text"]?.GetValue<string>() != "已通知");
        told.Json!["text"]!.GetValue<string>().Should().Be(Replies.NotReached(Lang.En, ["王芳"]), "the sender wrote in English");
        _host.Undelivered.Entries.Should().ContainSingle().Which.ConversationId.Should().Be("a:personal-wang");
    }

    [Fact]
    public async Task Invite_WithCardAndFile_IsOneAdaptiveCardWithItsTextAsSummaryAndADownloadButton()
    {
        await _host.PostAsync(Message("invite"));

        var reply = (await _host.Connector.WaitForRequestAsync()).Json!;
        reply["text"].Should().BeNull("Teams could split text and a card into two messages");
        var attachment = reply["attachments"]!.AsArray().Should().ContainSingle().Which!;
        attachment["contentType"]!.GetValue<string>().Should().Be("application/vnd.microsoft.card.adaptive");
        var card = attachment["content"]!;
        var summary = reply["summary"]!.GetValue<string>();
        summary.Should().StartWith("第一次全体会议\n输入“参加”回复。").And.Contain("第一次全体会议.ics");
        card["fallbackText"]!.GetValue<string>().Should().Be(summary);
        card["actions"]![0]!["title"]!.GetValue<string>().Should().Be("参加", "the card's own actions stay");
        var download = card["body"]!.AsArray().Last()!["actions"]![0]!;
        download["type"]!.GetValue<string>().Should().Be("Action.OpenUrl");
        download["title"]!.GetValue<string>().Should().Be(Replies.Download(Lang.Zh, "第一次全体会议.ics"));

        using var response = await _host.Client.GetAsync(download["url"]!.GetValue<string>());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(ScriptedConversation.Invitation);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("第一次全体会议.ics");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task TextWithFile_CarriesAMarkdownLinkThatServesTheFile()
    {
        await _host.PostAsync(Message("text"));

        var text = (await _host.Connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>();
        var link = System.Text.RegularExpressions.Regex.Match(text, @"\]\((?<url>[^)]+)\)").Groups["url"].Value;
        link.Should().StartWith(_host.Client.BaseAddress!.AbsoluteUri + "files/", "without PublicUrl the link points at where the host listens");
        (await _host.Client.GetByteArrayAsync(link)).Should().Equal(ScriptedConversation.Invitation);
    }

    [Theory]
    [InlineData("installationUpdate")]
    [InlineData("conversationUpdate")]
    public async Task Install_WelcomesOnceWithTheConversationsHelp(string first)
    {
        var install = TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId);
        var added = TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId);
        added["type"] = "conversationUpdate";
        added.Remove("action");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotFrameworkHost.BotId });

        // Teams announces one install with both activities.
        await _host.PostAsync(first == "installationUpdate" ? install : added);
        await _host.PostAsync(first == "installationUpdate" ? added : install);

        var welcome = (await _host.Connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>();
        var help = await _conversation.Handler.HandleAsync(new ChatMessage(
            new ChatAccount("msteams", LiHuaAad, "李华"), new ChatConversation("msteams", TestActivities.PersonalConversation, ConversationKind.Personal), "帮助"));
        welcome.Should().Be(Replies.Greeting(Lang.Zh) + "\n\n" + help.Messages[0].Text);
        await _host.WhenIdle;
        _host.Connector.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Upgrade_OfAnInstalledApp_SaysNothing()
    {
        await _host.PostAsync(TestActivities.Installation("add-upgrade", _host.Connector.ServiceUrl, BotFrameworkHost.BotId));
        await _host.PostAsync(Message("text"));

        (await _host.Connector.WaitForRequestAsync()).Json!["text"]!.GetValue<string>().Should().StartWith("邀请见附件。");
        // The reply's file is also offered into OneDrive (a consent card of its own); besides that, only the reply.
        _host.Connector.Requests.Where(r => r.Json?["attachments"]?[0]?["contentType"]?.GetValue<string>() != "application/vnd.microsoft.teams.card.file.consent")
            .Should().ContainSingle();
    }

    private JsonObject Message(string text, string conversationId = TestActivities.PersonalConversation, string conversationType = "personal",
        string? fromId = null, string? fromName = null, string? fromAad = null)
    {
        var activity = TestActivities.Message(text, _host.Connector.ServiceUrl, BotFrameworkHost.BotId, conversationId, conversationType);
        if (fromId is not null)
            activity["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName, ["aadObjectId"] = fromAad };
        return activity;
    }
}
