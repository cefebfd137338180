using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class UnitsTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatConversation group;

    public UnitsTests()
    {
        convenor = chat.Person("张召集");
        group = chat.Group("职教联席会议群");
        chat.YongnianAsync(convenor, group).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task ListUnits_ForAMember_ShowsUnitsWithTheirContactsAndTheManagers()
    {
        await chat.BindContactAsync(chat.Person("王财政"), "区财政局");

        var reply = await convenor.SaysAsync("成员单位", group);

        reply.AllText.Should().StartWith("**区政府职业教育工作联席会议** 的成员单位（共 7 个）：")
            .And.Contain("4. **区财政局**：王财政")
            .And.Contain("1. **区教体局**：暂无联络员")
            .And.Contain("召集人和联席会议办公室：张召集（召集人）");
    }

    [Fact]
    public async Task ListUnits_ForAStranger_ShowsUnitsButNoNamesAndHowToJoin()
    {
        await chat.BindContactAsync(chat.Person("王财政"), "区财政局");

        var reply = await chat.Person("Visitor").SaysAsync("member units", group);

        reply.AllText.Should().Contain("4. **区财政局**").And.NotContain("王财政").And.NotContain("张召集")
            .And.Contain("To join, send \"I am the contact for 区教体局\"");
    }

    [Fact]
    public async Task ListUnits_OfALongList_IsPagedAndSaysHowToSeeMore()
    {
        await convenor.SaysAsync("创建联席会议 000 nx");
        await convenor.SaysAsync("使用 nx");

        var first = await convenor.SaysAsync("成员单位");
        var second = await convenor.SaysAsync("成员单位 2");
        var beyond = await convenor.SaysAsync("member units page 9");

        first.AllText.Should().Contain("共 22 个，第 1/2 页").And.Contain("15. **").And.NotContain("16. **").And.Contain("发送“成员单位 2”查看下一页");
        second.AllText.Should().Contain("第 2/2 页").And.Contain("16. **").And.Contain("22. **自治区总工会**").And.NotContain("下一页");
        beyond.AllText.Should().Contain("page 2 of 2").And.Contain("there is no page 9");
    }

    [Fact]
    public async Task AddUnit_ByTheConvenor_AddsItCountsItsTasksAndUndoRemovesIt()
    {
        var reply = await convenor.SaysAsync("添加成员单位 区职教中心", group);

        var jm = await chat.StoredAsync();
        var unit = jm.FindUnit("区职教中心")!;
        jm.TasksOf(unit.Id).Should().NotBeEmpty("the document names it in tasks");
        reply.AllText.Should().StartWith($"已添加成员单位 **区职教中心**（现有 8 个）。文件中写到它的 {jm.TasksOf(unit.Id).Count} 项任务已计入。");

        var undone = await convenor.PressAsync(reply.Messages[0], "撤销", where: group);

        undone.AllText.Should().StartWith("已移除成员单位 **区职教中心**。");
        (await chat.StoredAsync()).FindUnit("区职教中心").Should().BeNull();
    }

    [Fact]
    public async Task AddUnit_ByAStranger_IsRefusedAndNothingChanges()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await chat.Person("路人").SaysAsync("添加成员单位 区审计局", group);

        reply.AllText.Should().Be("没有执行：您还不是本联席会议已批准的成员。只有召集人或联席会议办公室可以添加成员单位。");
        (await chat.StoredAsync()).Units.Should().HaveCount(7);
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task AddUnit_ByAUnitContactInEnglish_IsRefused()
    {
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");

        var reply = await contact.SaysAsync("add unit 区审计局", group);

        reply.AllText.Should().Be("Not done: Only the convenor or the secretariat can add member units.");
        (await chat.StoredAsync()).Units.Should().HaveCount(7);
    }

    [Fact]
    public async Task AddUnit_ThatIsAMemberAlready_IsRefused()
    {
        var reply = await convenor.SaysAsync("添加成员单位 区财政局", group);

        reply.AllText.Should().Be("没有执行：“区财政局”已经是成员单位。");
        (await chat.StoredAsync()).Units.Should().HaveCount(7);
    }

    [Fact]
    public async Task AddUnit_SeveralAtOnce_AsksForOneAndChangesNothing()
    {
        var reply = await convenor.SaysAsync("添加成员单位 区审计局、区统计局", group);

        reply.AllText.Should().Be(Replies.OneUnitAtATime(Lang.Zh));
        (await chat.StoredAsync()).Units.Should().HaveCount(7);
    }

    [Fact]
    public async Task RemoveUnit_AsksFirstThenTheCardRemovesItWithItsContactsWhoAreTold()
    {
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");

        var asked = await convenor.SaysAsync("移除成员单位 区财政局", group);

        asked.AllText.Should().Contain("它的 1 位联络员（王财政）将一并移除").And.Contain("确认移除成员单位 区财政局");
        (await chat.StoredAsync()).FindUnit("区财政局").Should().NotBeNull("nothing is removed before it is confirmed");

        var removed = await convenor.PressAsync(asked.Messages[0], "确认移除", where: group);

        removed.AllText.Should().StartWith("已移除成员单位 **区财政局**及其 1 位联络员。");
        var jm = await chat.StoredAsync();
        jm.FindUnit("区财政局").Should().BeNull();
        jm.FindContact(contact.Account).Should().BeNull();
        contact.Received("区财政局").Text.Should().Contain("已被移出联席会议");
    }

    [Fact]
    public async Task RemoveUnit_TypedConfirmationByAbbreviation_RemovesIt()
    {
        var reply = await convenor.SaysAsync("confirm remove unit 税务局", group);

        reply.AllText.Should().StartWith("Removed the member unit **区税务局**.");
        (await chat.StoredAsync()).FindUnit("区税务局").Should().BeNull();
    }

    [Fact]
    public async Task RemoveUnit_Keep_ChangesNothing()
    {
        var audit = await chat.AuditCountAsync();
        var asked = await convenor.SaysAsync("remove unit 区财政局", group);

        var kept = await convenor.PressAsync(asked.Messages[0], "Keep", where: group);

        kept.AllText.Should().Be(Replies.UnitKept(Lang.En, "区财政局"));
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task RemoveUnit_CardPressedAgainAfterRemoval_IsExplained()
    {
        var asked = await convenor.SaysAsync("移除成员单位 区财政局", group);
        await convenor.PressAsync(asked.Messages[0], "确认移除", where: group);
        var audit = await chat.AuditCountAsync();

        var again = await convenor.PressAsync(asked.Messages[0], "确认移除", where: group);

        // The button's own action is remembered: the answer says who did it and when.
        again.AllText.Should().Contain("这个按钮已经处理过了：张召集").And.Contain("移除了成员单位 区财政局");
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task RemoveUnit_ByAUnitContact_IsRefusedBeforeAnythingIsAsked()
    {
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");

        var reply = await contact.SaysAsync("移除成员单位 区税务局", group);

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以移除成员单位。");
        reply.Messages.Should().ContainSingle().Which.Card.Should().BeNull();
    }

    [Fact]
    public async Task RemoveUnit_ForgedCardOfAUnitContact_IsRefusedByTheDomain()
    {
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");
        var taxes = (await chat.StoredAsync()).FindUnit("区税务局")!;
        var audit = await chat.AuditCountAsync();

        var reply = await contact.SubmitsAsync(CardActions.Data(MembershipActions.RemoveUnit, Scenario.JointMeetingId, Lang.Zh, (MembershipActions.UnitKey, taxes.Id)));

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以移除成员单位。");
        (await chat.StoredAsync()).FindUnit("区税务局").Should().NotBeNull();
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task RemoveUnit_ForgedCardWithoutAUnit_IsInvalid()
    {
        var reply = await convenor.SubmitsAsync(new JsonObject { ["action"] = MembershipActions.RemoveUnit, ["jm"] = Scenario.JointMeetingId, ["lang"] = "en", ["unit"] = new JsonArray() });

        reply.AllText.Should().Be(Replies.BadCardData(Lang.En));
        (await chat.StoredAsync()).Units.Should().HaveCount(7);
    }

    [Fact]
    public async Task RemoveUnit_UnknownOrAmbiguous_SaysWhichThereAre()
    {
        await chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, "市财政局", [], now));

        var unknown = await convenor.SaysAsync("移除成员单位 区审计局", group);
        var ambiguous = await convenor.SaysAsync("移除成员单位 财政局", group);

        unknown.AllText.Should().StartWith("“区审计局”不是 **区政府职业教育工作联席会议** 的成员单位。成员单位有：区教体局、");
        ambiguous.AllText.Should().Be("“财政局”可能是：区财政局、市财政局。请写出单位全称。");
    }

    [Fact]
    public async Task UndoAdd_AfterSomeoneJoinedForTheUnit_AsksToConfirmInstead()
    {
        var added = await convenor.SaysAsync("添加成员单位 区审计局", group);
        await chat.Person("审计员").SaysAsync("我是区审计局联络员", group);

        var undo = await convenor.PressAsync(added.Messages[0], "撤销", where: group);

        undo.AllText.Should().Contain("确定从 **区政府职业教育工作联席会议** 移除成员单位 **区审计局** 吗？").And.Contain("审计员");
        (await chat.StoredAsync()).FindUnit("区审计局").Should().NotBeNull();
    }

    public void Dispose() => chat.Dispose();
}
