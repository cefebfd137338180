using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.Tests.BotFramework.Schema;

/// <summary>The Bot Framework reference as the opaque address the store keeps, including rows stored before addresses were neutral.</summary>
public sealed class ConversationAddressTests
{
    private static readonly ConversationReference Personal = new("msteams", "a:1pL6mSQk", "https://smba.trafficmanager.net/apac/",
        new ChatParty("28:bot-app-id", "联席会议助手"), new ChatParty("29:1user-id", "李秘书", "6c1f0a52-0000-4000-8000-000000000001"),
        "72f988bf-0000-4000-8000-000000000000", "personal", Locale: "zh-CN");

    [Fact]
    public void Address_RoundTrips()
    {
        ConversationReference.FromAddress(Personal.ToAddress()).Should().Be(Personal);
        Personal.ToStored(installed: true, DateTimeOffset.UnixEpoch).Should().Be(
            new MeetingBot.Core.Messaging.StoredConversation("msteams", "a:1pL6mSQk", Personal.ToAddress(), true, DateTimeOffset.UnixEpoch));
    }

    /// <summary>Exactly the "reference" object of a conversation row as the store wrote it before: read by the store as this channel's address.</summary>
    [Fact]
    public void FromAddress_ReferenceWrittenByTheEarlierStoreLayout_IsTheSameReference()
    {
        const string stored = """{"channelId":"msteams","conversationId":"a:1pL6mSQk","serviceUrl":"https://smba.trafficmanager.net/apac/","bot":{"id":"28:bot-app-id","name":"联席会议助手"},"user":{"id":"29:1user-id","name":"李秘书","aadObjectId":"6c1f0a52-0000-4000-8000-000000000001"},"tenantId":"72f988bf-0000-4000-8000-000000000000","conversationType":"personal","locale":"zh-CN"}""";

        ConversationReference.FromAddress(stored).Should().Be(Personal);
        Personal.ToAddress().Should().Be(stored, "what is written now has the shape of what was written then");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"channel":"slack","team":"T1","channelId":""}""")]
    [InlineData("""{"channelId":"msteams","conversationId":"a:1"}""")]
    [InlineData("[1,2]")]
    public void FromAddress_NotABotFrameworkAddress_IsNull(string address) =>
        ConversationReference.FromAddress(address).Should().BeNull();
}
