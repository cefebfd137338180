using System.Text.RegularExpressions;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// The status a progress text states in words: 已完成 / done, 有风险 / 滞后 / at risk / delayed, 未启动 / not
/// started; anything else is on track. Negations ("尚未完成", "not completed") do not count as done.
/// </summary>
public static partial class StatusWords
{
    public static ProgressStatus Detect(string text)
    {
        if (NotStarted().IsMatch(text)) return ProgressStatus.NotStarted;
        if (AtRisk().IsMatch(text)) return ProgressStatus.AtRisk;
        if (Done().IsMatch(text) && !NotDone().IsMatch(text)) return ProgressStatus.Done;
        return ProgressStatus.OnTrack;
    }

    [GeneratedRegex(@"未启动|未开始|尚未启动|尚未开始|还没(?:有)?(?:开始|启动)|没有(?:开始|启动)|\bnot\s+(?:yet\s+)?(?:started|begun)\b|\bhas\s+not\s+started\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotStarted();

    [GeneratedRegex(@"有风险|存在风险|风险较大|滞后|延迟|延误|推迟|进度落后|\bat\s+risk\b|\bdelayed\b|\bbehind\s+schedule\b|\blagging\b|\bbehind\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtRisk();

    [GeneratedRegex(@"已完成|已经完成|全部完成|全面完成|已全部完成|已落实|已达标|\bdone\b|\bcompleted\b|\bfinished\b|\bachieved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Done();

    [GeneratedRegex(@"未完成|没有完成|没完成|尚未完成|\bnot\s+(?:yet\s+)?(?:done|completed|finished|achieved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDone();
}
