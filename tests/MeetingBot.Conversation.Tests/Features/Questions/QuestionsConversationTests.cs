using System.Text.Json.Nodes;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Questions;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Conversation.Tests.Features.Questions;

public sealed class QuestionsConversationTests : IDisposable
{
    private const string Yongnian = "《永年区职业教育改革发展实施方案》";
    private const string JointMeetingName = "区政府职业教育工作联席会议";

    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatConversation group;

    public QuestionsConversationTests()
    {
        convenor = chat.Person("张召集");
        group = chat.Group("联席会议群");
    }

    // ---- who is responsible

    [Theory]
    [InlineData("谁负责实训基地？")]
    [InlineData("实训基地由哪些单位负责")]
    public async Task WhoIsResponsible_StrangerInTheJointMeetingsGroup_NamesTheUnitsOfTask233(string question)
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync(question, group);

        var text = reply.Messages.Single().Text;
        text.Should().Contain($"{Yongnian}第二.三.3项“打造一批高水平实训基地”（第98行）")
            .And.Contain("牵头：区发改局、区教体局、区人社局\n  责任：区财政局");
        text.IndexOf("第二.三.3项", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("第二.三.1项", StringComparison.Ordinal), "the best match comes first");
    }

    [Fact]
    public async Task WhoIsResponsible_InEnglish_AnswersInEnglishWithTheSameUnits()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("Visitor").SaysAsync("who is responsible for 实训基地", group);

        reply.AllText.Should().Contain($"{Yongnian} item 二.三.3 “打造一批高水平实训基地” (line 98)")
            .And.Contain("Lead: 区发改局, 区教体局, 区人社局\n  Responsible: 区财政局")
            .And.StartWith(Replies.QuestionsWhoHeader(Lang.En, "实训基地", 4));
    }

    [Fact]
    public async Task WhoIsResponsible_UnitsOutsideTheJointMeeting_AreMarkedAsNotMembers()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("Visitor").SaysAsync("who handles dual-qualified teachers", group);

        reply.AllText.Should().Contain("item 二.三.4 “建立一支双师型教师队伍”")
            .And.Contain("Lead: 区教体局, 区人社局\n  Responsible: 区委编办 (not a member unit), 区财政局, 区职教中心 (not a member unit)")
            .And.Contain(Replies.QuestionsNonMemberNote(Lang.En, JointMeetingName));
    }

    [Fact]
    public async Task WhoIsResponsible_NoJointMeetingAtAll_AnswersFromAllDocumentsUnmarked()
    {
        var reply = await chat.Person("路人甲").SaysAsync("谁负责实训基地");

        reply.AllText.Should().Contain($"{Yongnian}第二.三.3项").And.Contain("牵头：区发改局、区教体局、区人社局")
            .And.NotContain(Replies.QuestionsNonMemberMark(Lang.Zh));
    }

    [Fact]
    public async Task WhoIsResponsible_NothingFits_SaysPlainlyTheDocumentDoesNotSayAndNamesNoUnit()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("谁负责无人机实训？", group);

        reply.AllText.Should().Be(Replies.QuestionsNoTopicMatch(Lang.Zh, "无人机实训", []));
        reply.AllText.Should().Contain("文件没有写明").And.NotContain("牵头");
        reply.Messages.Single().Card.Should().BeNull();
    }

    [Fact]
    public async Task WhoIsResponsible_InEverydayWordsWithOneClearLeader_SaysItIsTheClosestMatch()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("老师傅带徒弟的补助谁发", group);

        reply.AllText.Should().StartWith(Replies.QuestionsClosestHeader(Lang.Zh, "老师傅带徒弟的补助", true))
            .And.Contain($"{Yongnian}第二.三.2项“深化校企协同育人”")
            .And.Contain("牵头：区教体局、区人社局");
    }

    [Fact]
    public async Task WhoIsResponsible_TwoTasksAboutAsClose_AsksWhichOneWithAButtonEach_AndTheButtonAnswers()
    {
        await chat.YongnianAsync(convenor, group);
        var visitor = chat.Person("路人甲");

        var asked = (await visitor.SaysAsync("学生实习补贴谁管", group)).Messages.Single();

        asked.Text.Should().StartWith(Replies.QuestionsWhichOneHeader(Lang.Zh, "学生实习补贴"))
            .And.Contain("第二.三.1项“推进产教融合和校企合作”").And.Contain("第二.三.2项“深化校企协同育人”");
        asked.Card.Should().NotBeNull();
        var answer = await visitor.PressAsync(asked, "深化校企协同育人", where: group);
        answer.AllText.Split('\n')[1].Should().StartWith($"• {Yongnian}第二.三.2项“深化校企协同育人”", "the chosen task comes first");
    }

    [Theory]
    [InlineData("校企合作这一块谁牵头啊", "校企合作")]
    [InlineData("能不能告诉我实训基地是哪个单位的活", "实训基地")]
    [InlineData("请问一下经费投入归哪个部门呢", "经费投入")]
    public async Task WhoIsResponsible_FrameAndFillerAnywhere_AnswersTheTopic(string question, string topic)
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync(question, group);

        reply.AllText.Should().StartWith(Replies.QuestionsWhoHeader(Lang.Zh, topic, 0)[..(topic.Length + 4)]);
    }

    [Fact]
    public async Task WhoIsResponsible_FrameWithoutATopic_ExplainsHowToAsk()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("这事找谁", group);

        reply.AllText.Should().Be(Replies.QuestionsUsage(Lang.Zh, PolicyQuestionKind.WhoIsResponsible));
    }

    [Fact]
    public async Task UnitDuties_NameOneCharacterOffOrTypedBySound_AnswersForTheUnit()
    {
        await chat.YongnianAsync(convenor, group);

        var typo = await chat.Person("路人甲").SaysAsync("区财务局负责什么", group);
        var sound = await chat.Person("路人乙").SaysAsync("区才政局负责什么", group);

        typo.AllText.Should().StartWith("区财政局在区政府职业教育工作联席会议中牵头");
        sound.AllText.Should().StartWith("区财政局在区政府职业教育工作联席会议中牵头");
    }

    // ---- the joint meeting itself

    [Theory]
    [InlineData("联席会议多久开一次")]
    [InlineData("一年开几次会啊")]
    public async Task JointMeeting_HowOften_AnswersFromTheJointMeeting(string question)
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync(question, group);

        reply.AllText.Should().Be(Replies.QuestionsMeetsPerYear(Lang.Zh, JointMeetingName, 2));
    }

    [Fact]
    public async Task JointMeeting_Members_ListsTheMemberUnits()
    {
        var jm = await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("联席会议有哪些成员单位？", group);

        reply.AllText.Should().StartWith(Replies.QuestionsMembersHeader(Lang.Zh, JointMeetingName, jm.State.Units.Count));
        foreach (var unit in jm.State.Units) reply.AllText.Should().Contain("• " + unit.Name);
    }

    [Fact]
    public async Task JointMeeting_LiaisonOfficers_NamesTheApprovedContactsByUnit()
    {
        await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("李四");
        await chat.BindContactAsync(contact, "区财政局");

        var reply = await chat.Person("路人甲").SaysAsync("各单位联络员都是谁", group);

        reply.AllText.Should().StartWith(Replies.QuestionsLiaisonHeader(Lang.Zh, JointMeetingName, 1)).And.Contain("• 区财政局：李四");
    }

    [Fact]
    public async Task JointMeeting_OfficeWhenTheDocumentDoesNotSay_SaysSoCitingTheClause()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("联席会议办公室设在哪", group);

        reply.AllText.Should().StartWith(Replies.QuestionsJointMeetingHeader(Lang.Zh, JointMeetingAspect.Office))
            .And.Contain("文件没有写明").And.Contain(Yongnian);
    }

    [Fact]
    public async Task JointMeeting_LastMeetingBeforeAnyIsHeld_SaysNoneIsMarkedHeld()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("上次开会是什么时候", group);

        reply.AllText.Should().Be(Replies.QuestionsLastMeeting(Lang.Zh, JointMeetingName, null, null));
    }

    [Fact]
    public async Task WhoIsResponsible_NothingAtAllInEnglish_SaysSoPlainly()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("Visitor").SaysAsync("who is responsible for space rockets", group);

        reply.AllText.Should().Be(Replies.QuestionsNoTopicMatch(Lang.En, "space rockets", []));
    }

    [Fact]
    public async Task WhoIsResponsible_CommandWordAlone_SaysHowToAsk()
    {
        var reply = await chat.Person("路人甲").SaysAsync("谁负责");

        reply.AllText.Should().Be(Replies.QuestionsUsage(Lang.Zh, PolicyQuestionKind.WhoIsResponsible));
    }

    // ---- what a unit owns

    [Theory]
    [InlineData("区财政局负责什么")]
    [InlineData("单位职责 财政局")]
    public async Task UnitDuties_MemberUnit_ListsTheJointMeetingsTasksLeadFirst(string question)
    {
        var jm = await chat.YongnianAsync(convenor, group);
        var finance = jm.FindUnit("区财政局")!;
        var tasks = jm.TasksOf(finance.Id);

        var reply = await chat.Person("路人甲").SaysAsync(question, group);

        var text = reply.Messages[0].Text;
        var leads = tasks.Count(t => t.LeadUnitIds.Contains(finance.Id));
        text.Should().StartWith(Replies.QuestionsUnitHeader(Lang.Zh, "区财政局", leads, tasks.Count - leads, JointMeetingName));
        text.Split('\n')[1].Should().Be($"• {Yongnian}第二.六.4项“健全经费投入机制”（第124行） —— 牵头");
        text.Should().Contain("第二.三.3项“打造一批高水平实训基地”（第98行） —— 参与\n  目标：校企合作创建高水平专业实训基地达到23家（2022-12-31前）");
    }

    [Fact]
    public async Task UnitDuties_InEnglish_FindsTheFinanceBureau()
    {
        var jm = await chat.YongnianAsync(convenor, group);
        var tasks = jm.TasksOf(jm.FindUnit("区财政局")!.Id);

        var reply = await chat.Person("Visitor").SaysAsync("what does the finance bureau own", group);

        reply.AllText.Should().StartWith(Replies.QuestionsUnitHeader(Lang.En, "区财政局", 1, tasks.Count - 1, JointMeetingName))
            .And.Contain("item 二.六.4 “健全经费投入机制” (line 124) — lead");
    }

    [Fact]
    public async Task UnitDuties_UnitNamedByTheDocumentButNotAMember_SaysSoAndListsItsTasks()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("区总工会负责什么", group);

        reply.AllText.Should().StartWith(Replies.QuestionsNotAMemberUnit(Lang.Zh, "区总工会", JointMeetingName))
            .And.Contain("第二.三.1项“推进产教融合和校企合作”");
    }

    [Fact]
    public async Task UnitDuties_UnknownUnit_SaysSoWithTheClosestMemberUnits()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("单位职责 区财务中心", group);

        reply.AllText.Should().StartWith("没有找到名为“区财务中心”的单位。相近的有：区财政局、区税务局", "member units come first")
            .And.EndWith("（发送“单位职责 区财政局”查看）。");
    }

    [Fact]
    public async Task UnitDuties_NothingAlike_ListsTheMemberUnits()
    {
        var jm = await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("区公安局负责什么", group);

        reply.AllText.Should().Be(Replies.QuestionsNoUnitMatchButMembers(Lang.Zh, "区公安局", JointMeetingName, jm.Units.Select(u => u.Name).ToList()));
    }

    // ---- targets

    [Fact]
    public async Task TargetsDue_ByTheEndOf2022_ListsThemWithTaskAndLeadUnits()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("2022年底前到期的目标", group);

        var all = await AllPagesAsync(chat.Person("路人甲"), reply);
        all.Should().StartWith("截至2022-12-31到期的目标共 13 项：")
            .And.Contain($"• **2022-12-31** 校企合作创建高水平专业实训基地达到23家\n  {Yongnian}第二.三.3项“打造一批高水平实训基地”（第98行）；牵头：区发改局、区教体局、区人社局")
            .And.Contain("职业教育双师型教师比例达到60%\n  " + Yongnian + "第一.二项“校企协同育人水平显著提高”（第64行）；文件未分配责任单位");
    }

    [Fact]
    public async Task TargetsDue_InEnglish_ByAYear()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("Visitor").SaysAsync("targets due by 2025", group);

        reply.Messages[0].Text.Should().StartWith(Replies.QuestionsTargetsHeader(Lang.En, null, new DateOnly(2025, 12, 31), null, 13));
    }

    [Fact]
    public async Task TargetsDue_ThisYearHasNone_SaysSoAndNamesTheNearestYear()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("今年到期的目标", group);

        reply.AllText.Should().Be("2026年没有到期的目标。相近的有：2022年到期 10 项（发送“到期目标 2022”）。");
    }

    [Fact]
    public async Task TargetsDue_MenuCommandForAYear_ListsThatYearOnly()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("到期目标 2020", group);

        reply.AllText.Should().StartWith("2020年到期的目标共 2 项：").And.NotContain("2022-12-31");
    }

    // ---- my tasks

    [Fact]
    public async Task MyTasks_UnitContactWithARoundOpen_ListsTasksAndWhereTheReportStands()
    {
        var jm = await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("李财政");
        await chat.BindContactAsync(contact, "区财政局");
        await chat.PlanMeetingAsync("m1", new DateTime(2026, 3, 25, 14, 30, 0));
        await chat.OpenRoundAsync("r1", "m1", new DateOnly(2026, 3, 20));
        var finance = jm.FindUnit("区财政局")!;
        var tasks = jm.TasksOf(finance.Id);

        var reply = await contact.SaysAsync("我单位的任务");

        var all = await AllPagesAsync(contact, reply);
        all.Should().StartWith(Replies.QuestionsMyTasksHeader(Lang.Zh, "区财政局", 1, tasks.Count - 1))
            .And.Contain("第二.六.4项“健全经费投入机制”（第124行） —— 牵头")
            .And.Contain("本轮报告：尚未填写")
            .And.Contain(Replies.QuestionsRoundState(Lang.Zh, new RoundState("r1", new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 25), false, false, false)));
    }

    [Fact]
    public async Task MyTasks_AfterADraft_ShowsTheStatusOfEachReportedTask()
    {
        await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("李财政");
        await chat.BindContactAsync(contact, "区财政局");
        await chat.PlanMeetingAsync("m1", new DateTime(2026, 3, 25, 14, 30, 0));
        var round = await chat.OpenRoundAsync("r1", "m1", new DateOnly(2026, 3, 20));
        var jm = (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value;
        var report = ProgressReport.Begin(round, jm.FindUnit("区财政局")!.Id);
        report.Save(jm, round, contact.Account, [new TaskProgress("二.六.4", ProgressStatus.AtRisk, [], "资金缺口")], submit: false, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(Scenario.JointMeetingId).Add(report, null));

        var reply = await contact.SaysAsync("my tasks");

        reply.Messages[0].Text.Should().Contain("item 二.六.4 “健全经费投入机制” (line 124) — lead\n  Target: 落实足额征收教育费附加")
            .And.Contain("This round: at risk")
            .And.Contain("your unit's report is a draft, not yet submitted");
    }

    [Fact]
    public async Task MyTasks_Stranger_IsToldHowToJoin()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync("我的任务", group);

        reply.AllText.Should().Be(Replies.QuestionsNotAContact(Lang.Zh, JointMeetingName, "区教体局"));
    }

    [Fact]
    public async Task MyTasks_Convenor_HasNoUnitOfTheirOwn()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await convenor.SaysAsync("my tasks", group);

        reply.AllText.Should().Be(Replies.QuestionsNoUnitOfYourOwn(Lang.En, "convenor", "区教体局"));
    }

    [Fact]
    public async Task MyTasks_PendingContact_IsToldTheRequestWaits()
    {
        await chat.YongnianAsync(convenor, group);
        var applicant = chat.Person("王申请");
        await chat.ChangeAsync((jm, now) => jm.RequestBinding(applicant.Account, jm.FindUnit("区税务局")!.Id, ContactRole.UnitContact, now));

        var reply = await applicant.SaysAsync("我的任务");

        reply.AllText.Should().Be(Replies.QuestionsPendingContact(Lang.Zh, "区税务局"));
    }

    [Fact]
    public async Task MyTasks_NoJointMeetingYet_SaysWhatItTakes()
    {
        var reply = await chat.Person("Visitor").SaysAsync("my tasks");

        reply.AllText.Should().Be(Replies.QuestionsNotAContact(Lang.En, null, Replies.QuestionsExampleUnit));
    }

    // ---- paging

    [Fact]
    public async Task Paging_LongAnswer_ShowsAPageWithAMoreButtonThatContinues()
    {
        await chat.YongnianAsync(convenor, group);
        var visitor = chat.Person("路人甲");

        var first = (await visitor.SaysAsync("谁负责职业教育", group)).Messages.Single();

        first.Card.Should().NotBeNull();
        first.Text.Split('\n').Count(l => l.StartsWith("• ", StringComparison.Ordinal)).Should().Be(ResponsibilityAnswer.PageSize);
        first.Text.Should().Contain(Replies.QuestionsHowToContinue(Lang.Zh, "谁负责职业教育", 2));
        var second = (await visitor.PressAsync(first, Replies.QuestionsMoreButton(Lang.Zh), where: group)).Messages.Single();
        second.Text.Should().Contain(Replies.QuestionsPager(Lang.Zh, 2, Pages(first), Total(first)));
        Items(second).Should().NotIntersectWith(Items(first));
    }

    [Fact]
    public async Task Paging_TypedMoreAndTypedPage_GiveTheSamePageAsTheButton()
    {
        await chat.YongnianAsync(convenor, group);
        var visitor = chat.Person("路人甲");
        var first = (await visitor.SaysAsync("谁负责职业教育", group)).Messages.Single();

        var pressed = (await visitor.PressAsync(first, Replies.QuestionsMoreButton(Lang.Zh), where: group)).Messages.Single().Text;
        var other = chat.Person("路人乙");
        await other.SaysAsync("谁负责职业教育", group);
        var typedMore = (await other.SaysAsync("更多", group)).AllText;
        var typedPage = (await chat.Person("路人丙").SaysAsync("谁负责职业教育 第2页", group)).Messages.Single().Text;

        typedMore.Should().Be(pressed);
        typedPage.Should().Be(pressed);
    }

    [Fact]
    public async Task Paging_LastPage_HasNoButtonAndMoreHasNothingToContinue()
    {
        await chat.YongnianAsync(convenor, group);
        var visitor = chat.Person("路人甲");
        var first = (await visitor.SaysAsync("2022年底前到期的目标", group)).Messages.Single();

        var last = (await visitor.SaysAsync("更多", group)).Messages.Single();
        var after = await visitor.SaysAsync("更多", group);

        first.Card.Should().NotBeNull();
        last.Card.Should().BeNull();
        last.Text.Should().Contain(Replies.QuestionsPager(Lang.Zh, 2, 2, 13));
        after.AllText.Should().Be(Replies.QuestionsNothingToContinue(Lang.Zh));
    }

    [Fact]
    public async Task Paging_PageBeyondTheEnd_SaysHowManyThereAre()
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("Visitor").SaysAsync("targets due by 2025 page 9", group);

        reply.AllText.Should().Be(Replies.QuestionsNoSuchPage(Lang.En, 9, 2));
    }

    [Fact]
    public async Task Paging_ForgedOrStaleCard_IsExplainedNotAnswered()
    {
        await chat.YongnianAsync(convenor, group);
        var visitor = chat.Person("路人甲");

        var badPage = await visitor.SubmitsAsync(CardActions.Data(AnswerPages.MoreAction, Scenario.JointMeetingId, Lang.Zh, ("q", "谁负责职业教育"), ("page", "-1")), group);
        var notAQuestion = await visitor.SubmitsAsync(CardActions.Data(AnswerPages.MoreAction, Scenario.JointMeetingId, Lang.Zh, ("q", "你好"), ("page", "2")), group);
        var goneJointMeeting = await visitor.SubmitsAsync(CardActions.Data(AnswerPages.MoreAction, "gone", Lang.Zh, ("q", "谁负责职业教育"), ("page", "2")), group);
        var wrongKind = await visitor.SubmitsAsync(new JsonObject { ["action"] = AnswerPages.MoreAction, ["q"] = new JsonArray(), ["page"] = 2 }, group);

        badPage.AllText.Should().Be(Replies.QuestionsStaleCard(Lang.Zh));
        notAQuestion.AllText.Should().Be(Replies.QuestionsStaleCard(Lang.Zh));
        goneJointMeeting.AllText.Should().Contain("联席会议“gone”已不存在");
        wrongKind.AllText.Should().Be(Replies.QuestionsStaleCard(Lang.Zh));
    }

    // ---- what is not a question

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("你好呀")]
    public async Task NotAQuestion_IsLeftForTheHandlerToSayItDidNotUnderstand(string text)
    {
        await chat.YongnianAsync(convenor, group);

        var reply = await chat.Person("路人甲").SaysAsync(text, group);

        reply.AllText.Should().Be(Replies.NotUnderstood(Lang.Zh, text));
    }

    [Fact]
    public async Task Help_ListsTheQuestionsByRole()
    {
        await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("李财政");
        await chat.BindContactAsync(contact, "区财政局");

        var stranger = await chat.Person("路人甲").SaysAsync("帮助", group);
        var unitContact = await contact.SaysAsync("help", group);

        stranger.AllText.Should().Contain("**谁负责 实训基地**").And.Contain("**到期目标 2025**").And.NotContain("我的任务");
        unitContact.AllText.Should().Contain("**what does the finance bureau own**").And.Contain("**my tasks**");
    }

    public void Dispose() => chat.Dispose();

    private static async Task<string> AllPagesAsync(ChatPerson person, BotReply reply, Lang lang = Lang.Zh)
    {
        var pages = new List<string>();
        var message = reply.Messages.Single();
        pages.Add(message.Text);
        while (message.Card is not null)
        {
            message = (await person.PressAsync(message, Replies.QuestionsMoreButton(lang))).Messages.Single();
            pages.Add(message.Text);
        }
        return string.Join("\n", pages);
    }

    private static HashSet<string> Items(OutgoingMessage message) =>
        message.Text.Split('\n').Where(l => l.StartsWith("• ", StringComparison.Ordinal)).ToHashSet();

    private static int Total(OutgoingMessage first) => int.Parse(System.Text.RegularExpressions.Regex.Match(first.Text, @"共 (\d+) 项。").Groups[1].Value);

    private static int Pages(OutgoingMessage first) => int.Parse(System.Text.RegularExpressions.Regex.Match(first.Text, @"第 1/(\d+) 页").Groups[1].Value);
}
