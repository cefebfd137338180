using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Files;
using MeetingBot.Channels.Teams;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.WebChat;

public sealed class WebChatNotificationChannelTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly DirectLineConversations conversations;
    private readonly WebChatNotificationChannel channel;

    public WebChatNotificationChannelTests()
    {
        conversations = new DirectLineConversations(Options.Create(new WebChatOptions { MaxConversations = 3 }), time);
        var links = new FileLinks(FileLinks.DeriveKey("file link key"), () => new Uri("http://127.0.0.1:3978/"), TimeSpan.FromDays(7), time);
        channel = new WebChatNotificationChannel(conversations, new OutgoingActivities(links), time);
    }

    private static Notification To(string userId, OutgoingMessage message) => new(new ChatAccount("webchat", userId, "联络员"), message);

    [Fact]
    public async Task Deliver_ToAUserWithTwoTabs_AppendsToBoth()
    {
        var (first, _) = conversations.Start("tab-1", "dl_a", "联络员", "zh-CN");
        var (second, _) = conversations.Start("tab-2", "dl_a", "联络员", "zh-CN");
        var (other, _) = conversations.Start("tab-3", "dl_b", "别人", "zh-CN");

        var result = await channel.DeliverAsync(To("dl_a", new OutgoingMessage("会议通知")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered);
        first.Log.After(null).Activities.Should().ContainSingle();
        second.Log.After(null).Activities.Should().ContainSingle();
        other.Log.After(null).Activities.Should().BeEmpty();
    }

    [Fact]
    public async Task Deliver_WithAnIcsFile_LinksItOnThisHost()
    {
        var (tab, _) = conversations.Start("tab-1", "dl_a", "联络员", "zh-CN");
        var invitation = new FileAttachment("第一次全体会议.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray());

        await channel.DeliverAsync(To("dl_a", new OutgoingMessage("会议通知", Files: [invitation])), CancellationToken.None);

        var text = JsonNode.Parse(tab.Log.After(null).Activities.Single())!["text"]!.GetValue<string>();
        text.Should().Contain("](http://127.0.0.1:3978/files/");
    }

    [Fact]
    public async Task Deliver_ToAUserWithNothingOpen_IsUnreachableAndAppendsNothing()
    {
        var (tab, _) = conversations.Start("tab-1", "dl_a", "联络员", "zh-CN");

        var result = await channel.DeliverAsync(To("dl_nobody", new OutgoingMessage("会议通知")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
        tab.Log.After(null).Activities.Should().BeEmpty();
    }

    [Fact]
    public void Start_PastTheCap_DropsTheLeastRecentlyUsed()
    {
        conversations.Start("c1", "dl_a", null, null);
        time.Advance(TimeSpan.FromMinutes(1));
        conversations.Start("c2", "dl_a", null, null);
        time.Advance(TimeSpan.FromMinutes(1));
        conversations.Start("c3", "dl_a", null, null);
        time.Advance(TimeSpan.FromMinutes(1));
        conversations.Find("c1"); // read: recently used again

        conversations.Start("c4", "dl_a", null, null);

        conversations.Find("c2").Should().BeNull();
        conversations.Find("c1").Should().NotBeNull();
        conversations.Find("c4").Should().NotBeNull();
    }
}
