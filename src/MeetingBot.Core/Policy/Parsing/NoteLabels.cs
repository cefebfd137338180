using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>What a field of a labelled note holds.</summary>
internal enum NoteField
{
    Lead,        // 牵头单位 / 牵头部门 / 主责单位
    Responsible, // 责任单位 / 责任部门: no lead named, so by convention the first listed leads
    Supporting,  // 配合单位 / 参与部门 / 协办单位: never lead
    Schedule,    // 完成时限 / 时间节点: a deadline, not a unit
    Other,       // 牵头领导 / 联系人: people and anything else, ignored
}

/// <summary>The field labels of responsibility notes ("牵头单位：", "配合部门:", "完成时限：").</summary>
internal static partial class NoteLabels
{
    public static IEnumerable<(int Index, int Length, NoteField Field)> Find(string text)
    {
        foreach (Match m in LabelPattern().Matches(text))
        {
            var label = m.Groups["label"].Value;
            yield return (m.Groups["label"].Index, m.Index + m.Length - m.Groups["label"].Index, Classify(label));
        }
    }

    public static bool IsUnitField(NoteField field) => field is NoteField.Lead or NoteField.Responsible or NoteField.Supporting;

    /// <summary>What a field holds, by its label alone (牵头单位, 配合部门, 完成时限); Other for anything else.</summary>
    public static NoteField Classify(string label) => label switch
    {
        _ when LeadLabel().IsMatch(label) => NoteField.Lead,
        _ when ResponsibleLabel().IsMatch(label) => NoteField.Responsible,
        _ when SupportingLabel().IsMatch(label) => NoteField.Supporting,
        _ when ScheduleLabel().IsMatch(label) => NoteField.Schedule,
        _ => NoteField.Other,
    };

    // A label starts the note or follows a separator; two to six characters, then a colon.
    [GeneratedRegex(@"(?:^|[；;，,。\s（(【])(?<label>[\u4e00-\u9fff]{2,6})\s*[:：]")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^(?:牵头|牵头单位|牵头部门|主责单位|主责部门|主要责任单位|主办单位|责任主体)$")]
    private static partial Regex LeadLabel();

    [GeneratedRegex("^(?:责任单位|责任部门|实施单位|落实单位|承办单位)$")]
    private static partial Regex ResponsibleLabel();

    [GeneratedRegex("^(?:配合单位|配合部门|参与单位|参与部门|协办单位|协办部门|协同单位|协同部门|协助单位|协助部门|支持单位)$")]
    private static partial Regex SupportingLabel();

    [GeneratedRegex("^(?:完成时限|完成时间|完成期限|时间节点|时间要求|时间安排|进度安排|时限)$")]
    private static partial Regex ScheduleLabel();
}
