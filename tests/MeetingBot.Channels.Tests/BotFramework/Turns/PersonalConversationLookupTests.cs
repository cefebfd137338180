using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Turns;

/// <summary>Finding a person's 1:1 with the bot, for notifications: by either id, after a restart, never one the bot was removed from.</summary>
public sealed class PersonalConversationLookupTests
{
    private const string Aad = "0f6d8e2a-aaaa-4bbb-8ccc-111122223333";
    private static readonly ChatParty Bot = new("28:bot", "MeetingBot");
    private static readonly ChatParty LiHua = new("29:li-hua", "李华", Aad);
    private readonly InMemoryConversationStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private ConversationReferences NewReferences() =>
        new(_store, new ServiceUrlTrust(new BotFrameworkOptions()), _time, NullLogger<ConversationReferences>.Instance);

    private static ConversationReference Personal(string id, ChatParty? user = null) =>
        new("msteams", id, "https://smba.example.com/", Bot, user ?? LiHua, "tenant", "personal");

    [Theory]
    [InlineData("29:li-hua")]
    [InlineData(Aad)]
    public async Task FindPersonal_ByChannelIdOrAadObjectId_FindsTheStoredChat(string id)
    {
        var references = NewReferences();
        await references.RememberAsync(Personal("a:1"), default);

        (await references.FindPersonalAsync("msteams", id))!.Reference.ConversationId.Should().Be("a:1");
        (await references.FindPersonalAsync("slack", id)).Should().BeNull("another channel's ids are other people");
    }

    [Fact]
    public async Task FindPersonal_AfterARestartOrOnAnotherInstance_FindsWhatWasStored()
    {
        var restarted = NewReferences(); // started before the 1:1 was met elsewhere: nothing loaded at start
        await NewReferences().RememberAsync(Personal("a:1"), default);

        (await restarted.FindPersonalAsync("msteams", Aad))!.Reference.ConversationId.Should().Be("a:1");
        (await restarted.FindPersonalAsync("msteams", "29:li-hua"))!.Reference.ConversationId.Should().Be("a:1");
        (await restarted.FindInTenantAsync("msteams", "tenant"))!.Reference.ConversationId.Should().Be("a:1");
    }

    [Fact]
    public async Task FindPersonal_OfAChatStoredBeforeLookups_IsFoundAfterTheBackfill()
    {
        await _store.SaveAsync(Personal("a:1").ToStored(true, _time.GetUtcNow()));
        var references = NewReferences();
        (await references.FindPersonalAsync("msteams", Aad)).Should().BeNull("nothing points at it yet");

        await references.BackfillLookupsAsync(default);

        (await references.FindPersonalAsync("msteams", Aad))!.Reference.ConversationId.Should().Be("a:1");
    }

    [Fact]
    public async Task FindPersonal_OfAChatTheBotWasRemovedFrom_IsNull_AndDoesNotHideAnInstalledOne()
    {
        await _store.SaveAsync(Personal("a:old").ToStored(false, _time.GetUtcNow()));
        await _store.SaveAsync(Personal("a:new").ToStored(true, _time.GetUtcNow()));
        await _store.SaveAsync(Personal("a:gone", new ChatParty("29:other", "王芳")).ToStored(false, _time.GetUtcNow()));

        var references = NewReferences();
        await references.BackfillLookupsAsync(default);

        (await references.FindPersonalAsync("msteams", Aad))!.Reference.ConversationId.Should().Be("a:new");
        (await references.FindPersonalAsync("msteams", "29:other")).Should().BeNull();
    }

    [Fact]
    public async Task FindPersonal_OfAGroupChat_IsNull()
    {
        var references = NewReferences();
        await references.RememberAsync(Personal("19:group") with { ConversationType = "groupChat" }, default);

        (await references.FindPersonalAsync("msteams", Aad)).Should().BeNull();
    }
}
