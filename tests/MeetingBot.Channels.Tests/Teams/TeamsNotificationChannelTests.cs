using System.Text.Json.Nodes;
using MeetingBot.Channels.Teams;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using MeetingBot.TestPeers.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Channels.Tests.Teams;

/// <summary>Teams as a notification channel outside any turn (reminders), in a real host against the stub connector.</summary>
public sealed class TeamsNotificationChannelTests : IAsyncLifetime
{
    private const string WangFangAad = "9a8b7c6d-bbbb-4ccc-8ddd-444455556666";
    private const string WangFangId = "29:1wang-fang";
    private const string GroupChat = "19:meeting-group@thread.v2";
    private static readonly ChatAccount WangFang = new("msteams", WangFangAad, "王芳");

    private readonly ScriptedConversation _conversation = new();
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotFrameworkHost.StartAsync(settings: ScriptedConversation.Settings(), registerBot: _conversation.Register);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _conversation.Dispose();
    }

    private Notifier Notifier => _host.Services.GetRequiredService<Notifier>();

    [Fact]
    public async Task Deliver_ToSomeoneWithAStoredPersonalChat_IsDeliveredThere()
    {
        await MeetAsync("a:personal-wang", "personal");

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Should().Be(NotificationResult.Delivered);
        var sent = _host.Connector.Requests.Should().ContainSingle().Which;
        sent.Operation.Should().Be(ConnectorOperation.SendToConversation);
        sent.ConversationId.Should().Be("a:personal-wang");
        sent.Json!["text"]!.GetValue<string>().Should().Be("提醒：请报送进展");
    }

    [Fact]
    public async Task Deliver_ToSomeoneMetInAGroup_OpensA1To1ThroughThatConversation()
    {
        await MeetAsync(GroupChat, "groupChat");

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered);
        var created = _host.Connector.Requests.Should().ContainSingle(r => r.Operation == ConnectorOperation.CreateConversation).Which;
        created.Json!["members"]![0]!["id"]!.GetValue<string>().Should().Be(WangFangId, "the id Teams gave her in the group");
        created.Json["channelData"]!["tenant"]!["id"]!.GetValue<string>().Should().Be(TestActivities.TenantId);
        var sent = _host.Connector.Requests.Should().ContainSingle(r => r.Operation == ConnectorOperation.SendToConversation).Which;
        sent.ConversationId.Should().StartWith("a:conv-");
    }

    [Fact]
    public async Task Deliver_ToSomeoneNeverMet_OpensA1To1InTheDeploymentsTenant()
    {
        // Someone else's chat tells the bot the tenant's serviceUrl; she is known only by her AAD object id.
        await _host.PostAsync(TestActivities.Message("text", _host.Connector.ServiceUrl, BotFrameworkHost.BotId, GroupChat, "groupChat"));
        await _host.Connector.WaitForRequestAsync();
        _host.Connector.Clear();

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered);
        var created = _host.Connector.Requests.Should().ContainSingle(r => r.Operation == ConnectorOperation.CreateConversation).Which;
        created.Json!["members"]![0]!["id"]!.GetValue<string>().Should().Be(WangFangAad);
        created.Json["tenantId"]!.GetValue<string>().Should().Be(TestActivities.TenantId);
    }

    [Fact]
    public async Task Deliver_NoConversationKnownAtAll_IsUnreachableAndRecordedWithoutARequest()
    {
        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
        _host.Connector.Requests.Should().BeEmpty();
        var entry = _host.Undelivered.Entries.Should().ContainSingle().Which;
        entry.Recipient.Should().Be(WangFangAad);
        entry.ActivityJson.Should().Contain("提醒：请报送进展");
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public async Task Deliver_RefusedForGood_IsUnreachable(int status, string code)
    {
        await MeetAsync("a:personal-wang", "personal");
        _host.Connector.EnqueueFault(StubFault.Status(status, code), match: r => r.Operation == ConnectorOperation.SendToConversation);

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
        result.Detail.Should().Contain(status.ToString());
        _host.Connector.Requests.Should().ContainSingle("repeating a refusal cannot help");
    }

    [Fact]
    public async Task Deliver_AppNotInstalledForThePerson_IsUnreachable()
    {
        await MeetAsync(GroupChat, "groupChat");
        _host.Connector.EnqueueFault(StubFault.Status(403, "ForbiddenOperationException"), match: r => r.Operation == ConnectorOperation.CreateConversation);

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
        _host.Undelivered.Entries.Should().ContainSingle().Which.Operation.Should().Be("create-conversation");
    }

    [Fact]
    public async Task Deliver_ConnectorDownPastTheRetries_IsFailed()
    {
        await MeetAsync("a:personal-wang", "personal");
        _host.Connector.EnqueueFault(StubFault.Status(503), times: 5, match: r => r.Operation == ConnectorOperation.SendToConversation);

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Failed, "a later attempt may succeed");
        _host.Connector.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task Deliver_ThrottledLongerThanTheBotWaits_IsFailed()
    {
        await MeetAsync("a:personal-wang", "personal");
        _host.Connector.EnqueueFault(StubFault.Status(429, "Throttled", TimeSpan.FromMinutes(10)), match: r => r.Operation == ConnectorOperation.SendToConversation);

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Failed);
    }

    [Fact]
    public async Task Deliver_CreateConversationThrottledPastTheRetries_IsFailed()
    {
        await MeetAsync(GroupChat, "groupChat");
        _host.Connector.EnqueueFault(StubFault.Status(500), times: 5, match: r => r.Operation == ConnectorOperation.CreateConversation);

        var result = await Notifier.DeliverAsync(Reminder(WangFang), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Failed);
    }

    [Fact]
    public async Task Notifier_ForAChannelNotDeployed_IsUnreachable()
    {
        var result = await Notifier.DeliverAsync(Reminder(WangFang with { Channel = "slack" }), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
    }

    // Wang Fang writes to the bot once, so it knows her and the conversation; then the connector log is cleared.
    private async Task MeetAsync(string conversationId, string conversationType)
    {
        // "text" is answered with one message, so nothing of the turn arrives after the log is cleared.
        var activity = TestActivities.Message("text", _host.Connector.ServiceUrl, BotFrameworkHost.BotId, conversationId, conversationType);
        activity["from"] = new JsonObject { ["id"] = WangFangId, ["name"] = "王芳", ["aadObjectId"] = WangFangAad };
        await _host.PostAsync(activity);
        await _host.Connector.WaitForRequestAsync(r => r.ConversationId == conversationId);
        _host.Connector.Clear();
    }

    private static Notification Reminder(ChatAccount to) => new(to, new OutgoingMessage("提醒：请报送进展"));
}
