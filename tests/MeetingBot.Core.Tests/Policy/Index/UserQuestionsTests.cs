using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Tests.Policy.Seeds;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Index;

/// <summary>
/// Questions as the people of PRODUCT.md type them in a chat (a convenor, a member-unit contact, anyone in the
/// channel), asked over the five seed documents loaded the way the bot loads them, and checked against what the
/// documents say: the kind of answer, the right task or unit near the top, and a reply that cites it.
/// </summary>
public class UserQuestionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Lazy<PolicyIndex> Seeds = new(() =>
    {
        var library = PolicyLibrary.Load(System.IO.Path.Combine(RepoRoot, "seeds"));
        library.Errors.Should().BeEmpty();
        library.Documents.Should().HaveCount(5);
        return new PolicyIndex(library.Documents);
    });

    private static PolicyIndex Index => Seeds.Value;

    private static PolicyDocument Doc(string sourceName) => Index.Documents.Single(d => d.SourceName == sourceName);

    private static List<(string, string)> Top(PolicyAnswer answer, int n) =>
        answer.Tasks.Take(n).Select(m => (m.Document.SourceName, m.Task.PathText)).ToList();

    // ---- who is responsible for a topic (Chinese, as typed in a channel) -------------------------------------

    [Theory]
    [InlineData("谁管实训基地", Yongnian, "二.三.3")]
    [InlineData("实训基地 谁负责", Shanxi, "五.十八")]
    [InlineData("请问一下，实训基地归哪个部门管？", Yongnian, "二.三.3")]
    [InlineData("谁 负责 实训基地", Shanxi, "五.十八")]
    [InlineData("双师型教师谁负责呢", Yongnian, "二.三.4")]
    [InlineData("谁负责\"双师型\"教师队伍建设", Ningxia, "四.十五")]
    [InlineData("产教融合型企业谁负责", Yongnian, "二.三.1")]
    [InlineData("谁负责产教融合型企业认证", Shanxi, "五.十六")]
    [InlineData("1+X证书谁牵头", Shanxi, "六.二十")]
    [InlineData("1+X证书谁牵头", Ningxia, "三.九")]
    [InlineData("1+x证书试点谁牵头", Shanxi, "六.二十")]
    [InlineData("１＋Ｘ证书谁牵头", Shanxi, "六.二十")]
    [InlineData("哪个部门负责经费投入", Yongnian, "二.六.4")]
    [InlineData("哪个部门负责经费投入", Shanxi, "七.二十四")]
    [InlineData("生均拨款谁负责", Shanxi, "七.二十四")]
    [InlineData("生均拨款谁负责", Ningxia, "五.十七")]
    [InlineData("谁负责督导评估", Ningxia, "三.十")]
    [InlineData("职业培训谁牵头", Shanxi, "四.十四")]
    [InlineData("哪个单位负责职业教育集团", Shanxi, "五.十九")]
    [InlineData("“职教高考”归谁管", Shanxi, "三.七")]
    [InlineData("谁负责双高计划", Shanxi, "三.五")]
    [InlineData("劳动教育谁负责", Wuhua, "三.十二")]
    [InlineData("职业技能标准谁牵头", Zhejiang, "三.二")]
    [InlineData("联席会议", Yongnian, "三.二")]
    [InlineData("职业教育联席会议谁召集", Ningxia, "五.十九")]
    [InlineData("职业教育联席会议谁召集", Yongnian, "三.二")]
    public void Ask_WhoIsResponsibleInChinese_TopFiveOfTheFiveDocumentsHoldTheTaskAndTheReplyCitesIt(string question, string document, string path)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        Top(answer, 5).Should().Contain((document, path));
        PolicyAnswerText.Render(answer).Should().Contain($"《{Doc(document).Title}》第{path}项");
    }

    [Theory]
    [InlineData("谁负责现代学徒制", "学徒制")]
    [InlineData("谁负责督导评估", "督导")]
    [InlineData("谁负责技能大赛", "技能大赛")]
    [InlineData("思政课谁负责", "思政")]
    public void Ask_WhoIsResponsibleInChinese_TopThreeAllMentionTheTopic(string question, string keyword)
    {
        var answer = Index.Ask(question, Today);

        answer.Tasks.Should().HaveCountGreaterThanOrEqualTo(3);
        answer.Tasks.Take(3).Should().OnlyContain(m => m.Task.Title.Contains(keyword) || m.Task.Text.Contains(keyword));
    }

    [Fact]
    public void Ask_InferredLeadInZhejiang_ReplySaysItIsInferred()
    {
        var text = PolicyAnswerText.Render(Index.Ask("职业技能标准谁牵头", Today));

        text.Should().Contain("牵头：人力社保部门").And.Contain("推断");
    }

    [Theory]
    [InlineData("职业教育联席会议谁召集")]
    [InlineData("联席会议召集人是谁")]
    public void Ask_WhoConvenesTheJointMeeting_ReplyNamesTheConvenorOfTheDocuments(string question)
    {
        var text = PolicyAnswerText.Render(Index.Ask(question, Today));

        // 宁夏: 自治区政府分管教育工作的领导担任召集人; 永年: 政府分管教育工作的副区长担任召集人.
        text.Should().NotContain("没有找到").And.Contain("分管教育工作");
    }

    // ---- who is responsible, in English ---------------------------------------------------------------------

    [Theory]
    [InlineData("Who leads 双师型教师?", Shanxi, "四.十一")]
    [InlineData("which bureau handles 实训基地?", Yongnian, "二.三.3")]
    [InlineData("who's responsible for 双师型教师", Ningxia, "四.十五")]
    [InlineData("who leads dual-qualified teachers", Shanxi, "四.十一")]
    [InlineData("who is responsible for training bases", Yongnian, "二.三.3")]
    [InlineData("which department handles the 1+X certificate pilot", Shanxi, "六.二十")]
    public void Ask_WhoIsResponsibleInEnglish_TopFiveOfTheFiveDocumentsHoldTheChineseTask(string question, string document, string path)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        Top(answer, 5).Should().Contain((document, path));
        PolicyAnswerText.Render(answer).Should().Contain($"《{Doc(document).Title}》第{path}项");
    }

    // ---- what a unit owns ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("发改局负责什么", Wuhua, "区发展改革局")]
    [InlineData("教体局负责啥", Wuhua, "区教育体育局")]
    [InlineData("人社局负责什么?", Yongnian, "区人社局")]
    [InlineData("国资委有哪些任务", Shanxi, "省国资委")]
    [InlineData("总工会有哪些任务", Wuhua, "区总工会")]
    [InlineData("职教中心有哪些任务", Yongnian, "区职教中心")]
    [InlineData("商务局负责什么", Wuhua, "区商务和投资促进局")]
    [InlineData("科技局负责什么", Wuhua, "区科技和信息化局")]
    [InlineData("税务局有哪些任务", Ningxia, "宁夏税务局")]
    [InlineData("人力社保部门有哪些任务", Zhejiang, "人力社保部门")]
    [InlineData("各市、县（区）人民政府负责什么", Ningxia, "各市、县〔区〕人民政府")]
    [InlineData("财政局要做哪些事", Yongnian, "区财政局")]
    [InlineData("区财政局要干啥", Yongnian, "区财政局")]
    [InlineData("发改委牵头了哪些任务", Ningxia, "自治区发展改革委")]
    [InlineData("省教育厅牵头了什么", Shanxi, "省教育厅")]
    [InlineData("人社局 负责 什么", Yongnian, "区人社局")]
    [InlineData("各市县人民政府负责什么", Ningxia, "各市、县〔区〕人民政府")]
    [InlineData("各市县区人民政府有哪些任务", Ningxia, "各市、县〔区〕人民政府")]
    [InlineData("市县政府有哪些任务", Shanxi, "市县人民政府")]
    [InlineData("What does the HR bureau do?", Wuhua, "区人力资源社会保障局")]
    [InlineData("what does the development and reform commission lead", Ningxia, "自治区发展改革委")]
    [InlineData("list tasks of the SASAC", Shanxi, "省国资委")]
    [InlineData("what are the tasks of the finance department", Shanxi, "省财政厅")]
    [InlineData("which tasks does the finance bureau lead", Yongnian, "区财政局")]
    [InlineData("what does the vocational education center do", Yongnian, "区职教中心")]
    public void Ask_UnitQuestion_FindsTheUnitAndTheReplyCitesItsDocument(string question, string document, string unit)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Should().Contain(m => m.Document.SourceName == document && m.Unit.Name == unit);
        PolicyAnswerText.Render(answer).Should().Contain($"{unit}（《{Doc(document).Title}》）");
    }

    [Theory]
    [InlineData("教育局有哪些任务", Ningxia, "自治区职业教育工作联席会议成员单位")]
    [InlineData("what does the education bureau own", Ningxia, "自治区职业教育工作联席会议成员单位")]
    [InlineData("组织部有哪些任务", Yongnian, "有关行业组织")]
    [InlineData("区教育局负责什么", Ningxia, "自治区教育厅")]
    [InlineData("区教育局负责什么", Shanxi, "省教育厅")]
    [InlineData("五华区教育体育局负责什么", Yongnian, "区教体局")]
    public void Ask_UnitQuestion_DoesNotListAnUnrelatedUnit(string question, string document, string unrelated)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Should().NotBeEmpty();
        answer.Units.Should().NotContain(m => m.Document.SourceName == document && m.Unit.Name == unrelated);
    }

    [Fact]
    public void Ask_DistrictEducationBureau_ListsBothDistrictEducationBureaus()
    {
        var answer = Index.Ask("区教育局负责什么", Today);

        answer.Units.Select(m => (m.Document.SourceName, m.Unit.Name)).Should()
            .Contain((Yongnian, "区教体局")).And.Contain((Wuhua, "区教育体育局"));
    }

    [Fact]
    public void Ask_UnknownUnit_SaysSoWithoutInventingOne()
    {
        var answer = Index.Ask("公安局负责什么", Today);

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Should().BeEmpty();
        PolicyAnswerText.Render(answer).Should().Contain("没有找到").And.Contain("公安局");
    }

    // ---- targets falling due -------------------------------------------------------------------------------

    [Theory]
    [InlineData("2022年有什么目标")]
    [InlineData("what is due in 2022")]
    [InlineData("Which targets fall due by 2022?")]
    [InlineData("截止2022年底的目标")]
    [InlineData("2022年要完成什么")]
    [InlineData("2022年底要完成哪些任务")]
    public void Ask_TargetsOf2022InOtherWords_ListsTheShanxiDualTeacherTargetAndCitesIt(string question)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline <= new DateOnly(2022, 12, 31));
        answer.Targets.Should().Contain(t => t.Document.SourceName == Shanxi && t.Task!.PathText == "四.十一" && t.Target.Value == "60%");
        PolicyAnswerText.Render(answer).Should().Contain("《山西省推进职业教育改革发展行动计划》第四.十一项");
    }

    [Theory]
    [InlineData("今年有哪些目标到期")]
    [InlineData("what targets fall due this year")]
    public void Ask_TargetsThisYearIn2025_ListsZhejiangs2025Targets(string question)
    {
        var answer = Index.Ask(question, new DateOnly(2025, 3, 1));

        answer.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline!.Value.Year == 2025);
        answer.Targets.Should().Contain(t => t.Document.SourceName == Zhejiang && t.Task!.PathText == "三.五" && t.Target.Value == "90%以上");
    }

    [Fact]
    public void Ask_TargetsDueIn2021_ListsTheOneNewSchoolOfYongnian()
    {
        var answer = Index.Ask("which targets are due in 2021", Today);

        answer.Targets.Should().ContainSingle().Which.Task!.PathText.Should().Be("二.一.1");
        PolicyAnswerText.Render(answer).Should().Contain("《永年区职业教育改革发展实施方案》第二.一.1项");
    }

    [Theory]
    [InlineData("今年有哪些目标到期", "2026")]
    [InlineData("明年到期的目标", "2027")]
    public void Ask_TargetsOfAYearWithNone_ReplyDoesNotClaimNothingIsDueUpToThen(string question, string year)
    {
        // Forty targets fall due before the end of that year; only that one year has none.
        var text = PolicyAnswerText.Render(Index.Ask(question, Today));

        text.Should().Contain($"{year}年").And.NotContain($"截至{year}-12-31没有到期的目标");
    }

    [Theory]
    [InlineData("双师型教师比例要达到多少", "双师", "60%")]
    [InlineData("双师型教师比例目标是多少", "双师", "60%")]
    [InlineData("实训基地目标", "实训", "23家")]
    public void Ask_TargetOfATopic_AnswersWithThatTopicsTargetsOnly(string question, string keyword, string value)
    {
        var answer = Index.Ask(question, Today);

        PolicyAnswerText.Render(answer).Should().Contain(value);
        answer.Targets.Should().OnlyContain(t => t.Target.Text.Contains(keyword) || (t.Task != null && t.Task.Title.Contains(keyword)));
    }

    // ---- questions that are not about the policies ----------------------------------------------------------

    [Theory]
    [InlineData("你好")]
    [InlineData("谢谢")]
    [InlineData("hello")]
    [InlineData("今天天气怎么样")]
    [InlineData("谁负责火箭发射")]
    [InlineData("谁负责疫情防控")]
    public void Ask_QuestionOutsideThePolicies_MatchesNothingAndSaysSo(string question)
    {
        var answer = Index.Ask(question, Today);

        answer.Tasks.Should().BeEmpty();
        answer.Units.Should().BeEmpty();
        answer.Targets.Should().BeEmpty();
        PolicyAnswerText.Render(answer).Should().Contain("没有找到");
    }

    [Fact]
    public void Ask_TypoInTopic_StillAnswersWithTheDualTeacherTasks()
    {
        var answer = Index.Ask("双师形教师谁负责", Today);

        answer.Tasks.Take(3).Should().OnlyContain(m => m.Task.Title.Contains("双师型") || m.Task.Title.Contains("师资"));
        PolicyAnswerText.Render(answer).Should().Contain("牵头：");
    }
}
