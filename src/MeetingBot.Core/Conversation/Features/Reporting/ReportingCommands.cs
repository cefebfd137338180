using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>What a person asked of reporting, read from typed text.</summary>
public abstract record ReportingCommand;

/// <summary>"发起报告 m1 截止 2026-06-10": a round for a meeting (or the only planned one) with a deadline.</summary>
/// <param name="BadDate">The words after 截止 / due when they are not a date: the reply quotes them.</param>
public sealed record OpenRound(string? MeetingId, DateOnly? Deadline, string? BadDate = null) : ReportingCommand;

/// <summary>"报告：…" or "报告 二.三.4：…": progress for the unit's draft, on the numbered task or the one the text names.</summary>
public sealed record ReportText(string? TaskNumber, string Text) : ReportingCommand;

public sealed record SubmitReport : ReportingCommand;

public sealed record ShowMyReport : ReportingCommand;

/// <summary>"谁还没交报告": who has and has not reported in a round (the open or latest one unless named).</summary>
public sealed record ShowCompleteness(string? RoundId) : ReportingCommand;

/// <summary>"会议简报": the compiled brief of a round.</summary>
public sealed record CompileBrief(string? RoundId) : ReportingCommand;

/// <summary>"看板": a link to the joint meeting's dashboard.</summary>
public sealed record ShowDashboard : ReportingCommand;

/// <summary>Reads reporting commands from typed text, Chinese or English. Pure: no state, no clock but <c>today</c>.</summary>
public static partial class ReportingCommands
{
    public static ReportingCommand? Parse(string text, DateOnly today)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;

        if (ReportZh().Match(t) is { Success: true } zh) return Report(zh);
        if (ReportEn().Match(t) is { Success: true } en) return Report(en);

        var bare = t.TrimEnd('?', '？', '!', '！', '。', '.').Trim();
        if (OpenZh().Match(bare) is { Success: true } openZh) return Open(openZh.Groups["rest"].Value, today);
        if (OpenEn().Match(bare) is { Success: true } openEn) return Open(openEn.Groups["rest"].Value, today);
        if (SubmitWords().IsMatch(bare)) return new SubmitReport();
        if (MyReportWords().IsMatch(bare)) return new ShowMyReport();
        if (CompletenessWords().Match(bare) is { Success: true } who) return new ShowCompleteness(RoundId(who));
        if (BriefWords().Match(bare) is { Success: true } brief) return new CompileBrief(RoundId(brief));
        if (DashboardWords().IsMatch(bare)) return new ShowDashboard();
        return null;
    }

    private static ReportText Report(Match m)
    {
        var number = m.Groups["num"].Success && m.Groups["num"].Value.Length > 0 ? m.Groups["num"].Value : null;
        return new ReportText(number, m.Groups["text"].Value.Trim());
    }

    private static string? RoundId(Match m) => m.Groups["round"] is { Success: true, Value.Length: > 0 } g ? g.Value : null;

    // The rest of an open command: an optional meeting id, then the deadline after 截止 / due / by (or a bare date).
    private static OpenRound Open(string rest, DateOnly today)
    {
        var r = rest.Trim();
        string? meeting = null;
        var split = DeadlineMarker().Match(r);
        var dateText = split.Success ? r[(split.Index + split.Length)..].Trim() : null;
        var head = (split.Success ? r[..split.Index] : r).Trim(' ', '，', ',', '：', ':', '、');
        if (head.Length > 0)
        {
            if (dateText is null && DateTimeReader.ParseDeadline(head, today) is { } bare) return new OpenRound(null, bare);
            var words = head.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            meeting = words[0];
            if (dateText is null && words.Length > 1) dateText = words[1];
        }
        if (dateText is null or { Length: 0 }) return new OpenRound(meeting, null);
        return DateTimeReader.ParseDeadline(dateText, today) is { } deadline
            ? new OpenRound(meeting, deadline)
            : new OpenRound(meeting, null, dateText);
    }

    // "报告：…", "报告 二.三.4：…", "填报2.3.4: …", "进展：…". A task number alone may be followed by a space instead of a colon.
    [GeneratedRegex(@"^(?:报告|填报|进展|进度)\s*(?:(?<num>[一二三四五六七八九十〇零\d]+(?:[.．、][一二三四五六七八九十〇零\d]+)*)\s*(?:[:：]|\s)|[:：])\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex ReportZh();

    [GeneratedRegex(@"^(?:report|progress)\s*(?:(?<num>\d+(?:\.\d+)*)\s*(?::|\s)|:)\s*(?<text>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ReportEn();

    [GeneratedRegex(@"^(?:发起|开启|启动|开始)(?:进度)?(?:报告|填报)(?:征集)?(?<rest>.*)$")]
    private static partial Regex OpenZh();

    [GeneratedRegex(@"^open\s+(?:a\s+|the\s+)?(?:progress\s+)?report(?:s|ing)?(?:\s+round)?(?:\s+for)?(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEn();

    [GeneratedRegex(@"\s*(?:截止日期|截止|截至|期限|\bdue\b|\bdeadline\b|\bby\b)\s*(?:为|是|到)?\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineMarker();

    [GeneratedRegex(@"^(?:提交报告|提交本单位报告|提交我的报告|报告提交|确认提交报告|submit(?:\s+(?:my|our|the))?\s+report)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubmitWords();

    [GeneratedRegex(@"^(?:报告|填报|我的报告|本单位报告|我们的报告|我单位报告|查看我的报告|填报卡片|报告卡片|report|(?:show\s+)?(?:my|our)\s+report|report\s+card)$", RegexOptions.IgnoreCase)]
    private static partial Regex MyReportWords();

    [GeneratedRegex(@"^(?:谁还?没(?:有)?(?:交|提交)?报告|谁还?没(?:有)?提交|哪些单位还?没(?:有)?(?:交|提交)?报告|报告情况|填报情况|提交情况|报告进度|who\s+(?:has\s+not|hasn't|has\s+not\s+yet|hasn't\s+yet|did\s+not|didn't)\s+(?:reported|report|submitted)(?:\s+yet)?|report(?:ing)?\s+status)(?:\s+(?<round>\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletenessWords();

    [GeneratedRegex(@"^(?:会议简报|简报|汇编|报告汇编|汇编报告|生成简报|(?:the\s+)?(?:meeting\s+|compiled\s+)?brief(?:ing)?|compile(?:\s+the)?\s+(?:brief|reports))(?:\s+(?<round>\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex BriefWords();

    [GeneratedRegex(@"^(?:看板|工作看板|打开看板|数据看板|(?:show\s+(?:the\s+)?)?dashboard)$", RegexOptions.IgnoreCase)]
    private static partial Regex DashboardWords();
}
