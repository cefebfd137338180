using System.Net;
using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>The Direct Line calls Web Chat makes, against the real host on loopback.</summary>
public sealed class DirectLineFlowTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Question_InYongnian_IsEchoedThenAnsweredWithTheResponsibleUnits()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        var posted = await host.PostActivityAsync(session, WebChatHost.Message("谁负责双师型教师？", clientActivityId: "send-1"));
        var (activities, watermark) = await host.PollAsync(session);

        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        var id = (await WebChatHost.JsonAsync(posted))["id"]!.GetValue<string>();
        id.Should().Be($"{session.ConversationId}|0000000");
        var echo = activities[0];
        echo["id"]!.GetValue<string>().Should().Be(id);
        echo["channelData"]!["clientActivityID"]!.GetValue<string>().Should().Be("send-1", "Web Chat marks a message sent by it");
        echo["from"]!["id"]!.GetValue<string>().Should().Be(session.UserId, "the token's user, whatever the page wrote");
        echo["from"]!["role"]!.GetValue<string>().Should().Be("user");
        echo["timestamp"].Should().NotBeNull();

        var answer = activities[1];
        answer["from"]!["role"]!.GetValue<string>().Should().Be("bot");
        answer["replyToId"]!.GetValue<string>().Should().Be(id);
        answer["id"]!.GetValue<string>().Should().Be($"{session.ConversationId}|0000001");
        var text = answer["text"]!.GetValue<string>();
        text.Should().Contain("建立一支双师型教师队伍").And.Contain("牵头：区教体局、区人社局").And.Contain("区财政局");
        watermark.Should().Be("1");
        (await host.PollAsync(session, watermark)).Activities.Should().BeEmpty("nothing is new after the watermark");
    }

    [Fact]
    public async Task Conversation_StartedWithAGeneratedToken_Is201ThenAlreadyStarted200()
    {
        var generated = await host.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, """{"user":{"id":"dl_newcomer","name":"新人"}}""");
        var token = (await WebChatHost.JsonAsync(generated))["token"]!.GetValue<string>();
        var conversationId = (await WebChatHost.JsonAsync(generated))["conversationId"]!.GetValue<string>();

        var first = await host.SendAsync(HttpMethod.Post, "v3/directline/conversations", token, """{"locale":"en-US"}""");
        var again = await host.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        var reconnect = await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=0", token);

        generated.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebChatHost.JsonAsync(generated))["expires_in"]!.GetValue<int>().Should().Be(1800);
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var started = await WebChatHost.JsonAsync(first);
        started["conversationId"]!.GetValue<string>().Should().Be(conversationId);
        started["token"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        reconnect.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebChatHost.JsonAsync(reconnect))["conversationId"]!.GetValue<string>().Should().Be(conversationId);

        var session = new WebChatSession(started["token"]!.GetValue<string>(), conversationId, "dl_newcomer", "新人");
        var answers = await host.AskAsync(session, WebChatHost.Message("help", locale: "en-US"));
        answers.Should().NotBeEmpty("a stranger in a deployment of five joint meetings is still answered");
        answers[0]["from"]!["id"]!.GetValue<string>().Should().Be("meetingbot");
    }

    [Fact]
    public async Task CardSubmit_AsConvenor_SchedulesTheMeetingAndConfirms()
    {
        var session = await host.SessionAsync("demo-002", "convenor");

        var form = (await host.AskAsync(session, WebChatHost.Message("安排会议"))).Single();
        var attachment = form["attachments"]!.AsArray().Single()!;
        attachment["contentType"]!.GetValue<string>().Should().Be("application/vnd.microsoft.card.adaptive");
        var value = CardSubmit.Value(attachment["content"]!.AsObject(), "安排并通知成员单位", new Dictionary<string, string>
        {
            ["date"] = "2026-06-18",
            ["time"] = "14:30",
            ["agenda"] = "第一次全体会议",
        });
        var confirmation = await host.AskAsync(session, WebChatHost.Message(null, value, clientActivityId: "submit-1"));

        var said = string.Join("\n", confirmation.Select(a => a["text"]?.GetValue<string>() ?? a["summary"]?.GetValue<string>() ?? ""));
        said.Should().Contain("已安排会议 **m1**");
        var (activities, _) = await host.PollAsync(session);
        activities.Should().Contain(a => a["value"] != null && a["channelData"]!["clientActivityID"]!.GetValue<string>() == "submit-1",
            "the submit is echoed like a typed message");
    }

    [Fact]
    public async Task Post_MalformedBodies_Are400AndAppendNothing()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        var notJson = await host.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, "{not json");
        var noType = await host.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, """{"text":"你好"}""");
        var empty = await host.PostActivityAsync(session, WebChatHost.Message(null));
        var array = await host.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, "[1,2]");

        foreach (var response in new[] { notJson, noType, empty, array })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await WebChatHost.JsonAsync(response))["error"]!["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        }
        (await host.PollAsync(session)).Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_TypingAndEvents_AreNotAnswered_TypingIsNotKept()
    {
        var session = await host.SessionAsync("demo-002", "bystander");

        var typing = await host.PostActivityAsync(session, new JsonObject { ["type"] = "typing" });
        var joined = await host.PostActivityAsync(session, new JsonObject { ["type"] = "event", ["name"] = "webchat/other" });

        typing.StatusCode.Should().Be(HttpStatusCode.OK);
        joined.StatusCode.Should().Be(HttpStatusCode.OK);
        var kept = (await host.PollAsync(session)).Activities.Should().ContainSingle().Subject;
        kept["type"]!.GetValue<string>().Should().Be("event");
        kept["id"]!.GetValue<string>().Should().Be((await WebChatHost.JsonAsync(joined))["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("convenor", "zh-CN", "您好，我是联席会议助手。", "安排会议")]
    [InlineData("convenor", "en-US", "Hello, I am MeetingBot", "schedule meeting")]
    [InlineData("bystander", "zh-CN", "您好，我是联席会议助手。", "我是区财政局联络员")]
    public async Task Join_OfANewConversation_IsGreetedOnceWithWhatThisPersonMayDo(string persona, string locale, string greeting, string offered)
    {
        var session = await host.SessionAsync("demo-002", persona, locale);

        var joined = await host.PostActivityAsync(session, new JsonObject { ["type"] = "event", ["name"] = "webchat/join", ["locale"] = locale });
        var again = await host.PostActivityAsync(session, new JsonObject { ["type"] = "event", ["name"] = "webchat/join", ["locale"] = locale });
        var (activities, _) = await host.PollAsync(session);

        joined.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var joinedId = (await WebChatHost.JsonAsync(joined))["id"]!.GetValue<string>();
        var said = activities.Where(a => a["from"]!["role"]!.GetValue<string>() == "bot").ToList();
        said.Should().NotBeEmpty();
        said.Should().AllSatisfy(a => a["replyToId"]!.GetValue<string>().Should().Be(joinedId, "only the first join is answered"));
        var text = said[0]["text"]!.GetValue<string>();
        text.Should().StartWith(greeting).And.Contain(offered);
        if (persona == "bystander") text.Should().NotContain("安排会议", "a bystander is not offered to schedule meetings");
    }
}
