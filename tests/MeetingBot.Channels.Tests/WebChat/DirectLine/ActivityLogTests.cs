using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;

namespace MeetingBot.Channels.Tests.WebChat.DirectLine;

public sealed class ActivityLogTests
{
    private static Activity Message(string text) => new() { Type = "message", Text = text };

    private static List<string> Texts(ActivityPage page) =>
        page.Activities.Select(a => JsonNode.Parse(a)!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public void Append_GivesServerIdsInOrder()
    {
        var log = new ActivityLog("conv", 100);

        var first = log.Append(Message("一"));
        var second = log.Append(Message("二"));

        first.Should().Be("conv|0000000");
        second.Should().Be("conv|0000001");
        JsonNode.Parse(log.After(null).Activities[1])!["id"]!.GetValue<string>().Should().Be(second);
    }

    [Fact]
    public void After_Watermark_PagesThroughEverythingOnce()
    {
        var log = new ActivityLog("conv", 100);
        for (var i = 0; i < 5; i++) log.Append(Message($"m{i}"));

        var first = log.After(null, max: 2);
        var second = log.After(first.Watermark, max: 2);
        var third = log.After(second.Watermark, max: 2);
        var none = log.After(third.Watermark, max: 2);

        Texts(first).Should().Equal("m0", "m1");
        first.Watermark.Should().Be("1");
        Texts(second).Should().Equal("m2", "m3");
        Texts(third).Should().Equal("m4");
        none.Activities.Should().BeEmpty();
        none.Watermark.Should().Be(third.Watermark, "a client keeps its place when nothing is new");
    }

    [Fact]
    public void After_PastTheCap_ReadsFromTheOldestKept()
    {
        var log = new ActivityLog("conv", 3);
        for (var i = 0; i < 5; i++) log.Append(Message($"m{i}"));

        Texts(log.After(null)).Should().Equal("m2", "m3", "m4");
        Texts(log.After("0")).Should().Equal("m2", "m3", "m4");
        Texts(log.After("3")).Should().Equal("m4");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("")]
    public void After_WatermarkNotOurs_ReadsEverything(string watermark)
    {
        var log = new ActivityLog("conv", 10);
        log.Append(Message("m0"));

        Texts(log.After(watermark)).Should().Equal("m0");
    }

    [Fact]
    public void Append_LaterChangesToTheActivity_DoNotChangeWhatWasStored()
    {
        var log = new ActivityLog("conv", 10);
        var activity = Message("原文");
        log.Append(activity);

        activity.Text = "改过";

        Texts(log.After(null)).Should().Equal("原文");
    }

    [Fact]
    public async Task NextAppend_CompletesWhenSomethingIsAppended()
    {
        var log = new ActivityLog("conv", 10);
        var next = log.NextAppendAsync();
        next.IsCompleted.Should().BeFalse();

        log.Append(Message("m0"));

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
