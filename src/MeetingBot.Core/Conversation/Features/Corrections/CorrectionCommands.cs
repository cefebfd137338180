using System.Text.RegularExpressions;
using MeetingBot.Core.Conversation.Features.Membership;

namespace MeetingBot.Core.Conversation.Features.Corrections;

/// <summary>A correction of the imported document as typed: the task number and unit names as written (the feature finds them).</summary>
public abstract record CorrectionCommand;

/// <summary>"任务 二.三.4" / "task 2.3.4": the task with its units and targets.</summary>
public sealed record ShowTaskCommand(string Number) : CorrectionCommand;

/// <summary>"任务 二.三.4 牵头单位改为 区财政局" / "task 2.3.4 lead 区财政局" (or 责任单位 / responsible, several units).</summary>
public sealed record SetTaskUnitsCommand(string Number, bool Lead, IReadOnlyList<string> Units) : CorrectionCommand;

/// <summary>"任务 二.三.4 不属于本联席会议" / "task 2.3.4 not for this meeting".</summary>
public sealed record NotForThisMeetingCommand(string Number) : CorrectionCommand;

/// <summary>"单位别名 区人社局 人社局" / "alias 区人社局 as 人社局".</summary>
public sealed record AddAliasCommand(string Unit, string Alias) : CorrectionCommand;

/// <summary>"合并单位 区人力资源社会保障局 到 区人社局" / "merge unit X into Y": the first is merged into the second.</summary>
public sealed record MergeUnitsCommand(string Merged, string Kept) : CorrectionCommand;

/// <summary>"重新导入文件" / "reimport the document": the tasks read again from the joint meeting's document, corrections kept.</summary>
public sealed record ReimportCommand : CorrectionCommand;

/// <summary>Reads correction commands in Chinese and English. Pure: the text in, a command or null out.</summary>
public static partial class CorrectionCommands
{
    public static CorrectionCommand? Parse(string text)
    {
        var t = MembershipCommands.Normalise(text);
        if (t.Length == 0) return null;
        if (Reimport().IsMatch(t)) return new ReimportCommand();
        if (SetUnits().Match(t) is { Success: true } set)
            return new SetTaskUnitsCommand(set.Groups["n"].Value, set.Groups["role"].Value.ToLowerInvariant() is "牵头单位" or "牵头" or "lead",
                Names(set.Groups["units"].Value));
        if (NotForThisMeeting().Match(t) is { Success: true } not) return new NotForThisMeetingCommand(not.Groups["n"].Value);
        if (ShowTask().Match(t) is { Success: true } show) return new ShowTaskCommand(show.Groups["n"].Value);
        if (Alias().Match(t) is { Success: true } alias) return new AddAliasCommand(Name(alias.Groups["u"].Value), Name(alias.Groups["a"].Value));
        if (Merge().Match(t) is { Success: true } merge) return new MergeUnitsCommand(Name(merge.Groups["m"].Value), Name(merge.Groups["k"].Value));
        return null;
    }

    private static List<string> Names(string list) =>
        list.Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries).Select(Name).Where(n => n.Length > 0).ToList();

    private static string Name(string text) => text.Trim().Trim('“', '”', '"', '「', '」', '《', '》').Trim();

    // A task's number, after the label of the attachment or further document it is in (附件1.3, 文件2.一.1).
    private const string Number = @"(?<n>(?:(?:附件|文件)\d{0,2}|附表)?(?:[.．]?[一二三四五六七八九十百〇零\d]+)(?:[.．、][一二三四五六七八九十百〇零\d]+)*)";

    [GeneratedRegex(@"^(?:重新导入(?:政策)?文件|重新导入|re-?import(?:\s+the)?(?:\s+(?:policy\s+)?document)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reimport();

    [GeneratedRegex(@"^(?:任务|task)\s*" + Number + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex ShowTask();

    [GeneratedRegex(@"^(?:任务|task)\s*" + Number + @"\s*(?:的)?\s*(?<role>牵头单位|牵头|责任单位|lead|responsible)\s*(?:改为|改成|设为|为|是|:|：|to|=)?\s*(?<units>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetUnits();

    [GeneratedRegex(@"^(?:任务|task)\s*" + Number + @"\s*(?:不属于本联席会议|不属于本会议|不是本联席会议的任务|(?:is\s+)?not\s+for\s+this\s+(?:joint\s+)?meeting)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotForThisMeeting();

    [GeneratedRegex(@"^(?:单位别名|添加别名|别名)\s*(?<u>\S+)\s+(?:也叫|又称|=)?\s*(?<a>\S+)$|^alias\s+(?<u>\S+)\s+(?:as\s+)?(?<a>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();

    [GeneratedRegex(@"^合并(?:成员)?单位\s*(?<m>\S+?)\s*(?:到|并入|至|→)\s*(?<k>\S+)$|^merge\s+(?:unit\s+)?(?<m>\S+)\s+into\s+(?<k>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Merge();
}
