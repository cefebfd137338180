using Cell = MeetingBot.Core.Tests.Policy.Formats.WordDocumentBuilder.Cell;
using Merge = MeetingBot.Core.Tests.Policy.Formats.WordDocumentBuilder.MergeKind;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// The commonest shape of a plan: a short notice, then 任务分工表 in a Word table — 序号 / 工作任务 / 牵头单位 /
/// 责任单位 / 完成时限, category rows spanning the table, a lead unit merged down several tasks, responsible units
/// one per line in their cell, and the header typed again part-way (a table pasted together from pages). The same
/// table as the text a careful typist would make of it is <see cref="Text"/>: the facts of both must agree.
/// </summary>
internal static class TaskTableDocument
{
    public static readonly string[] Header = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"];

    private static readonly (string Category, (string Task, string Lead, string[] Responsible, string Deadline)[] Rows)[] Groups =
    [
        ("一、优化职业教育布局", [
            ("整合中等职业学校资源，到2022年全市中职学校调整到12所以内。", "市教育局", ["市发展改革委", "市财政局"], "2022年底前"),
            ("推进职业院校标准化建设，办学条件达标率达到100%。", "市教育局", ["市财政局", "市自然资源局"], "2023年底前"),
            ("建设市级高水平专业群10个。", "市教育局", ["市人力资源社会保障局"], "2022年12月"),
        ]),
        ("二、深化产教融合校企合作", [
            ("培育产教融合型企业50家，落实税费优惠政策。", "市发展改革委", ["市教育局", "市税务局", "市工业和信息化局"], "2021年底前"),
            ("组建职业教育集团5个，吸纳企业200家以上。", "市发展改革委", ["市教育局", "市国资委"], "2022年底前"),
            ("支持企业参与举办职业教育，落实学徒制补贴。", "市人力资源社会保障局", ["市财政局"], "持续推进"),
        ]),
        ("三、加强双师型教师队伍建设", [
            ("到2022年，“双师型”教师占专业课教师比例达到60%。", "市教育局", ["市人力资源社会保障局", "市财政局"], "2022年底前"),
            ("建立企业工程技术人员到职业院校兼职任教制度。", "市人力资源社会保障局", ["市教育局"], "2021年6月底前"),
        ]),
    ];

    public static byte[] Word()
    {
        var builder = new WordDocumentBuilder { HeaderText = "某某市人民政府办公室文件" }
            .Line("某某市职业教育提质培优行动计划（2021—2023年）")
            .Line("为贯彻落实国家职业教育改革实施方案，推动我市职业教育高质量发展，制定本行动计划。")
            .Line("附件：重点任务分工表");
        var rows = new List<IReadOnlyList<Cell>>();
        var number = 0;
        foreach (var (category, tasks) in Groups)
        {
            rows.Add([new Cell(category, 5)]);
            for (var i = 0; i < tasks.Length; i++)
            {
                var (task, lead, responsible, deadline) = tasks[i];
                // The lead is merged down the tasks of a category that share it.
                var sameAsAbove = i > 0 && tasks[i - 1].Lead == lead;
                var sameAsBelow = i + 1 < tasks.Length && tasks[i + 1].Lead == lead;
                var merge = sameAsAbove ? Merge.Continue : sameAsBelow ? Merge.Restart : Merge.None;
                rows.Add([new Cell((++number).ToString()), new Cell(task), new Cell(lead, 1, merge), new Cell(string.Join("\n", responsible)), new Cell(deadline)]);
            }
        }
        return builder.Table(Header, rows, repeatHeaderEvery: 5).Build();
    }

    /// <summary>The same plan as text: the table's rows as "a | b | c" lines, every merged cell written out.</summary>
    public static string Text()
    {
        var lines = new List<string>
        {
            "某某市职业教育提质培优行动计划（2021—2023年）",
            "为贯彻落实国家职业教育改革实施方案，推动我市职业教育高质量发展，制定本行动计划。",
            "附件：重点任务分工表",
            string.Join(" | ", Header),
        };
        var number = 0;
        foreach (var (category, tasks) in Groups)
        {
            lines.Add(category);
            foreach (var (task, lead, responsible, deadline) in tasks)
                lines.Add(string.Join(" | ", (++number).ToString(), task, lead, string.Join("、", responsible), deadline));
        }
        return string.Join("\n", lines);
    }
}
