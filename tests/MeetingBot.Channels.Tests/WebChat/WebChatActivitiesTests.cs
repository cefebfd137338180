using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Tests.WebChat;

public sealed class WebChatActivitiesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static DirectLineConversation Conversation() => new("conv", "dl_local_demo-002_convenor", "召集人", "zh-CN", 100, Now);

    [Fact]
    public void Echo_KeepsTheClientActivityIdAndMakesTheTokenUserTheSender()
    {
        var posted = BotJson.DeserializeActivity("""
            {"type":"message","text":"帮助","from":{"id":"r_forged","name":"别人","role":"user"},
             "channelData":{"clientActivityID":"1700000000000abc"},"localTimezone":"Asia/Shanghai"}
            """u8)!;
        var conversation = Conversation();

        var id = conversation.Log.Append(WebChatActivities.Echo(conversation, posted, Now));
        var echo = JsonNode.Parse(conversation.Log.After(null).Activities.Single())!;

        echo["id"]!.GetValue<string>().Should().Be(id);
        echo["channelData"]!["clientActivityID"]!.GetValue<string>().Should().Be("1700000000000abc");
        echo["from"]!["id"]!.GetValue<string>().Should().Be("dl_local_demo-002_convenor");
        echo["from"]!["name"]!.GetValue<string>().Should().Be("召集人");
        echo["recipient"]!["role"]!.GetValue<string>().Should().Be("bot");
        echo["conversation"]!["id"]!.GetValue<string>().Should().Be("conv");
        echo["channelId"]!.GetValue<string>().Should().Be("webchat");
        echo["timestamp"].Should().NotBeNull();
        echo["localTimezone"]!.GetValue<string>().Should().Be("Asia/Shanghai", "what the client sent survives");
        echo["locale"]!.GetValue<string>().Should().Be("zh-CN", "the session's language when the client did not say");
    }

    [Fact]
    public void FromBot_IsFromTheBotAndRepliesToTheEcho()
    {
        var conversation = Conversation();
        var reply = WebChatActivities.FromBot(conversation, new Activity { Type = "message", Text = "好的" }, "conv|0000000", Now);

        reply.From!.Role.Should().Be("bot");
        reply.Recipient!.Id.Should().Be(conversation.UserId);
        reply.ReplyToId.Should().Be("conv|0000000");
        reply.Conversation!.Id.Should().Be("conv");
    }

    [Fact]
    public void Message_CardSubmit_IsAPersonalWebChatMessageWithTheValue()
    {
        var posted = BotJson.DeserializeActivity("""{"type":"message","value":{"action":"meeting.schedule","date":"2026-06-18"},"locale":"en-US"}"""u8)!;

        var message = WebChatMessages.From(Conversation(), posted);

        message.From.Channel.Should().Be("webchat");
        message.From.AccountId.Should().Be("dl_local_demo-002_convenor");
        message.Conversation.Kind.Should().Be(ConversationKind.Personal);
        message.Conversation.Id.Should().Be("conv");
        message.Text.Should().BeEmpty();
        message.Value!.Field("date").Should().Be("2026-06-18");
        message.Locale.Should().Be("en-US");
    }
}
