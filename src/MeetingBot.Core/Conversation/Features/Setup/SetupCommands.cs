using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>A set-up command as typed: which one, and what it names.</summary>
public abstract record SetupCommand;

/// <summary>"政策文件" / "documents".</summary>
public sealed record ListDocumentsCommand : SetupCommand;

/// <summary>"创建联席会议 002 [id] [name]" / "create joint meeting from 002 [as id] [name]"; the document may be missing.</summary>
public sealed record CreateJointMeetingCommand(string? Document, string? Id, string? Name) : SetupCommand;

/// <summary>"绑定 yongnian" / "bind yongnian"; without an id the person is asked to choose.</summary>
public sealed record BindCommand(string? Target) : SetupCommand;

/// <summary>"解除绑定" / "unbind".</summary>
public sealed record UnbindCommand : SetupCommand;

/// <summary>"使用 yongnian" / "use yongnian" (1:1 chats); without an id the person is asked to choose.</summary>
public sealed record UseCommand(string? Target) : SetupCommand;

/// <summary>"联席会议列表 [第N页]" / "joint meetings [page N]".</summary>
public sealed record ListJointMeetingsCommand(int Page = 1) : SetupCommand;

/// <summary>"查找联席会议 永年 [第N页]" / "find joint meeting yongnian [page N]"; no words when none were given.</summary>
public sealed record FindJointMeetingsCommand(string? Query, int Page = 1) : SetupCommand;

/// <summary>Reads set-up commands in Chinese and English. Pure: the text in, a command or null out.</summary>
public static partial class SetupCommands
{
    public static SetupCommand? Parse(string text)
    {
        var t = Normalise(text);
        if (t.Length == 0) return null;
        if (DocumentsPattern().IsMatch(t)) return new ListDocumentsCommand();
        if (ListPattern().Match(t) is { Success: true } list) return new ListJointMeetingsCommand(PageOf(list));
        if (FindPattern().Match(t) is { Success: true } find)
            return new FindJointMeetingsCommand(Target(find.Groups["q"].Value), PageOf(find));
        if (UnbindPattern().IsMatch(t)) return new UnbindCommand();
        if (CreateFromPattern().Match(t) is { Success: true } from)
            return new CreateJointMeetingCommand(Document(from.Groups["doc"].Value), null, null);
        if (CreatePattern().Match(t) is { Success: true } create)
            return Create(create.Groups["rest"].Value);
        if (BindPattern().Match(t) is { Success: true } bind)
            return new BindCommand(Target(bind.Groups["id"].Value));
        if (UsePattern().Match(t) is { Success: true } use)
            return new UseCommand(Target(use.Groups["id"].Value));
        return null;
    }

    // "002 yongnian 区政府职业教育工作联席会议": the document, then an id if it looks like one, then the name.
    private static CreateJointMeetingCommand Create(string rest)
    {
        var words = new Queue<string>(rest.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        if (words.Count == 0) return new CreateJointMeetingCommand(null, null, null);
        var document = Document(words.Dequeue());
        if (words.TryPeek(out var keyword) && IdKeywords.Contains(keyword.ToLowerInvariant())) words.Dequeue();
        string? id = null;
        if (words.TryPeek(out var next) && IdPattern().IsMatch(next)) id = words.Dequeue();
        if (words.TryPeek(out var named) && NameKeywords.Contains(named.ToLowerInvariant())) words.Dequeue();
        var name = words.Count > 0 ? string.Join(' ', words) : null;
        return new CreateJointMeetingCommand(document, id, name);
    }

    private static readonly HashSet<string> IdKeywords = ["as", "id", "编号", "编号为", "id为"];
    private static readonly HashSet<string> NameKeywords = ["named", "called", "name", "名称", "名称为", "名为", "叫"];

    private static string Document(string word) => word.Trim().Trim('《', '》', '"', '“', '”', '「', '」');

    private static string? Target(string word) => word.Trim() is { Length: > 0 } t ? t : null;

    /// <summary>Trailing punctuation and a polite "请" do not change the command; full-width colons read as colons.</summary>
    internal static string Normalise(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '!', '！', '?', '？', '；', ';').Trim();
        if (t.StartsWith('请')) t = t[1..].TrimStart();
        if (t.StartsWith("please ", StringComparison.OrdinalIgnoreCase)) t = t[7..].TrimStart();
        return t;
    }

    [GeneratedRegex(@"^(?:政策文件(?:列表)?|文件列表|有哪些政策文件|政策文件有哪些|(?:list\s+)?(?:the\s+)?(?:policy\s+)?documents)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentsPattern();

    // A page number beyond any page there could be reads as the first past the limit, which no list has: the feature says so.
    private static int PageOf(Match match) =>
        !match.Groups["page"].Success ? 1
        : int.TryParse(match.Groups["page"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
            && page <= JointMeetingSearch.MaxPage ? page : JointMeetingSearch.MaxPage + 1;

    [GeneratedRegex(@"^(?:联席会议列表|所有联席会议|有哪些联席会议|(?:list\s+)?(?:all\s+)?(?:the\s+)?joint\s+meetings)(?:\s*第\s*(?<page>\d+)\s*页|\s+page\s+(?<page>\d+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^(?:(?:查找|搜索|找)联席会议[\s:：]*(?<q>.*?)(?:\s*第\s*(?<page>\d+)\s*页)?|(?:find|search(?:\s+for)?)\s+(?:a\s+|the\s+)?joint\s+meetings?(?:\s+(?:named|called|matching))?(?:\s+(?<q>.*?))?(?:\s+page\s+(?<page>\d+))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FindPattern();

    [GeneratedRegex(@"^(?:解除绑定|取消绑定|解绑|解除本群绑定|unbind(?:\s+this\s+(?:chat|group|channel|conversation))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnbindPattern();

    [GeneratedRegex(@"^(?:用|从|根据)\s*(?<doc>\S+?)\s*(?:创建|新建|建立)联席会议$")]
    private static partial Regex CreateFromPattern();

    [GeneratedRegex(@"^(?:(?:创建|新建|建立)联席会议|create\s+(?:a\s+)?(?:new\s+)?joint\s+meeting(?:\s+from)?(?:\s+(?:the\s+)?document)?)[\s:：]*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CreatePattern();

    // "绑定yongnian" may go without a space, "绑定说明" is not a command: a Chinese id needs the space.
    [GeneratedRegex(@"^(?:(?:把?本群)?绑定(?:到)?(?:联席会议)?(?:[\s:：]+(?<id>\S+)|(?<id>[A-Za-z0-9][\w.-]*))?|bind(?:\s+this\s+(?:chat|group|channel|conversation))?(?:\s+to)?(?:\s+(?:joint\s+meeting\s+)?(?<id>\S+))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BindPattern();

    [GeneratedRegex(@"^(?:(?:使用|切换到)(?:联席会议)?(?:[\s:：]+(?<id>\S+)|(?<id>[A-Za-z0-9][\w.-]*))?|(?:use|switch\s+to)(?:\s+(?:joint\s+meeting\s+)?(?<id>\S+))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UsePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex IdPattern();
}
