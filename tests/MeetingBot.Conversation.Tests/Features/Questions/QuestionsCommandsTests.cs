using MeetingBot.Core.Conversation.Features.Questions;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Conversation.Tests.Features.Questions;

public sealed class QuestionsCommandsTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("谁负责实训基地？", "实训基地")]
    [InlineData("谁负责 实训基地", "实训基地")]
    [InlineData("请问，谁负责双师型教师队伍建设呢？", "双师型教师队伍建设")]
    [InlineData("实训基地由哪些单位负责", "实训基地")]
    [InlineData("实训基地由谁负责", "实训基地")]
    [InlineData("哪个部门牵头实训基地", "实训基地")]
    [InlineData("双师型教师谁牵头", "双师型教师")]
    [InlineData("１＋Ｘ证书试点是哪个部门负责？", "1+X证书试点")]
    [InlineData("who is responsible for 实训基地", "实训基地")]
    [InlineData("Who is responsible for training bases?", "实训基地")]
    [InlineData("who handles dual-qualified teachers", "双师型教师")]
    [InlineData("which department leads the 1+X certificate pilot", "1+X证书试点")]
    public void Parse_WhoIsResponsible_ReadsTheTopic(string text, string topic)
    {
        var command = QuestionsCommands.Parse(text, Today).Should().BeOfType<PolicyQuestionCommand>().Subject;

        command.Question.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        command.Question.Subject.Should().Be(topic);
        command.Page.Should().Be(1);
    }

    [Theory]
    [InlineData("区财政局负责什么", "区财政局")]
    [InlineData("区财政局负责什么？", "区财政局")]
    [InlineData("单位职责 区财政局", "区财政局")]
    [InlineData("单位职责：财政局", "财政局")]
    [InlineData("人社局有哪些任务", "人社局")]
    [InlineData("区教体局的职责", "区教体局")]
    [InlineData("what does the finance bureau own", "财政局")]
    [InlineData("What is the district finance bureau responsible for?", "区财政局")]
    [InlineData("unit duties 区财政局", "区财政局")]
    [InlineData("duties of the finance bureau", "财政局")]
    [InlineData("which tasks does the human resources bureau lead", "人社局")]
    public void Parse_UnitDuties_ReadsTheUnit(string text, string unit)
    {
        var command = QuestionsCommands.Parse(text, Today).Should().BeOfType<PolicyQuestionCommand>().Subject;

        command.Question.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        command.Question.Subject.Should().Be(unit);
    }

    [Theory]
    [InlineData("2022年底前到期的目标", null, "2022-12-31")]
    [InlineData("到期目标 2025", "2025-01-01", "2025-12-31")]
    [InlineData("到期目标 2022年底前", null, "2022-12-31")]
    [InlineData("到期目标", "2026-01-01", "2026-12-31")]
    [InlineData("今年到期的目标", "2026-01-01", "2026-12-31")]
    [InlineData("明年有哪些目标到期？", "2027-01-01", "2027-12-31")]
    [InlineData("targets due by 2025", null, "2025-12-31")]
    [InlineData("Which targets are due this year?", "2026-01-01", "2026-12-31")]
    [InlineData("targets due 2022", "2022-01-01", "2022-12-31")]
    public void Parse_TargetsDue_ReadsThePeriod(string text, string? from, string by)
    {
        var command = QuestionsCommands.Parse(text, Today).Should().BeOfType<PolicyQuestionCommand>().Subject;

        command.Question.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        command.Question.DueFrom.Should().Be(from is null ? null : DateOnly.Parse(from));
        command.Question.DueBy.Should().Be(DateOnly.Parse(by));
        command.Question.TargetTopic.Should().BeNull();
    }

    [Theory]
    [InlineData("双师型教师比例目标是多少", "双师型教师比例")]
    [InlineData("实训基地的目标", "实训基地")]
    public void Parse_TargetsAboutATopic_ReadsTheTopic(string text, string topic)
    {
        var command = QuestionsCommands.Parse(text, Today).Should().BeOfType<PolicyQuestionCommand>().Subject;

        command.Question.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        command.Question.TargetTopic.Should().Be(topic);
    }

    [Theory]
    [InlineData("我的任务")]
    [InlineData("我单位的任务")]
    [InlineData("我们单位有哪些任务？")]
    [InlineData("本单位职责")]
    [InlineData("我单位负责什么")]
    [InlineData("my tasks")]
    [InlineData("My unit's tasks")]
    [InlineData("what are our duties?")]
    [InlineData("what does my unit own")]
    public void Parse_MyTasks_IsRecognised(string text) =>
        QuestionsCommands.Parse(text, Today).Should().BeOfType<MyTasksCommand>();

    [Theory]
    [InlineData("更多")]
    [InlineData("下一页")]
    [InlineData("more")]
    [InlineData("Next page")]
    public void Parse_More_ContinuesTheLastAnswer(string text) =>
        QuestionsCommands.Parse(text, Today).Should().BeOfType<MoreCommand>();

    [Theory]
    [InlineData("谁负责职业教育 第2页", "谁负责职业教育", 2)]
    [InlineData("单位职责 区教体局，第３页", "单位职责 区教体局", 3)]
    [InlineData("who is responsible for vocational education page 2", "who is responsible for vocational education", 2)]
    [InlineData("我的任务 第2页", "我的任务", 2)]
    public void Parse_PageSuffix_AsksForThatPage(string text, string query, int page)
    {
        var command = QuestionsCommands.Parse(text, Today)!;

        command.Page.Should().Be(page);
        command.Query.Should().Be(query);
        QuestionsCommands.Parse(command.Query, Today).Should().BeEquivalentTo(command with { Page = 1 }, "the query asks the same question again");
    }

    [Theory]
    [InlineData("谁负责", PolicyQuestionKind.WhoIsResponsible)]
    [InlineData("谁负责？", PolicyQuestionKind.WhoIsResponsible)]
    [InlineData("who is responsible for", PolicyQuestionKind.WhoIsResponsible)]
    [InlineData("单位职责", PolicyQuestionKind.UnitTasks)]
    [InlineData("unit duties", PolicyQuestionKind.UnitTasks)]
    public void Parse_CommandWordAlone_AsksHowToUseIt(string text, PolicyQuestionKind kind) =>
        QuestionsCommands.Parse(text, Today).Should().Be(new QuestionUsageCommand(kind));

    [Theory]
    [InlineData("你好")]
    [InlineData("今天天气怎么样")]
    [InlineData("下次会议什么时候？")]
    [InlineData("when is the next meeting")]
    [InlineData("谁还没交报告")]
    [InlineData("who has not reported")]
    [InlineData("报告截止日期是哪天")]
    [InlineData("what is the deadline of the report")]
    [InlineData("今天的工作")]
    [InlineData("我是区财政局联络员")]
    [InlineData("I am the contact for 区财政局")]
    [InlineData("安排会议 2026-06-18 14:30 第一次全体会议")]
    [InlineData("报告：今年新增双师型教师23名，达到目标")]
    [InlineData("report: 23 new dual-qualified teachers, target reached")]
    [InlineData("帮助")]
    [InlineData("第2页")]
    [InlineData("谁负责职业教育 第0页")]
    [InlineData("")]
    public void Parse_NotAQuestionOfThisFeature_IsNull(string text) =>
        QuestionsCommands.Parse(text, Today).Should().BeNull();

    [Fact]
    public void Parse_LongText_IsNotAQuestion() =>
        QuestionsCommands.Parse("谁负责" + new string('实', QuestionsCommands.MaxQuestionLength), Today).Should().BeNull();
}
