using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Setup;

public sealed class CreateJointMeetingTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Documents_InChinese_ListsTheSeedsWithTheirJointMeetingClauses()
    {
        var reply = await chat.Person("张召集").SaysAsync("政策文件");

        reply.AllText.Should().Contain("**002** 《永年区职业教育改革发展实施方案》")
            .And.Contain("区政府职业教育工作联席会议")
            .And.Contain("召集人：政府分管教育工作的副区长")
            .And.Contain("成员单位 7 个")
            .And.Contain("每年至少召开 2 次会议")
            .And.Contain("创建联席会议 000");
    }

    [Fact]
    public async Task Documents_InEnglish_AnswersInEnglish()
    {
        var reply = await chat.Person("Ann").SaysAsync("documents");

        reply.AllText.Should().Contain("I know these 5 policy documents").And.Contain("7 member units").And.Contain("create joint meeting from 000");
    }

    [Fact]
    public async Task Create_InAGroupFromTheYongnianSeed_CreatesBindsAndSaysWhatWasCreated()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("职教联席会议群");

        var reply = await convenor.SaysAsync("创建联席会议 002 yongnian 区政府职业教育工作联席会议", group);

        var jm = await chat.StoredAsync("yongnian");
        jm.Name.Should().Be("区政府职业教育工作联席会议");
        jm.Units.Should().HaveCount(7);
        jm.Identify(convenor.Account).Role.Should().Be(ContactRole.Convenor);
        jm.State.Language.Should().Be("zh-CN");
        jm.State.MinMeetingsPerYear.Should().Be(2);
        jm.IsBoundTo(group.Channel, group.Id).Should().BeTrue();
        reply.AllText.Should().Contain("已创建联席会议 **区政府职业教育工作联席会议**（编号 yongnian）")
            .And.Contain("成员单位 7 个：区教体局、区人社局")
            .And.Contain($"任务 {jm.Tasks.Count} 项")
            .And.Contain("每年至少召开 2 次会议")
            .And.Contain("本群已绑定到它")
            .And.Contain("下一步");
        (await convenor.SaysAsync("帮助", group)).AllText.Should().Contain("区政府职业教育工作联席会议").And.Contain("您是召集人");
    }

    [Fact]
    public async Task Create_InEnglishInA1To1Chat_PicksAnIdTakesEnglishAndUsesItFromThenOn()
    {
        await chat.YongnianAsync(chat.Person("张召集"));
        var ann = chat.Person("Ann");

        var reply = await ann.SaysAsync("create joint meeting from 002");

        reply.AllText.Should().Contain("(id jm-002)").And.Contain("you are its convenor").And.Contain("send \"bind jm-002\"");
        var jm = await chat.StoredAsync("jm-002");
        jm.State.Language.Should().Be("en");
        jm.Name.Should().Be("区政府职业教育工作联席会议");
        jm.IsBoundTo(ann.Personal.Channel, ann.Personal.Id).Should().BeFalse("a 1:1 chat is chosen, not bound");
        (await ann.SaysAsync("help")).AllText.Should().Contain("(jm-002)").And.Contain("You are the convenor");
    }

    [Fact]
    public async Task Create_TwiceFromOneDocument_GivesTheSecondItsOwnId()
    {
        var convenor = chat.Person("张召集");

        await convenor.SaysAsync("创建联席会议 002");
        await convenor.SaysAsync("创建联席会议 002");

        (await chat.StoredIdsAsync()).Should().Equal("jm-002", "jm-002-2");
    }

    [Fact]
    public async Task Create_WithATakenId_IsRefusedAndCreatesNothing()
    {
        var existing = await chat.YongnianAsync(chat.Person("张召集"));
        var audit = await chat.AuditCountAsync();

        var reply = await chat.Person("李四").SaysAsync("创建联席会议 000 YONGNIAN");

        reply.AllText.Should().Be(Replies.DuplicateJointMeetingId(Lang.Zh, existing, "000"));
        (await chat.StoredIdsAsync()).Should().Equal("yongnian");
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task Create_FromAnUnknownDocument_ListsTheDocumentsAndCreatesNothing()
    {
        var reply = await chat.Person("张召集").SaysAsync("创建联席会议 999");

        reply.AllText.Should().StartWith("没有找到政策文件“999”").And.Contain("**002**").And.Contain("**004**");
        (await chat.StoredIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Create_WithoutADocument_AsksWhichAndCreatesNothing()
    {
        var reply = await chat.Person("Ann").SaysAsync("create joint meeting");

        reply.AllText.Should().StartWith("Which policy document?");
        (await chat.StoredIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Create_ByTitleWord_FindsTheDocument()
    {
        await chat.Person("张召集").SaysAsync("创建联席会议 山西 shanxi");

        (await chat.StoredAsync("shanxi")).State.Sources.Single().Title.Should().Be("山西省推进职业教育改革发展行动计划");
    }

    [Fact]
    public async Task Create_InAGroupBoundToAnotherWhoseManagersDidNotAgree_CreatesItUnboundAndSaysSo()
    {
        var group = chat.Group("职教联席会议群");
        await chat.YongnianAsync(chat.Person("张召集"), group);
        var other = chat.Person("李四");

        var reply = await other.SaysAsync("创建联席会议 000 nx", group);

        reply.AllText.Should().Contain("已创建联席会议").And.Contain("本群仍绑定在“区政府职业教育工作联席会议”");
        (await chat.StoredAsync("nx")).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
    }

    [Fact]
    public async Task Create_InAGroupBoundToAnotherOfTheSameConvenor_MovesTheBinding()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("职教联席会议群");
        await chat.YongnianAsync(convenor, group);

        await convenor.SaysAsync("创建联席会议 000 nx", group);

        (await chat.StoredAsync("nx")).IsBoundTo(group.Channel, group.Id).Should().BeTrue();
        (await chat.StoredAsync()).IsBoundTo(group.Channel, group.Id).Should().BeFalse();
    }

    public void Dispose() => chat.Dispose();
}
