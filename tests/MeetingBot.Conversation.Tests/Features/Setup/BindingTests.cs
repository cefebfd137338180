using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Setup;

namespace MeetingBot.Conversation.Tests.Features.Setup;

public sealed class BindingTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatConversation group;

    public BindingTests()
    {
        convenor = chat.Person("张召集");
        group = chat.Group("职教联席会议群");
    }

    [Fact]
    public async Task Bind_ByTheConvenorInAGroup_BindsItAndUnbindUndoesIt()
    {
        await chat.YongnianAsync(convenor);

        var bound = await convenor.SaysAsync("绑定 yongnian", group);

        bound.AllText.Should().StartWith("本群已绑定到联席会议 **区政府职业教育工作联席会议**（yongnian）").And.Contain("解除绑定");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();

        var unbound = await convenor.SaysAsync("解除绑定", group);

        unbound.AllText.Should().Be(Replies.Unbound(Lang.Zh, await chat.StoredAsync()));
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
    }

    [Fact]
    public async Task Bind_InEnglishByName_BindsIt()
    {
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SaysAsync("bind this chat to 区政府职业教育工作联席会议", group);

        reply.AllText.Should().StartWith("This conversation is now bound to the joint meeting");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
    }

    [Fact]
    public async Task Bind_ByAStranger_IsRefusedAndNothingChanges()
    {
        await chat.YongnianAsync(convenor);
        var audit = await chat.AuditCountAsync();

        var reply = await chat.Person("路人").SaysAsync("绑定 yongnian", group);

        reply.AllText.Should().Be("没有执行：您还不是本联席会议已批准的成员。只有召集人或联席会议办公室可以把群绑定到联席会议。");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task Bind_ByAUnitContact_IsRefused()
    {
        await chat.YongnianAsync(convenor);
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");

        var reply = await contact.SaysAsync("bind yongnian", group);

        reply.AllText.Should().Be("Not done: Only the convenor or the secretariat can bind a conversation to this joint meeting.");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
    }

    [Fact]
    public async Task Bind_WhenBoundHereAlready_SaysSoAndChangesNothing()
    {
        await chat.YongnianAsync(convenor, group);
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SaysAsync("绑定 yongnian", group);

        reply.AllText.Should().Be(Replies.AlreadyBoundHere(Lang.Zh, await chat.StoredAsync()));
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task Bind_ToAnotherJointMeetingOfTheSameManager_MovesTheBinding()
    {
        await chat.YongnianAsync(convenor, group);
        await convenor.SaysAsync("创建联席会议 000 nx");

        var reply = await convenor.SaysAsync("绑定 nx", group);

        reply.AllText.Should().Contain("原来绑定的“区政府职业教育工作联席会议”（yongnian）已解除").And.Contain("绑定 yongnian");
        (await chat.StoredAsync("nx")).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
    }

    [Fact]
    public async Task Bind_GroupBoundToAnotherWhoseManagersDidNotAgree_ChangesNeither()
    {
        await chat.YongnianAsync(convenor, group);
        var other = chat.Person("李四");
        await other.SaysAsync("创建联席会议 000 nx");

        var reply = await other.SaysAsync("绑定 nx", group);

        reply.AllText.Should().Be(Replies.BoundElsewhere(Lang.Zh, await chat.StoredAsync()));
        (await chat.StoredAsync("nx")).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
    }

    [Fact]
    public async Task Bind_AnUnknownId_SaysSoAndTheChooseCardBindsTheChosenOne()
    {
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SaysAsync("绑定 nope", group);

        reply.Messages[0].Text.Should().Be(Replies.UnknownJointMeeting(Lang.Zh, "nope"));
        var choose = reply.Messages[1];
        choose.Text.Should().Contain("绑定 yongnian");
        var pressed = await convenor.PressAsync(choose, "绑定到本群", new Dictionary<string, string> { ["target"] = "yongnian" }, group);

        pressed.AllText.Should().StartWith("本群已绑定到联席会议");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
    }

    [Fact]
    public async Task BindCard_WithNoTargetOrAnOverlongOne_ChangesNothing()
    {
        await chat.YongnianAsync(convenor);

        var none = await convenor.SubmitsAsync(CardActions.Data(SetupFeature.BindAction, null, Lang.Zh), group);
        var overlong = await convenor.SubmitsAsync(CardActions.Data(SetupFeature.BindAction, null, Lang.Zh, (SetupFeature.TargetKey, new string('x', 500))), group);

        none.AllText.Should().Be(Replies.ChoiceNotGiven(Lang.Zh));
        overlong.AllText.Should().Be(Replies.BadCardData(Lang.Zh));
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
    }

    [Fact]
    public async Task Unbind_ByAUnitContact_IsRefusedAndTheBindingStays()
    {
        await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("王财政");
        await chat.BindContactAsync(contact, "区财政局");

        var reply = await contact.SaysAsync("解除绑定", group);

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以解除群的绑定。");
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
    }

    [Fact]
    public async Task Unbind_WhereNothingIsBoundOrInA1To1Chat_Explains()
    {
        await chat.YongnianAsync(convenor);

        (await convenor.SaysAsync("解除绑定", group)).AllText.Should().Be(Replies.NotBound(Lang.Zh));
        (await convenor.SaysAsync("unbind")).AllText.Should().Be(Replies.BindingIsForGroups(Lang.En));
    }

    [Fact]
    public async Task Use_InA1To1Chat_ChoosesTheJointMeetingForThatPerson()
    {
        await chat.YongnianAsync(convenor);
        await chat.Person("李四").SaysAsync("创建联席会议 000 nx");
        var reader = chat.Person("读者");

        var reply = await reader.SaysAsync("使用 nx");

        reply.AllText.Should().StartWith("好的，在我们的单聊里，现在使用联席会议 **自治区职业教育工作联席会议**（nx）");
        (await reader.SaysAsync("成员单位")).AllText.Should().Contain("**自治区职业教育工作联席会议** 的成员单位");
    }

    [Fact]
    public async Task Use_WithoutChoiceBetweenSeveral_OffersTheChooseCardWhichWorks()
    {
        await chat.YongnianAsync(convenor);
        await chat.Person("李四").SaysAsync("创建联席会议 000 nx");
        var reader = chat.Person("Reader");

        var asked = await reader.SaysAsync("member units");

        asked.AllText.Should().StartWith("Which joint meeting? Choose one first:");
        var used = await reader.PressAsync(asked.Messages[0], "Use", new Dictionary<string, string> { ["target"] = "yongnian" });
        used.AllText.Should().StartWith("OK: in this chat we now talk about **区政府职业教育工作联席会议** (yongnian)");
        (await reader.SaysAsync("member units")).AllText.Should().Contain("Member units of **区政府职业教育工作联席会议**");
    }

    [Fact]
    public async Task Use_InAGroup_PointsToBinding()
    {
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SaysAsync("使用 yongnian", group);

        reply.AllText.Should().Be(Replies.UseInGroup(Lang.Zh, "yongnian"));
    }

    [Fact]
    public async Task Use_AnUnknownId_SaysSoAndListsTheJointMeetings()
    {
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SaysAsync("use nope");

        reply.Messages[0].Text.Should().Be(Replies.UnknownJointMeeting(Lang.En, "nope"));
        reply.Messages[1].Text.Should().Contain("**yongnian**");
    }

    [Fact]
    public async Task ListJointMeetings_MarksTheOneInUseAndTheRole()
    {
        await chat.YongnianAsync(convenor, group);
        await chat.Person("李四").SaysAsync("创建联席会议 000 nx");

        var reply = await convenor.SaysAsync("联席会议列表", group);

        reply.AllText.Should().Contain("共有 2 个联席会议")
            .And.Contain("- **yongnian** 区政府职业教育工作联席会议（7 个成员单位，您是召集人） ← 当前使用")
            .And.Contain("- **nx** 自治区职业教育工作联席会议（22 个成员单位）\n");
    }

    [Fact]
    public async Task StaleChooseCard_ForAJointMeetingThatIsGone_SaysItNoLongerExists()
    {
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SubmitsAsync(new JsonObject { ["action"] = "membership.approve", ["jm"] = "gone", ["lang"] = "zh", ["account"] = "msteams:x" });

        reply.AllText.Should().StartWith("联席会议“gone”已不存在。");
    }

    public void Dispose() => chat.Dispose();
}
