using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class JoinTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatPerson secretary;
    private readonly ChatConversation group;

    public JoinTests()
    {
        convenor = chat.Person("张召集");
        secretary = chat.Person("李秘书");
        group = chat.Group("职教联席会议群");
        chat.YongnianAsync(convenor, group).GetAwaiter().GetResult();
        chat.BindRoleAsync(secretary, ContactRole.Secretariat).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Join_AsAUnitContact_WaitsAndBothManagersGetAnApprovalCard()
    {
        var wang = chat.Person("王财政");

        var reply = await wang.SaysAsync("我是区财政局联络员", group);

        reply.AllText.Should().StartWith("已提交申请：成为联席会议“区政府职业教育工作联席会议”的区财政局联络员。");
        var contact = (await chat.StoredAsync()).FindContact(wang.Account)!;
        contact.Status.Should().Be(ContactStatus.Pending);
        contact.UnitId.Should().Be((await chat.StoredAsync()).FindUnit("区财政局")!.Id);
        foreach (var manager in new[] { convenor, secretary })
        {
            var request = manager.Received("王财政");
            request.Text.Should().Contain("回复“批准 王财政”或“拒绝 王财政”");
            request.Card.Should().NotBeNull();
        }
        wang.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task ApproveCard_PressedByAManager_ApprovesAndTellsTheRequester_TheOtherManagersCardIsThenStale()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我是区财政局的联络员");

        var approved = await convenor.PressAsync(convenor.Received("王财政"), "批准");

        approved.AllText.Should().Be("> 回复：王财政 的加入申请\n\n已批准 **王财政** 为区财政局联络员，已通知本人。", "the answer quotes the card it answers");
        (await chat.StoredAsync()).Identify(wang.Account).Role.Should().Be(ContactRole.UnitContact);
        wang.Received("您已被批准").Text.Should().Contain("区财政局联络员");
        var audit = await chat.AuditCountAsync();

        var stale = await secretary.PressAsync(secretary.Received("王财政"), "拒绝");

        stale.AllText.Should().StartWith("**王财政** 已经是区财政局联络员（由 张召集 处理），这张卡片已过期");
        (await chat.AuditCountAsync()).Should().Be(audit);
        (await chat.StoredAsync()).Identify(wang.Account).Role.Should().Be(ContactRole.UnitContact);
    }

    [Theory]
    [InlineData("我是财政局的联络员")]
    [InlineData("我是区财政局联系人")]
    [InlineData("I am the contact for the finance bureau")]
    [InlineData("I'm the contact for 区财政局")]
    public async Task Join_ByAbbreviationOrEnglishName_FindsTheUnit(string text)
    {
        var wang = chat.Person("王财政");

        await wang.SaysAsync(text);

        var jm = await chat.StoredAsync();
        jm.FindContact(wang.Account)!.UnitId.Should().Be(jm.FindUnit("区财政局")!.Id);
    }

    [Fact]
    public async Task Join_InEnglish_AnswersInEnglishButNotifiesInTheJointMeetingsLanguage()
    {
        var ann = chat.Person("Ann");

        var reply = await ann.SaysAsync("I am the contact for 区税务局");

        reply.AllText.Should().StartWith("Your request to be the contact for 区税务局 in \"区政府职业教育工作联席会议\" is sent.");
        convenor.Received("Ann").Text.Should().StartWith("**Ann** 申请成为");
    }

    [Fact]
    public async Task Join_AnUnknownUnit_ListsTheUnitsAndChangesNothing()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await chat.Person("王五").SaysAsync("我是区审计局联络员");

        reply.AllText.Should().StartWith("“区审计局”不是 **区政府职业教育工作联席会议** 的成员单位。成员单位有：区教体局、区人社局");
        (await chat.AuditCountAsync()).Should().Be(audit);
        convenor.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task Join_AnAmbiguousName_ListsTheCandidates()
    {
        await chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, "市财政局", [], now));

        var reply = await chat.Person("王五").SaysAsync("I am the contact for 财政局");

        reply.AllText.Should().Be("\"财政局\" could be: 区财政局, 市财政局. Please give the unit's full name.");
    }

    [Fact]
    public async Task Join_WithoutAUnit_AsksWhichOne()
    {
        var reply = await chat.Person("王五").SaysAsync("我是联络员");

        reply.AllText.Should().StartWith("请说明是哪个单位的联络员，例如“我是区教体局联络员”。");
    }

    [Fact]
    public async Task Join_WhenApprovedAlready_IsRefused()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");

        var reply = await wang.SaysAsync("我是区财政局联络员");

        reply.AllText.Should().Be("没有执行：您已经是本联席会议的联络员，无需再次申请。");
    }

    [Fact]
    public async Task Join_AsObserver_IsApprovedByTypingTheName()
    {
        var zhao = chat.Person("赵列席");
        await zhao.SaysAsync("我想列席", group);

        var reply = await secretary.SaysAsync("批准 赵列席");

        reply.AllText.Should().Be("已批准 **赵列席** 为列席人员，已通知本人。");
        (await chat.StoredAsync()).Identify(zhao.Account).Role.Should().Be(ContactRole.Observer);
        zhao.Received("列席人员").Text.Should().StartWith("您已被批准为联席会议");
    }

    [Fact]
    public async Task Reject_ByCard_DropsTheRequestAndTellsTheRequester()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我是区财政局联络员");

        var reply = await secretary.PressAsync(secretary.Received("王财政"), "拒绝");

        reply.AllText.Should().Be(Replies.Quote(Lang.Zh, "王财政 的加入申请") + Replies.Rejected(Lang.Zh, wang.Account));
        (await chat.StoredAsync()).FindContact(wang.Account).Should().BeNull();
        wang.Received("未获批准").Should().NotBeNull();
    }

    [Fact]
    public async Task Reject_InEnglishByName_Rejects()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我是区财政局联络员");

        var reply = await convenor.SaysAsync("reject 王财政");

        reply.AllText.Should().Be("Rejected **王财政**'s request; they have been told.");
        (await chat.StoredAsync()).FindContact(wang.Account).Should().BeNull();
    }

    [Fact]
    public async Task Approve_TwoRequestersOfOneName_AsksForTheAccountWhichThenWorks()
    {
        var teams = chat.Person("张三", "msteams");
        var slack = chat.Person("张三", "slack");
        await teams.SaysAsync("我是区财政局联络员");
        await slack.SaysAsync("我是区税务局联络员");

        var ambiguous = await convenor.SaysAsync("批准 张三");

        ambiguous.AllText.Should().StartWith("有 2 位叫“张三”的人，请用账号区分：")
            .And.Contain("区财政局联络员（待批准）：“批准 msteams:id-张三”")
            .And.Contain("区税务局联络员（待批准）：“批准 slack:id-张三”");
        (await chat.StoredAsync()).FindContact(slack.Account)!.Status.Should().Be(ContactStatus.Pending);

        await convenor.SaysAsync("批准 slack:id-张三");

        var jm = await chat.StoredAsync();
        jm.FindContact(slack.Account)!.Status.Should().Be(ContactStatus.Approved);
        jm.FindContact(teams.Account)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task Approve_TypedByAUnitContact_IsRefusedAndTheRequestStillWaits()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        var audit = await chat.AuditCountAsync();

        var reply = await wang.SaysAsync("批准 赵税务");

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以批准联络员。");
        (await chat.StoredAsync()).FindContact(zhao.Account)!.Status.Should().Be(ContactStatus.Pending);
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task ApproveCard_ForgedByAUnitContact_IsRefusedByTheDomain()
    {
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        var card = convenor.Received("赵税务");
        var audit = await chat.AuditCountAsync();

        var reply = await wang.PressAsync(card, "批准");

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以批准联络员。");
        (await chat.StoredAsync()).FindContact(zhao.Account)!.Status.Should().Be(ContactStatus.Pending);
        (await chat.AuditCountAsync()).Should().Be(audit);
        zhao.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task ApproveCard_ForgedByAStrangerForThemselves_IsRefusedByTheDomain()
    {
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        var unit = (await chat.StoredAsync()).FindUnit("区税务局")!.Id;

        var reply = await zhao.SubmitsAsync(CardActions.Data(MembershipActions.Approve, Scenario.JointMeetingId, Lang.En,
            (MembershipActions.AccountKey, zhao.Account.Key), (MembershipActions.UnitKey, unit)));

        reply.AllText.Should().Be("Not done: 赵税务 is not an approved contact of this joint meeting; only the convenor or the secretariat can approve contacts.");
        (await chat.StoredAsync()).FindContact(zhao.Account)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task ApproveCard_ForAnAccountThatIsNotWaiting_IsRefusedByTheDomain()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SubmitsAsync(CardActions.Data(MembershipActions.Approve, Scenario.JointMeetingId, Lang.Zh,
            (MembershipActions.AccountKey, "msteams:nobody")));

        reply.AllText.Should().Be("没有执行：此人没有待批准的申请（可能已被处理）。");
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task ApproveCard_WithAMalformedAccount_IsInvalid()
    {
        var reply = await convenor.SubmitsAsync(CardActions.Data(MembershipActions.Approve, Scenario.JointMeetingId, Lang.Zh,
            (MembershipActions.AccountKey, "no-colon")));

        reply.AllText.Should().Be(Replies.BadCardData(Lang.Zh));
    }

    [Fact]
    public async Task ApproveCard_AfterTheUnitWasRemoved_IsExplained()
    {
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        await chat.ChangeAsync((jm, now) => jm.RemoveUnit(ChatAccount.System, jm.FindUnit("区税务局")!.Id, now));

        var reply = await convenor.PressAsync(convenor.Received("赵税务"), "批准");

        reply.AllText.Should().Be(Replies.RequestUnitRemoved(Lang.Zh));
        (await chat.StoredAsync()).FindContact(zhao.Account).Should().BeNull();
    }

    [Fact]
    public async Task ApproveCard_AfterTheRequesterAskedForAnotherUnit_IsExplained()
    {
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        var first = convenor.Received("赵税务");
        await zhao.SaysAsync("我是区财政局联络员");

        var reply = await convenor.PressAsync(first, "批准");

        reply.AllText.Should().StartWith("**赵税务** 已改为申请成为区财政局联络员，这张卡片已过期");
        (await chat.StoredAsync()).FindContact(zhao.Account)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task ApproveCard_AfterTheRequestWasWithdrawn_IsRefusedWithTheReason()
    {
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        (await zhao.SaysAsync("撤回申请")).AllText.Should().Be(Replies.RequestWithdrawn(Lang.Zh, await chat.StoredAsync()));

        var reply = await convenor.PressAsync(convenor.Received("赵税务"), "批准");

        reply.AllText.Should().Be("没有执行：此人没有待批准的申请（可能已被处理）。");
    }

    [Fact]
    public async Task Approve_ANameNobodyAskedWith_ListsWhoIsWaiting()
    {
        await chat.Person("赵税务").SaysAsync("我是区税务局联络员");

        var reply = await convenor.SaysAsync("批准 钱七");

        reply.AllText.Should().Be("没有“钱七”的待批准申请。待批准的有：赵税务。");
    }

    [Fact]
    public async Task Approve_SomeoneApprovedAlready_SaysSo()
    {
        await chat.BindContactAsync(chat.Person("王财政"), "区财政局");

        var reply = await convenor.SaysAsync("批准 王财政");

        reply.AllText.Should().Be("**王财政** 已经是区财政局联络员，无需批准。");
    }

    [Fact]
    public async Task Pending_ForAManager_ListsTheRequestsWithButtonsThatWork()
    {
        var zhao = chat.Person("赵税务");
        await zhao.SaysAsync("我是区税务局联络员");
        await chat.Person("钱列席").SaysAsync("我想列席");

        var pending = await secretary.SaysAsync("待批准");

        pending.AllText.Should().Contain("有 2 个待批准的申请").And.Contain("- **赵税务**：区税务局联络员").And.Contain("- **钱列席**：列席人员");
        await secretary.PressAsync(pending.Messages[0], "批准 赵税务");
        (await chat.StoredAsync()).Identify(zhao.Account).Role.Should().Be(ContactRole.UnitContact);
    }

    [Fact]
    public async Task Pending_WhenNoneWait_SaysSo()
    {
        var reply = await convenor.SaysAsync("pending");

        reply.AllText.Should().Be("\"区政府职业教育工作联席会议\" has no requests waiting for approval.");
    }

    [Fact]
    public async Task Pending_ForAStranger_IsRefused()
    {
        await chat.Person("赵税务").SaysAsync("我是区税务局联络员");

        var reply = await chat.Person("路人").SaysAsync("待批准");

        reply.AllText.Should().Be("没有执行：您还不是本联席会议已批准的成员。只有召集人或联席会议办公室可以批准联络员。").And.NotContain("赵税务");
    }

    [Fact]
    public async Task Join_InAnEnglishJointMeeting_NotifiesTheManagersInEnglish_AndTheRequesterInTheLanguageTheyChatIn()
    {
        var ann = chat.Person("Ann");
        await ann.SaysAsync("create joint meeting from 002 as en-jm");
        var bob = chat.Person("Bob");
        await bob.SaysAsync("use en-jm");

        await bob.SaysAsync("我是区财政局联络员");

        var request = ann.Received("Bob");
        request.Text.Should().StartWith("**Bob** asks to be the contact for 区财政局 in");
        await ann.PressAsync(request, "Approve");
        bob.Received("您已被批准").Text.Should().Contain("区财政局", "Bob last wrote in Chinese, so he is told in Chinese");
    }

    public void Dispose() => chat.Dispose();
}
