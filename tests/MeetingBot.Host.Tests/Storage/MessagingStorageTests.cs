using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>The host's conversation store and undelivered-message log: in the configured store, beside the joint meetings.</summary>
public class MessagingStorageTests
{
    [Fact]
    public async Task ConversationsAndUndeliveredMessages_SurviveARestartAndLeaveTheJointMeetingsAlone()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var reference = new ConversationReference("msteams", "19:abc@thread.tacv2;messageid=1699999999999", "https://smba.trafficmanager.net/apac/",
            new ChatParty("28:bot"), ConversationType: "channel", TeamId: "19:team@thread.tacv2");
        var saved = reference.ToStored(installed: true, clock.GetUtcNow());
        var failed = new UndeliveredMessage("u-1", reference.ChannelId, reference.ConversationId, null, "send", """{"type":"message","text":"请提交报告"}""", "HTTP 403 Forbidden", 4, clock.GetUtcNow());
        var before = clock.GetUtcNow().AddMinutes(-1);

        var first = new MeetingBotApplication { Settings = settings, Clock = clock };
        _ = first.Server;
        await first.Services.GetRequiredService<IConversationStore>().SaveAsync(saved);
        await first.Services.GetRequiredService<IUndeliveredMessageLog>().RecordAsync(failed);
        await first.DisposeAsync();

        await using var second = new MeetingBotApplication { Settings = settings, Clock = clock };
        _ = second.Server;

        (await second.Services.GetRequiredService<IConversationStore>().FindAsync(reference.ChannelId, reference.ConversationId)).Should().Be(saved);
        (await second.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(before)).Should().Equal(failed);
        (await second.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().HaveCount(5, "the demos, and nothing of the messaging rows");
    }
}
