using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class RolesTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatConversation group;

    public RolesTests()
    {
        convenor = chat.Person("张召集");
        group = chat.Group("职教联席会议群");
        chat.YongnianAsync(convenor, group).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task MakeSecretariat_SomeoneWhoAsked_GivesTheRoleTellsThemAndTheyMayApprove()
    {
        var li = chat.Person("李秘书");
        await li.SaysAsync("我想列席");

        var reply = await convenor.SaysAsync("指定 李秘书 为办公室", group);

        reply.AllText.Should().Be("已指定 **李秘书** 为联席会议办公室，已通知本人。");
        (await chat.StoredAsync()).Identify(li.Account).Role.Should().Be(ContactRole.Secretariat);
        li.Received("指定您为").Text.Should().Contain("张召集 指定您为联席会议“区政府职业教育工作联席会议”的联席会议办公室");

        var wang = chat.Person("王财政");
        await wang.SaysAsync("我是区财政局联络员");
        (await li.SaysAsync("批准 王财政")).AllText.Should().StartWith("已批准");
    }

    [Fact]
    public async Task MakeContactForAUnit_InEnglishByEnglishUnitName_BindsThemToIt()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我想列席");

        var reply = await convenor.SaysAsync("make 王财政 contact for the finance bureau", group);

        reply.AllText.Should().Be("**王财政** is now the contact for 区财政局; they have been told.");
        var jm = await chat.StoredAsync();
        jm.Identify(wang.Account).Should().Be(new Participant(wang.Account, ContactRole.UnitContact, jm.FindUnit("区财政局")!.Id));
    }

    [Fact]
    public async Task MakeObserver_AnApprovedContact_ChangesTheirRole()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");

        await convenor.SaysAsync("指定 王财政 为列席", group);

        (await chat.StoredAsync()).Identify(wang.Account).Role.Should().Be(ContactRole.Observer);
    }

    [Fact]
    public async Task AssignRole_ToSomeoneUnknown_ExplainsHowTheyJoinFirst()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SaysAsync("指定 钱七 为办公室", group);

        reply.AllText.Should().StartWith("联席会议“区政府职业教育工作联席会议”里没有叫“钱七”的人（已批准或申请中）。");
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task MakeConvenor_ByTheSecretariat_IsRefusedByTheDomain()
    {
        var li = chat.Person("李秘书");
        await chat.BindRoleAsync(li, ContactRole.Secretariat);
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");
        var audit = await chat.AuditCountAsync();

        var reply = await li.SaysAsync("指定 王财政 为召集人", group);

        reply.AllText.Should().Be("没有执行：只有召集人可以指定或移除召集人。");
        (await chat.StoredAsync()).Identify(wang.Account).Role.Should().Be(ContactRole.UnitContact);
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task AssignRole_ByAUnitContact_IsRefusedBeforeNamesAreLookedUp()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");

        var reply = await wang.SaysAsync("make 钱七 secretariat", group);

        reply.AllText.Should().Be("Not done: Only the convenor or the secretariat can assign roles.");
    }

    [Fact]
    public async Task AssignRole_ForAnUnknownUnit_ListsTheUnits()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我想列席");

        var reply = await convenor.SaysAsync("指定 王财政 为区审计局联络员", group);

        reply.AllText.Should().StartWith("“区审计局”不是 **区政府职业教育工作联席会议** 的成员单位。");
        (await chat.StoredAsync()).FindContact(wang.Account)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task Leave_AUnitContact_IsRemovedAndTheManagersAreTold()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");

        var reply = await wang.SaysAsync("退出");

        reply.AllText.Should().StartWith("您已退出联席会议“区政府职业教育工作联席会议”（原为区财政局联络员）。");
        (await chat.StoredAsync()).FindContact(wang.Account).Should().BeNull();
        convenor.Received("王财政").Text.Should().Be("王财政（区财政局联络员）已退出联席会议“区政府职业教育工作联席会议”。");
    }

    [Fact]
    public async Task Leave_TheLastManager_IsAskedToConfirmFirst()
    {
        var asked = await convenor.SaysAsync("leave", group);

        asked.AllText.Should().Be(Replies.LastManagerLeaving(Lang.En, await chat.StoredAsync()));
        (await chat.StoredAsync()).Identify(convenor.Account).Role.Should().Be(ContactRole.Convenor);

        await convenor.SaysAsync("confirm leave", group);

        (await chat.StoredAsync()).FindContact(convenor.Account).Should().BeNull();
    }

    [Fact]
    public async Task Leave_AManagerWhenAnotherRemains_LeavesAtOnce()
    {
        await chat.BindRoleAsync(chat.Person("李秘书"), ContactRole.Secretariat);

        await convenor.SaysAsync("退出", group);

        (await chat.StoredAsync()).FindContact(convenor.Account).Should().BeNull();
    }

    [Fact]
    public async Task Leave_SomeoneWhoIsNotAMember_IsToldSo()
    {
        var reply = await chat.Person("路人").SaysAsync("退出", group);

        reply.AllText.Should().Be(Replies.NotAContact(Lang.Zh, await chat.StoredAsync()));
    }

    public void Dispose() => chat.Dispose();
}
