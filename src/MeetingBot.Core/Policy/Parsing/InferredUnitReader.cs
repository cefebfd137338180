using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// For documents with no responsibility notes at all (the Zhejiang seed): a unit that is the subject of a clause
/// with 牵头/负责 wording ("人力社保部门牵头做好…", "由区教体局负责…") is taken as the task's lead.
/// Only the clause's subject is read, so that objects of the sentence are not mistaken for owners.
/// </summary>
internal static partial class InferredUnitReader
{
    public static List<string> Leads(string text)
    {
        var leads = new List<string>();
        foreach (Match m in SubjectWithDuty().Matches(text))
        {
            foreach (var unit in UnitListParser.Parse(m.Groups["units"].Value))
                if (UnitNames.EndsWithUnitSuffix(unit.Name) && !leads.Contains(unit.Name)) leads.Add(unit.Name);
        }
        return leads;
    }

    [GeneratedRegex(@"(?:^|[，。；;,：:（(\n])\s*(?:由)?(?<units>[^，。；;,：:（(）)\s由向为的对在把将要]{2,40}?(?:部门|厅|局|委|办|委员会|政府|中心|工会))(?:牵头|负责)")]
    private static partial Regex SubjectWithDuty();
}
