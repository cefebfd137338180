using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;

namespace MeetingBot.Channels.Tests.BotFramework.Turns;

public sealed class MentionsTests
{
    private static Activity With(string text, params Entity[] entities) => new()
    {
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "联席会议助手" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string? name, string? text) => new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Theory]
    [InlineData("<at>联席会议助手</at> 下次会议什么时候？", "下次会议什么时候？")]
    [InlineData("下次会议什么时候？ <at>联席会议助手</at>", "下次会议什么时候？")]
    [InlineData("<AT>联席会议助手</AT>\u00a0help", "help")]
    public void RemoveOwnMention_TheBotsMention_IsRemovedWherever(string text, string expected)
    {
        Mentions.RemoveOwnMention(With(text, Mention("28:bot", "联席会议助手", "<at>联席会议助手</at>"))).Should().Be(expected);
    }

    [Fact]
    public void RemoveOwnMention_EntityWithoutText_FallsBackToTheName()
    {
        Mentions.RemoveOwnMention(With("<at>联席会议助手</at> 帮助", Mention("28:bot", "联席会议助手", null))).Should().Be("帮助");
    }

    [Fact]
    public void RemoveOwnMention_OtherPeoplesMentions_Stay()
    {
        var activity = With("<at>联席会议助手</at> 绑定 <at>王芳</at>",
            Mention("28:bot", "联席会议助手", "<at>联席会议助手</at>"), Mention("29:wang", "王芳", "<at>王芳</at>"));

        Mentions.RemoveOwnMention(activity).Should().Be("绑定 <at>王芳</at>");
        Mentions.OthersMentioned(activity).Select(m => m.Id).Should().Equal("29:wang");
    }

    [Fact]
    public void RemoveOwnMention_NoEntities_OnlyTrims()
    {
        Mentions.RemoveOwnMention(With("  <at>联席会议助手</at> hi ")).Should().Be("<at>联席会议助手</at> hi", "without an entity nothing proves it is the bot");
    }
}
