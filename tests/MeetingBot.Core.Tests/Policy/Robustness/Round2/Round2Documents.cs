using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// The second round of hand-written documents (<c>Policy/Robustness/Documents/round2/</c>): kinds, topics and
/// jurisdictions the seeds and the first round do not have, each written the way such a document is really set.
/// Helpers keep the expectation tables plain Chinese text: units separated by '|', dates ISO, a target value of "*"
/// meaning "any value (or none)", an assignment of "" meaning "not asserted".
/// </summary>
internal static class Round2Documents
{
    public const string StateCouncilOpinion = "round2/guofa_yijian_paren_top.txt";       // 国发 意见: top level （一）…（十二）, 1. below, 部委 notes
    public const string ProvincialActionPlan = "round2/xingdong_jihua_brackets.txt";    // 省 行动计划: 【】 sections, 1. / （1）, restart under 【保障措施】
    public const string CountyRuralPlan = "round2/xian_xiangcun_zhenxing_fangan.txt";   // 县 乡村振兴 工作方案: 县委/县政府 joint, 党委部门, 群团, 驻县单位
    public const string PrefectureJointMeeting = "round2/zhou_lianxi_huiyi_members_per_line.txt"; // 州 联席会议制度: 召集人/成员 one per line
    public const string HardWrappedPdfText = "round2/pdftotext_hard_wrapped.txt";       // 市 垃圾分类 方案 as pdftotext prints it: 30-char lines, page footer
    public const string NoteAtStart = "round2/note_at_start_jinshi_fangkong.txt";       // 县 近视防控 方案: the note opens the item
    public const string PartsDocument = "round2/bufen_parts_quanmin_jianshen.txt";      // 市 全民健身 计划: 第一部分 / 一、 / （一）
    public const string AsciiPunctuation = "round2/ascii_punctuation_qi_fangan.txt";    // 旗 人居环境 方案: half-width punctuation, "1. " "(一) "

    public static PolicyDocument Doc(string file) => Load(file);

    public static PolicyAnswer Ask(string file, string question, DateOnly today) => new PolicyIndex([Load(file)]).Ask(question, today);

    public static void ShouldHaveUnits(this PolicyTask task, string lead, string responsible, string assignment)
    {
        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        if (assignment.Length > 0) PolicyJson.Assignment(task.Assignment).Should().Be(assignment, Json(task));
    }

    public static void ShouldHaveTarget(this PolicyTask task, string deadline, string value)
    {
        var due = Date(deadline);
        if (value == "*")
            task.Targets.Should().Contain(t => t.Deadline == due, "task {0} should have a target due {1}; parsed: {2}", task.PathText, deadline, Json(task));
        else
            task.Targets.Should().Contain(t => t.Deadline == due && NormaliseValue(t.Value) == value,
                "task {0} should have a target {1} due {2}; parsed: {3}", task.PathText, value, deadline, Json(task));
    }

    /// <summary>The task with this exact title (for items whose path is not unique, e.g. numbering restarted under a 【】 heading).</summary>
    public static PolicyTask Titled(this PolicyDocument document, string title)
    {
        var matches = document.Tasks.Where(t => t.Title == title).ToList();
        matches.Should().ContainSingle("the document should have one task titled {0} (titles found: {1})", title,
            string.Join(" | ", document.Tasks.Select(t => $"{t.PathText} {t.Title}")));
        return matches[0];
    }

    public static string Describe(PolicyAnswer answer) => PolicyAnswerText.Render(answer);
}
