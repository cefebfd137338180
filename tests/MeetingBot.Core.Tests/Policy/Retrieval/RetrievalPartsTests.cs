using MeetingBot.Core.Policy.Retrieval;

namespace MeetingBot.Core.Tests.Policy.Retrieval;

/// <summary>The parts under the question set: the glossary's data, typos by sound and by one character, and BM25's verdict.</summary>
public class RetrievalPartsTests
{
    [Theory]
    [InlineData("学生去企业实习的补贴", "顶岗实习")]
    [InlineData("老师傅带徒弟", "学徒制")]
    [InlineData("who handles student internships", "顶岗实习")]
    [InlineData("Apprenticeships", "学徒制")]
    public void Glossary_EverydayOrEnglishWording_IsTheDocumentsConcept(string text, string term)
    {
        var glossary = Glossary.Default;

        glossary.In(text).Select(c => glossary.Concepts[c].Term).Should().Contain(term);
    }

    [Fact]
    public void Glossary_LineWithoutThreeParts_IsRefusedNamingTheLine()
    {
        var parse = () => Glossary.Parse("顶岗实习 | 实习");

        parse.Should().Throw<FormatException>().WithMessage("*顶岗实习 | 实习*");
    }

    [Fact]
    public void Glossary_TheShippedData_HasNoWordingInTwoConcepts()
    {
        var wordings = Glossary.Default.Concepts.SelectMany(c => c.Chinese.Prepend(c.Term).Select(w => (Wording: w, c.Term))).ToList();

        wordings.GroupBy(w => w.Wording).Where(g => g.Select(x => x.Term).Distinct().Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Theory]
    [InlineData('于', '育', true)]
    [InlineData('才', '财', true)]
    [InlineData('行', '航', true)] // 行 reads xing and hang
    [InlineData('拔', '拨', false)]
    public void Pinyin_SoundAlike_ComparesEveryReading(char a, char b, bool alike)
    {
        Pinyin.SoundAlike(a, b).Should().Be(alike);
    }

    [Theory]
    [InlineData("财政局", "财正局", true)]
    [InlineData("财政局", "财局", true)]
    [InlineData("财政局", "财政总局", true)]
    [InlineData("财政局", "税务局", false)]
    public void EditDistance_AtMostOne_CountsOneTypedCharacter(string a, string b, bool near)
    {
        EditDistance.AtMostOne(a, b).Should().Be(near);
    }

    [Theory]
    [InlineData("基底", "基地")]
    [InlineData("评古", "评估")]
    [InlineData("实训鸡地", null)] // not a word of its own here: the search cuts it first
    public void WordCorrector_TypoOfADocumentWord_IsThatWord(string typed, string? word)
    {
        var corrector = new WordCorrector(["基地", "评估", "实训", "教师"]);

        corrector.Correct(typed).Should().Be(word);
    }

    [Fact]
    public void TaskSearch_TwoTasksEquallyClose_IsAmbiguous_AndOneThatHoldsAll_IsFull()
    {
        var search = new TaskSearch(
        [
            ("推进校企合作", "支持企业接收学生实习。"),
            ("深化协同育人", "支持企业接收学生实习。"),
            ("完善经费投入", "落实生均拨款制度。"),
            ("加强劳动教育", "开展劳动实践。"),
            ("发展技能大赛", "举办职业技能竞赛。"),
            ("建设信息平台", "建设共享平台。"),
            ("推进国际合作", "开展国际交流。"),
            ("加强组织领导", "建立统筹协调机制。"),
        ], Glossary.Default);

        // 企业 and 学生实习 are in both, 补贴 (经费) in neither: the two are equally close and neither holds it all.
        var ambiguous = search.Search("企业学生实习补贴");
        ambiguous.Fit.Should().Be(TopicFit.Ambiguous);
        ambiguous.Hits.Select(h => h.Entry).Should().BeEquivalentTo([0, 1]);
        search.Search("生均拨款").Fit.Should().Be(TopicFit.Full);
        search.Search("火箭发射").Fit.Should().Be(TopicFit.None);
    }
}
