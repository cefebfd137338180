using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

/// <summary>The Connector operations besides sending: update, delete, members.</summary>
public sealed class ConnectorOperationsTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Update_ReplacesTheSentActivityInPlace()
    {
        await _host.PostAsync(_host.Message("edit"));

        var update = await _host.Connector.WaitForRequestAsync(r => r.Method == "PUT");
        var sent = _host.Connector.Requests.First();
        update.Operation.Should().Be(ConnectorOperation.UpdateActivity);
        update.ConversationId.Should().Be(TestActivities.PersonalConversation);
        update.ActivityId.Should().NotBeNullOrEmpty();
        update.Json!["text"]!.GetValue<string>().Should().Be("定稿");
        update.Json!["id"]!.GetValue<string>().Should().Be(update.ActivityId);
        sent.Status.Should().Be(200);
    }

    [Fact]
    public async Task Delete_RemovesTheSentActivity()
    {
        await _host.PostAsync(_host.Message("undo"));

        var delete = await _host.Connector.WaitForRequestAsync(r => r.Method == "DELETE");
        delete.Operation.Should().Be(ConnectorOperation.DeleteActivity);
        delete.ActivityId.Should().NotBeNullOrEmpty();
        delete.Status.Should().Be(200);
    }

    [Fact]
    public async Task Members_OfAChannel_AreReadPageByPage()
    {
        await _host.PostAsync(_host.Message("hi")); // makes the stub's serviceUrl trusted
        var members = Enumerable.Range(1, 7).Select(i => (object)new { id = $"29:member-{i}", name = $"成员{i}" }).ToList();
        _host.Connector.SetMembers(TestActivities.ChannelConversation, members);
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        var read = await client.GetPagedMembersAsync(_host.Connector.ServiceUrl, TestActivities.ChannelConversation, pageSize: 3, CancellationToken.None);

        read.Select(m => m.Id).Should().Equal(Enumerable.Range(1, 7).Select(i => $"29:member-{i}"));
        _host.Connector.Requests.Count(r => r.Operation == ConnectorOperation.GetPagedMembers).Should().Be(3);
    }

    [Fact]
    public async Task Members_Unpaged_AreReturned()
    {
        await _host.PostAsync(_host.Message("hi"));
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        var read = await client.GetConversationMembersAsync(_host.Connector.ServiceUrl, TestActivities.PersonalConversation, CancellationToken.None);

        read.Should().ContainSingle().Which.Id.Should().Be("29:user-1");
    }
}
