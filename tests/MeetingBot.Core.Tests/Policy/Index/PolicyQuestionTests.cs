using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Tests.Policy.Index;

public class PolicyQuestionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("谁负责双师型教师队伍建设？", "双师型教师队伍建设")]
    [InlineData("哪个部门牵头实训基地建设", "实训基地建设")]
    [InlineData("实训基地由谁负责", "实训基地")]
    [InlineData("1+X证书试点谁牵头", "1+X证书试点")]
    [InlineData("who is responsible for 实训基地?", "实训基地")]
    [InlineData("双师型教师", "双师型教师")]
    [InlineData("请问一下，实训基地归哪个部门管？", "实训基地")]
    [InlineData("谁 负责 实训基地", "实训基地")]
    [InlineData("双师型教师谁负责呢", "双师型教师")]
    [InlineData("１＋Ｘ证书谁牵头", "1+X证书")]
    [InlineData("which department handles the 1+X certificate pilot", "1+X证书试点")]
    [InlineData("who's responsible for training bases", "实训基地")]
    public void Parse_ResponsibilityQuestion_ExtractsTheTopic(string question, string topic)
    {
        var q = PolicyQuestion.Parse(question, Today);

        q.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        q.Subject.Should().Be(topic);
    }

    [Theory]
    [InlineData("区财政局负责什么？", "区财政局")]
    [InlineData("财政厅的任务", "财政厅")]
    [InlineData("人社局有哪些任务", "人社局")]
    [InlineData("区教体局牵头哪些工作", "区教体局")]
    [InlineData("what is the finance bureau responsible for?", "财政局")]
    [InlineData("What does the district education and sports bureau own", "区教体局")]
    [InlineData("财政局要做哪些事", "财政局")]
    [InlineData("区财政局要干啥", "区财政局")]
    [InlineData("发改委牵头了哪些任务", "发改委")]
    [InlineData("人社局 负责 什么", "人社局")]
    [InlineData("what are the tasks of the finance department", "财政厅")]
    [InlineData("which tasks does the finance bureau lead", "财政局")]
    [InlineData("what does the vocational education center do", "职教中心")]
    public void Parse_UnitQuestion_ExtractsTheUnit(string question, string unit)
    {
        var q = PolicyQuestion.Parse(question, Today);

        q.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        q.Subject.Should().Be(unit);
    }

    [Theory]
    [InlineData("2022年底前到期的目标", null, "2022-12-31")]
    [InlineData("哪些目标2025年到期", "2025-01-01", "2025-12-31")]
    [InlineData("今年到期的目标", "2026-01-01", "2026-12-31")]
    [InlineData("targets due by 2024-06-30", null, "2024-06-30")]
    [InlineData("which targets fall due next year", "2027-01-01", "2027-12-31")]
    [InlineData("2022年要完成什么", "2022-01-01", "2022-12-31")]
    [InlineData("2022年底要完成哪些任务", "2022-01-01", "2022-12-31")]
    public void Parse_TargetsQuestion_ReadsThePeriod(string question, string? from, string by)
    {
        var q = PolicyQuestion.Parse(question, Today);

        q.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        q.TargetTopic.Should().BeNull();
        q.DueFrom.Should().Be(from is null ? null : DateOnly.Parse(from));
        q.DueBy.Should().Be(DateOnly.Parse(by));
    }

    [Theory]
    [InlineData("双师型教师比例目标是多少", "双师型教师比例", null, null)]
    [InlineData("双师型教师比例要达到多少", "双师型教师比例", null, null)]
    [InlineData("实训基地目标", "实训基地", null, null)]
    [InlineData("2022年双师型教师目标", "双师型教师", "2022-01-01", "2022-12-31")]
    public void Parse_TargetsOfATopic_ReadsTheTopicAndOnlyAPeriodItNames(string question, string topic, string? from, string? by)
    {
        var q = PolicyQuestion.Parse(question, Today);

        q.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        q.TargetTopic.Should().Be(topic);
        q.DueFrom.Should().Be(from is null ? null : DateOnly.Parse(from));
        q.DueBy.Should().Be(by is null ? null : DateOnly.Parse(by));
    }

    [Theory]
    [InlineData("职业教育联席会议谁召集", "职业教育联席会议")]
    [InlineData("联席会议召集人是谁", "联席会议")]
    [InlineData("谁是联席会议的召集人", "联席会议")]
    [InlineData("召集人是谁", "联席会议")]
    [InlineData("who convenes the joint meeting", "联席会议")]
    public void Parse_ConvenorQuestion_AsksWhoConvenesTheTopic(string question, string topic)
    {
        var q = PolicyQuestion.Parse(question, Today);

        q.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        q.AboutConvenor.Should().BeTrue();
        q.Subject.Should().Be(topic);
    }
}
