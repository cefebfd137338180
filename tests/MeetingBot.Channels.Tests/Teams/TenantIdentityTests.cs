using MeetingBot.Channels.Teams;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Channels.Tests.Teams;

/// <summary>
/// A Teams person is the pair (tenant, AAD object id): an activity from another tenant carrying a member's object
/// id is someone else, so it can never act as that member; people of the bot's own tenant keep the plain object
/// id their contacts were stored with.
/// </summary>
public sealed class TenantIdentityTests : IAsyncLifetime
{
    private const string LiHuaAad = "0f6d8e2a-aaaa-4bbb-8ccc-111122223333";
    private const string OtherTenant = "3e4f5a6b-2222-4c5d-8e9f-a0b1c2d3e4f5";

    private readonly ScriptedConversation _conversation = new();
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotFrameworkHost.StartAsync(settings: ScriptedConversation.Settings(), registerBot: _conversation.Register);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _conversation.Dispose();
    }

    [Fact]
    public async Task Message_FromTheBotsOwnTenant_IsThePersonByTheirObjectIdAsStored()
    {
        await _host.PostAsync(_host.Message("text"));

        await _host.Connector.WaitForRequestAsync();
        _conversation.Feature.Seen.Single().From.Should().Be(new ChatAccount("msteams", LiHuaAad, "李华"));
    }

    [Fact]
    public async Task Message_FromAnotherTenantWithAMembersObjectId_IsNotThatMember()
    {
        var activity = _host.Message("text");
        activity["conversation"]!["tenantId"] = OtherTenant;
        activity["channelData"]!["tenant"]!["id"] = OtherTenant;

        await _host.PostAsync(activity);

        await _host.Connector.WaitForRequestAsync();
        var from = _conversation.Feature.Seen.Single().From;
        from.AccountId.Should().Be($"{LiHuaAad}@{OtherTenant}");
        from.SameAs(new ChatAccount("msteams", LiHuaAad, "李华")).Should().BeFalse();

        var jm = JointMeeting.Create(new JointMeetingSettings("jm", "联席会议"), JointMeetingProposal.Empty, new ChatAccount("msteams", LiHuaAad, "李华"), DateTimeOffset.UnixEpoch);
        jm.Identify(from).Role.Should().BeNull("the convenor's object id from another tenant is a stranger here");
        jm.Identify(new ChatAccount("msteams", LiHuaAad, "李华")).Role.Should().Be(ContactRole.Convenor);
    }

    [Theory]
    [InlineData(LiHuaAad + "@" + OtherTenant, LiHuaAad, OtherTenant)]
    [InlineData(LiHuaAad, LiHuaAad, null)]
    [InlineData("29:1a2b@not-a-tenant", "29:1a2b@not-a-tenant", null)]
    public void SplitTenant_TellsTheObjectIdAndTheTenantApart(string accountId, string id, string? tenant) =>
        TeamsMessages.SplitTenant(accountId).Should().Be((id, tenant));
}
