namespace MeetingBot.Core.Policy.Model;

/// <summary>
/// A target stated in the text: "到2022年，双师型教师占比达到60%". Deadline is the last day of the stated
/// period for "by" wording (到2022年底 → 2022-12-31) and the first day for "from" wording (自2020年起 → 2020-01-01).
/// </summary>
public sealed record PolicyTarget(
    string Text,
    DateOnly? Deadline,
    string? DeadlineText,
    string? Value,
    int Line)
{
    /// <summary>True for "from" wording (自2020年起): the date is when the rule starts, not when something falls due.</summary>
    public bool StartsFrom => DeadlineText is { } t && (t.StartsWith('自') || t.StartsWith('从') || t.EndsWith('起') || t.EndsWith("开始") || t.EndsWith("以来"));
}
