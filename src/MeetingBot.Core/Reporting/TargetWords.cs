using System.Text.RegularExpressions;

namespace MeetingBot.Core.Reporting;

/// <summary>The wording of a target that says it is to be brought down rather than up.</summary>
public static partial class TargetWords
{
    /// <summary>"辍学率降至2%以下", "控制在5%以内", "不超过10%", "reduce to 5%": the figure should fall to the target.</summary>
    public static bool IsDecreasing(string text) => Decreasing().IsMatch(text);

    [GeneratedRegex(@"降至|降到|降低|下降|压减|减少|减至|控制在|不超过|不高于|低于|以内|reduce|lower|below|at most|no more than", RegexOptions.IgnoreCase)]
    private static partial Regex Decreasing();
}
