using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.WebChat.DirectLine;

/// <summary>
/// The web chat's memory is bounded in bytes as well as in counts, and a flood from loopback pushes out the
/// flooder's own conversations before anyone else's.
/// </summary>
public sealed class ConversationMemoryTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private DirectLineConversations Conversations(int maxConversations = 1_000, long maxTotalBytes = 128L * 1024 * 1024) =>
        new(Options.Create(new WebChatOptions { MaxConversations = maxConversations, MaxTotalBytes = maxTotalBytes }), time);

    private static Activity FromUser(string userId, int size) =>
        new() { Type = "event", Name = "flood", Text = new string('x', size), From = new ChannelAccount { Id = userId, Role = "user" } };

    [Fact]
    public void Events_OfAbout200KBEach_KeepAConversationWithinItsByteBound()
    {
        var conversations = Conversations();
        var (flood, _) = conversations.Start(DirectLineConversations.NewId(), "dl_flooder", null, null);

        for (var i = 0; i < 400; i++) flood.Log.Append(FromUser("dl_flooder", 200_000));

        flood.Log.Bytes.Should().BeLessThanOrEqualTo(new WebChatOptions().MaxBytesPerConversation);
        conversations.TotalBytes.Should().Be(flood.Log.Bytes);
        flood.Log.After(null).Activities.Should().NotBeEmpty("the newest activities are kept");
    }

    [Fact]
    public void ManyConversationsFullOfBytes_StayWithinTheTotal_AndTheQuietUsersChatSurvives()
    {
        var conversations = Conversations(maxTotalBytes: 20L * 1024 * 1024);
        var (quiet, _) = conversations.Start(DirectLineConversations.NewId(), "dl_quiet", null, null);
        quiet.Log.Append(FromUser("dl_quiet", 100));

        for (var c = 0; c < 60; c++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            var (flood, _) = conversations.Start(DirectLineConversations.NewId(), "dl_flooder", null, null);
            for (var i = 0; i < 12; i++) flood.Log.Append(FromUser("dl_flooder", 200_000));
        }

        conversations.TotalBytes.Should().BeLessThanOrEqualTo(20L * 1024 * 1024);
        conversations.Find(quiet.Id).Should().NotBeNull("the flooder's conversations go first");
    }

    [Fact]
    public void ABurstOfNewConversations_EvictsItselfNotThePeopleChatting()
    {
        var conversations = Conversations(maxConversations: 1_000);
        var people = Enumerable.Range(0, 20).Select(i =>
        {
            var (chat, _) = conversations.Start(DirectLineConversations.NewId(), $"dl_person{i}", null, null);
            chat.Log.Append(FromUser($"dl_person{i}", 50));
            return chat;
        }).ToList();
        time.Advance(TimeSpan.FromMinutes(10)); // they are chatting, but not this very second

        for (var i = 0; i < 1_100; i++)
            conversations.Start(DirectLineConversations.NewId(), $"dl_burst{i}", null, null);

        conversations.Count.Should().Be(1_000);
        people.Should().OnlyContain(p => conversations.Find(p.Id) != null);
    }
}
