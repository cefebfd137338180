using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Questions;

namespace MeetingBot.Conversation.Tests.Features.Questions;

public sealed class AnswerPagesTests
{
    private static QuestionAnswer Answer(int items, int length = 20) =>
        QuestionAnswer.List("标题", Enumerable.Range(1, items).Select(i => $"• 第{i}项" + new string('字', length)).ToList(), pageSize: 5);

    [Fact]
    public void Render_OnePage_IsPlainTextWithoutPager()
    {
        var message = AnswerPages.Render(Lang.Zh, Answer(5), 1, "谁负责 实训基地", "yongnian", AdaptiveCardBudget.Instance)!;

        message.Card.Should().BeNull();
        message.Text.Should().NotContain("第 1/");
    }

    [Fact]
    public void Render_FirstOfThreePages_HasAMoreButtonCarryingTheQuestionAndNextPage()
    {
        var message = AnswerPages.Render(Lang.Zh, Answer(12), 1, "谁负责 实训基地", "yongnian", AdaptiveCardBudget.Instance)!;

        message.Text.Should().Contain("• 第5项").And.NotContain("• 第6项")
            .And.Contain(Replies.QuestionsPager(Lang.Zh, 1, 3, 12) + Replies.QuestionsHowToContinue(Lang.Zh, "谁负责 实训基地", 2));
        AdaptiveCardRules.Require(message.Card!);
        var data = AdaptiveCardSubmissions.Read(message.Card!.Json()["actions"]![0]!["data"]);
        CardActions.ActionOf(data).Should().Be(AnswerPages.MoreAction);
        CardActions.String(data, AnswerPages.QueryKey).Should().Be("谁负责 实训基地");
        CardActions.String(data, AnswerPages.PageKey).Should().Be("2");
        CardActions.String(data, CardActions.JointMeetingKey).Should().Be("yongnian");
    }

    [Fact]
    public void Render_LastPage_HasNoButton()
    {
        var message = AnswerPages.Render(Lang.En, Answer(12), 3, "q", null, AdaptiveCardBudget.Instance)!;

        message.Card.Should().BeNull();
        message.Text.Should().Contain("• 第11项").And.EndWith(Replies.QuestionsPager(Lang.En, 3, 3, 12));
    }

    [Fact]
    public void Render_PageTooLargeForACard_SendsTheTextWhichSaysHowToGoOn()
    {
        var message = AnswerPages.Render(Lang.Zh, Answer(12, length: 2_000), 1, "q", null, AdaptiveCardBudget.Instance)!;

        message.Card.Should().BeNull();
        message.Text.Should().Contain(Replies.QuestionsHowToContinue(Lang.Zh, "q", 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Render_NoSuchPage_IsNull(int page) =>
        AnswerPages.Render(Lang.Zh, Answer(12), page, "q", null, AdaptiveCardBudget.Instance).Should().BeNull();

    [Fact]
    public void DutyItem_ManyTargets_ShowsThreeAndCountsTheRest()
    {
        var item = new DutyItem(new Citation("文件", "一.1", "任务", 3), true,
            Enumerable.Range(1, 5).Select(i => new DutyTarget($"目标{i}", null)).ToList());

        var text = Replies.QuestionsDutyItem(Lang.Zh, item);

        text.Should().Contain("目标3").And.NotContain("目标4").And.EndWith("另有 2 项目标");
    }
}
