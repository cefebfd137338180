using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Features.Setup;

/// <summary>
/// A province's deployment: 300 county joint meetings beside Yongnian. A stranger's help and the choice card show a
/// count, a page of ten, a search by name and the way to the next page, never every joint meeting; what cannot be
/// found or paged to is refused in words, and nothing is chosen by a refusal.
/// </summary>
public sealed class ManyJointMeetingsTests : IDisposable
{
    private const int Counties = 300;
    private readonly ChatHarness chat = new();

    public ManyJointMeetingsTests()
    {
        chat.YongnianAsync(chat.Person("张召集")).GetAwaiter().GetResult();
        Parallel.For(0, Counties, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var jm = JointMeeting.Create(new JointMeetingSettings($"county-{i:D3}", $"第{i}县职业教育工作联席会议"), JointMeetingProposal.Empty, ChatAccount.System, chat.Clock.GetUtcNow());
            chat.Store.SaveAsync(new ChangeSet(jm.Id).Add(jm)).GetAwaiter().GetResult();
        });
    }

    [Fact]
    public async Task StrangersHelp_SaysHowManyAndHowToFindTheirs_WithoutListingThem()
    {
        var zh = await chat.Person("路人").SaysAsync("帮助");
        var en = await chat.Person("Visitor").SaysAsync("help");

        zh.AllText.Should().Contain("这里有 301 个联席会议：发送“查找联席会议 名称中的字”找到您的，再“使用 编号”。").And.NotContain("county-");
        en.AllText.Should().Contain("There are 301 joint meetings: send \"find joint meeting [words of its name]\" to find yours, then \"use [id]\".").And.NotContain("county-");
    }

    [Fact]
    public async Task ChoiceCard_ShowsAPageOfTen_AndPagesOnAndBack()
    {
        var visitor = chat.Person("路人");

        var asked = await visitor.SaysAsync("我的任务");

        var card = asked.Messages.Single(m => m.Card is not null);
        Choices(card).Should().HaveCount(JointMeetingSearch.PageSize).And.StartWith("county-000");
        card.Text.Should().Contain("第 1/31 页（共 301 个）。下一页：“联席会议列表 第2页”。按名称查找：“查找联席会议 名称中的字”。")
            .And.NotContain("county-010");
        var second = await visitor.PressAsync(card, "下一页");
        Choices(second.Messages.Single()).Should().Equal(Enumerable.Range(10, 10).Select(i => $"county-{i:D3}"));
        var back = await visitor.PressAsync(second.Messages.Single(), "上一页");
        Choices(back.Messages.Single()).Should().StartWith("county-000");
        // The last page holds what is left: county-290 … 299 and yongnian.
        (await visitor.SaysAsync("联席会议列表 第31页")).AllText.Should().Contain("**yongnian**").And.Contain("第 31/31 页");
    }

    [Fact]
    public async Task ChoiceCard_SearchByName_ThenUse_AnswersWhatWasFirstSaid()
    {
        var visitor = chat.Person("路人");
        var asked = await visitor.SaysAsync("成员单位");

        var found = await visitor.PressAsync(asked.Messages.Single(m => m.Card is not null), "查找", new Dictionary<string, string> { ["q"] = "第12县" });
        Choices(found.Messages.Single()).Should().Equal("county-012");
        found.Messages.Single().Text.Should().Contain("名称或编号含“第12县”的有 1 个");
        var used = await visitor.PressAsync(found.Messages.Single(), "使用");

        used.Messages[0].Text.Should().StartWith("好的，在我们的单聊里，现在使用联席会议 **第12县职业教育工作联席会议**（county-012）");
        used.Messages[1].Text.Should().Contain("第12县职业教育工作联席会议", "the question asked before choosing is answered from the chosen one");
    }

    [Fact]
    public async Task TypedSearch_InChineseAndEnglish_PagesItsMatches()
    {
        var person = chat.Person("路人");

        var zh = await person.SaysAsync("查找联席会议 职业教育 第2页");
        var en = await person.SaysAsync("find joint meeting county-01");

        Choices(zh.Messages.Single()).Should().Equal(Enumerable.Range(10, 10).Select(i => $"county-{i:D3}"));
        zh.AllText.Should().Contain("名称或编号含“职业教育”的有 301 个").And.Contain("第 2/31 页").And.Contain("下一页：“查找联席会议 职业教育 第3页”");
        Choices(en.Messages.Single()).Should().Equal(Enumerable.Range(10, 10).Select(i => $"county-{i:D3}"));
        en.AllText.Should().Contain("10 match \"county-01\"").And.NotContain("Next:", "ten fit on one page");
    }

    [Theory]
    [InlineData("查找联席会议 不存在的县", "301 个联席会议中，没有名称或编号含“不存在的县”的。")]
    [InlineData("find joint meeting atlantis", "None of the 301 joint meetings has \"atlantis\" in its name or id.")]
    [InlineData("查找联席会议", "请写上要找的联席会议名称中的字")]
    [InlineData("find joint meeting", "Say which words of its name to look for")]
    [InlineData("查找联席会议 职业教育 第99页", "没有第 99 页：只有 31 页。")]
    [InlineData("joint meetings page 40", "There is no page 40: there are 31.")]
    [InlineData("联席会议列表 第0页", "没有第 0 页：只有 31 页。")]
    public async Task Refusals_SayWhyAndChooseNothing(string said, string expected)
    {
        var person = chat.Person("路人");

        var reply = await person.SaysAsync(said);

        reply.AllText.Should().Contain(expected);
        reply.Messages.Should().OnlyContain(m => m.Card == null);
        (await person.SaysAsync("成员单位")).Messages.Should().Contain(m => m.Card != null, "nothing was chosen");
    }

    [Fact]
    public async Task Use_ANameSeveralShare_SaysHowManyAndOffersThem_ChoosingNone()
    {
        var person = chat.Person("路人");

        var reply = await person.SaysAsync("使用 第1");

        // 第1县, 第10…19县, 第100…199县: 111 of them.
        reply.Messages[0].Text.Should().Be(Replies.SeveralJointMeetingsMatch(Lang.Zh, "第1", 111));
        Choices(reply.Messages[1]).Should().HaveCount(10);
        reply.Messages[1].Text.Should().Contain("下一页：“查找联席会议 第1 第2页”");
        (await person.SaysAsync("使用 第1县")).AllText.Should().Contain("（county-001）", "one name holds 第1县");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("99999")]
    public async Task ForgedPageButton_IsRefused(string page)
    {
        var reply = await chat.Person("路人").SubmitsAsync(CardActions.Data(JointMeetingSearch.FindAction, null, Lang.Zh, (JointMeetingSearch.PagedQueryKey, ""), (JointMeetingSearch.PageKey, page)));

        reply.AllText.Should().Be(Replies.BadCardData(Lang.Zh));
    }

    [Fact]
    public async Task EveryChoiceCardPage_FitsTheCardBudget()
    {
        var visitor = chat.Person("路人");
        var card = (await visitor.SaysAsync("我的任务")).Messages.Single(m => m.Card is not null);

        for (var page = 1; page < 31; page++)
            card = (await visitor.PressAsync(card, "下一页")).Messages.Single();

        Choices(card).Should().Contain("yongnian");
        card.Text.Length.Should().BeLessThan(2_000);
    }

    private static IReadOnlyList<string> Choices(OutgoingMessage message) =>
        message.Card!.Body.OfType<Core.Conversation.Cards.CardChoiceInput>().Single().Choices.Select(c => c.Value).ToList();

    public void Dispose() => chat.Dispose();
}
