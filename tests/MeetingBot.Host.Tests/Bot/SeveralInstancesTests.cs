using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Teams;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// Several hosts on one store, as behind a load balancer: what one instance met, every instance reaches, also one
/// started before the person first wrote (nothing of it was there to load at its start).
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const string Aad = "6c1f0a52-0000-4000-8000-000000000001";
    private readonly TempFolder _data = new();
    private TeamsPeers _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsPeers.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        _data.Dispose();
    }

    [Theory]
    [InlineData("29:contact")]
    [InlineData(Aad)]
    public async Task Notification_FromAnInstanceStartedBeforeThePersonWroteToAnother_ReachesTheirChat(string accountId)
    {
        await using var quiet = Host(); // the instance the person never talks to
        _ = quiet.Server;
        await using var talked = Host();
        (await _teams.PostAsync(talked, Message("帮助"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await _teams.Connector.WaitForRequestAsync();
        _teams.Connector.Clear();

        var result = await quiet.Services.GetRequiredService<TeamsNotificationChannel>().DeliverAsync(
            new Notification(new ChatAccount("msteams", accountId, "张伟"), new OutgoingMessage("报告还有 7 天截止")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered, result.Detail);
        var sent = await _teams.Connector.WaitForRequestAsync();
        sent.ConversationId.Should().Be("a:personal-1", "the stored 1:1, not a new one");
        sent.Json!["text"]!.GetValue<string>().Should().Contain("报告还有 7 天截止");
        _teams.Connector.Requests.Should().ContainSingle("no conversation was created for someone the store knows");
    }

    [Fact]
    public async Task Notification_ToSomeoneNeverMet_OpensTheirChatThroughAConversationAnotherInstanceMetInTheTenant()
    {
        await using var quiet = Host();
        _ = quiet.Server;
        await using var talked = Host();
        (await _teams.PostAsync(talked, Message("帮助"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await _teams.Connector.WaitForRequestAsync();
        _teams.Connector.Clear();

        var result = await quiet.Services.GetRequiredService<TeamsNotificationChannel>().DeliverAsync(
            new Notification(new ChatAccount("msteams", "7d2e0b63-0000-4000-8000-000000000002", "王芳"), new OutgoingMessage("会议通知")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered, result.Detail);
        (await _teams.Connector.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)))
            .Json!["members"]![0]!["aadObjectId"]!.GetValue<string>().Should().Be("7d2e0b63-0000-4000-8000-000000000002");
    }

    [Fact]
    public async Task PersonMetOnlyInAGroup_IsReachedByTheirTeamsId_FromAHostStartedAfterTheOneThatMetThemStopped()
    {
        await using (var met = Host())
        {
            var inGroup = Message("帮助");
            inGroup["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["tenantId"] = TeamsPeers.Tenant };
            (await _teams.PostAsync(met, inGroup)).StatusCode.Should().Be(HttpStatusCode.OK);
            await _teams.Connector.WaitForRequestAsync();
        }
        _teams.Connector.Clear();
        await using var restarted = Host();

        var result = await restarted.Services.GetRequiredService<TeamsNotificationChannel>().DeliverAsync(
            new Notification(new ChatAccount("msteams", Aad, "张伟"), new OutgoingMessage("报告还有 7 天截止")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered, result.Detail);
        var created = await _teams.Connector.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        // The id Teams knows them by in the bot's chats, as the host that met them had it (not only the AAD object id).
        created.Json!["members"]![0]!["id"]!.GetValue<string>().Should().Be("29:contact");
        created.Json!["members"]![0]!["aadObjectId"]!.GetValue<string>().Should().Be(Aad);
    }

    private MeetingBotApplication Host() => new()
    {
        Settings = new Dictionary<string, string?>(_teams.BotSettings())
        {
            ["Storage:DataPath"] = _data.Path,
            ["Storage:SeedDemo"] = "false",
            ["Reminders:Enabled"] = "false",
        },
    };


    private JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = "f:1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = _teams.Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:contact", ["name"] = "张伟", ["aadObjectId"] = Aad },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TeamsPeers.AppId, ["name"] = "联席会议助手" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = TeamsPeers.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsPeers.Tenant } },
        ["locale"] = "zh-CN",
        ["text"] = text,
    };
}
