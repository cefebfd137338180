using System.Net;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Proactive;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.Teams;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Channels.Tests.BotFramework.Turns;

/// <summary>The references that let reminders reach units later: kept up to date by installs, removals and every activity.</summary>
public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ProactiveMessenger Proactive => _host.Services.GetRequiredService<ProactiveMessenger>();

    [Fact]
    public async Task Install_StoresTheReferenceAndTellsTheBot()
    {
        var response = await _host.PostAsync(TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await _host.Conversations.FindAsync("msteams", TestActivities.PersonalConversation))!;
        stored.Installed.Should().BeTrue();
        stored.Reference().Should().BeEquivalentTo(new ConversationReference("msteams", TestActivities.PersonalConversation, _host.Connector.ServiceUrl,
            new ChatParty(BotFrameworkHost.BotId, "MeetingBot"), new ChatParty(TestActivities.UserId, "李华", "0f6d8e2a-aaaa-4bbb-8ccc-111122223333"),
            TestActivities.TenantId, "personal", null, "zh-CN"));
        _host.Probe.Events.Should().Equal("bot added");
    }

    [Fact]
    public async Task Remove_KeepsTheReferenceMarkedUninstalled_AndProactiveSendsStop()
    {
        await _host.PostAsync(TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId));
        await _host.PostAsync(TestActivities.Installation("remove", _host.Connector.ServiceUrl, BotFrameworkHost.BotId));

        (await _host.Conversations.FindAsync("msteams", TestActivities.PersonalConversation))!.Installed.Should().BeFalse();
        var result = await Proactive.SendToKnownAsync("msteams", TestActivities.PersonalConversation, new Activity { Text = "提醒" });
        result.Delivered.Should().BeFalse();
        result.FailureReason.Should().Contain("removed");
        _host.Connector.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Messages_InAnUnchangedConversation_AreNotWrittenAgain()
    {
        for (var i = 0; i < 5; i++) await _host.PostAsync(_host.Message($"m{i}"));

        _host.Conversations.Saves.Should().Be(1);
    }

    [Fact]
    public async Task Proactive_ToAKnownConversation_ArrivesWithoutReplyToId()
    {
        await _host.PostAsync(_host.Message("hi"));
        await _host.Connector.WaitForCountAsync(1);
        _host.Connector.Clear();

        var result = await Proactive.SendToKnownAsync("msteams", TestActivities.PersonalConversation, new Activity { Text = "报告截止提醒" });

        result.Delivered.Should().BeTrue();
        var sent = await _host.Connector.WaitForRequestAsync();
        sent.Path.Should().EndWith("/activities");
        sent.Json!["replyToId"].Should().BeNull();
        sent.Json!["text"]!.GetValue<string>().Should().Be("报告截止提醒");
    }

    [Fact]
    public async Task Proactive_OpenPersonalConversation_SendsBotMemberAndTenant()
    {
        await _host.PostAsync(TestActivities.Installation("add", _host.Connector.ServiceUrl, BotFrameworkHost.BotId, TestActivities.ChannelConversation));
        var via = (await _host.Conversations.FindAsync("msteams", TestActivities.ChannelConversation))!.Reference();

        var personal = await Proactive.OpenPersonalConversationAsync(via, new ChatParty("29:wang-fang", "王芳"));

        var create = await _host.Connector.WaitForRequestAsync();
        create.Path.Should().Be("/v3/conversations");
        create.Json!["bot"]!["id"]!.GetValue<string>().Should().Be(BotFrameworkHost.BotId);
        create.Json!["members"]![0]!["id"]!.GetValue<string>().Should().Be("29:wang-fang");
        create.Json!["tenantId"]!.GetValue<string>().Should().Be(TestActivities.TenantId);
        create.Json!["channelData"]!["tenant"]!["id"]!.GetValue<string>().Should().Be(TestActivities.TenantId);
        create.Json!["isGroup"]!.GetValue<bool>().Should().BeFalse();
        (await _host.Conversations.FindAsync("msteams", personal.ConversationId)).Should().NotBeNull("the new 1:1 is remembered for later");
    }

    [Fact]
    public async Task Proactive_ToAServiceUrlNoActivityVouchedFor_IsRefusedWithoutARequest()
    {
        var forged = new ConversationReference("msteams", "a:1", "https://attacker.example/", new ChatParty(BotFrameworkHost.BotId));

        var result = await Proactive.SendAsync(forged, new Activity { Text = "x" });

        result.Delivered.Should().BeFalse();
        result.FailureReason.Should().Contain("did not arrive on an authenticated activity");
        _host.Undelivered.Entries.Should().ContainSingle();
        _host.Identity.TokenRequests.Should().BeEmpty("no token is fetched for a host we will not call");
    }

    [Fact]
    public async Task Restart_StoredConversationsAreFoundAndTrustedForProactiveSends()
    {
        var stored = new ConversationReference("msteams", "a:stored", _host.Connector.ServiceUrl, new ChatParty(BotFrameworkHost.BotId));
        var fresh = await BotFrameworkHost.StartAsync();
        await using var _ = fresh;
        // Another instance, started over a store that already knows the conversation.
        await fresh.Conversations.SaveAsync((stored with { ServiceUrl = fresh.Connector.ServiceUrl }).ToStored(true, fresh.Now));

        var result = await fresh.Services.GetRequiredService<ProactiveMessenger>().SendToKnownAsync("msteams", "a:stored", new Activity { Text = "after restart" });

        result.Delivered.Should().BeTrue(result.FailureReason);
    }
}
