using System.Text.RegularExpressions;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>A membership command as typed: which one, and the names it gives (as typed: the feature finds them).</summary>
public abstract record MembershipCommand;

/// <summary>"成员单位" / "member units", with a page (1 unless given).</summary>
public sealed record ListUnitsCommand(int Page) : MembershipCommand;

public sealed record AddUnitCommand(string Name) : MembershipCommand;

/// <summary>"移除成员单位 X" asks to confirm; "确认移除成员单位 X" / "confirm remove unit X" does it.</summary>
public sealed record RemoveUnitCommand(string Name, bool Confirmed) : MembershipCommand;

/// <summary>"我是区财政局联络员" (a unit contact; the unit may be missing) or "我想列席" (an observer, no unit).</summary>
public sealed record JoinCommand(ContactRole Role, string? Unit) : MembershipCommand;

/// <summary>"待批准" / "pending".</summary>
public sealed record PendingCommand : MembershipCommand;

/// <summary>"批准 张三" / "reject 张三": who by display name or account id.</summary>
public sealed record DecideCommand(string Who, bool Approve) : MembershipCommand;

/// <summary>"指定 张三 为办公室" / "make 张三 contact for 区财政局".</summary>
public sealed record AssignRoleCommand(string Who, ContactRole Role, string? Unit) : MembershipCommand;

/// <summary>"退出" / "leave"; a last manager is asked to confirm ("确认退出").</summary>
public sealed record LeaveCommand(bool Confirmed) : MembershipCommand;

/// <summary>Reads membership commands in Chinese and English. Pure: the text in, a command or null out.</summary>
public static partial class MembershipCommands
{
    public static MembershipCommand? Parse(string text)
    {
        var t = Normalise(text);
        if (t.Length == 0) return null;
        if (ListUnitsPattern().Match(t) is { Success: true } list)
            return new ListUnitsCommand(int.TryParse(list.Groups["p"].Value, out var page) && page > 0 ? page : 1);
        if (AddUnitPattern().Match(t) is { Success: true } add)
            return new AddUnitCommand(Name(add.Groups["n"].Value));
        if (RemoveUnitPattern().Match(t) is { Success: true } remove)
            return new RemoveUnitCommand(Name(remove.Groups["n"].Value), remove.Groups["c"].Success);
        if (PendingPattern().IsMatch(t)) return new PendingCommand();
        if (ObserverPattern().IsMatch(t)) return new JoinCommand(ContactRole.Observer, null);
        if (JoinPattern().Match(t) is { Success: true } join)
            return new JoinCommand(ContactRole.UnitContact, join.Groups["u"].Success ? Name(join.Groups["u"].Value) : null);
        if (DecidePattern().Match(t) is { Success: true } decide)
            return new DecideCommand(Name(decide.Groups["w"].Value),
                decide.Groups["v"].Value.ToLowerInvariant() is "批准" or "approve");
        if (AssignPattern().Match(t) is { Success: true } assign && Role(assign.Groups["r"].Value) is { } role)
            return new AssignRoleCommand(Name(assign.Groups["w"].Value), role.Role, role.Unit);
        if (LeavePattern().Match(t) is { Success: true } leave)
            return new LeaveCommand(leave.Groups["c"].Success);
        return null;
    }

    // "办公室", "区财政局联络员", "contact for 区财政局", "observer".
    private static (ContactRole Role, string? Unit)? Role(string text)
    {
        var r = text.Trim();
        if (SecretariatPattern().IsMatch(r)) return (ContactRole.Secretariat, null);
        if (ConvenorPattern().IsMatch(r)) return (ContactRole.Convenor, null);
        if (ObserverRolePattern().IsMatch(r)) return (ContactRole.Observer, null);
        if (ContactRolePattern().Match(r) is { Success: true } contact) return (ContactRole.UnitContact, Name(contact.Groups["u"].Value));
        return null;
    }

    // Quotes and a leading @ (a mention typed by hand) are not part of a name.
    private static string Name(string text) => text.Trim().Trim('“', '”', '"', '「', '」', '《', '》').TrimStart('@').Trim();

    internal static string Normalise(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '!', '！', '?', '？', '；', ';').Trim();
        if (t.StartsWith('请')) t = t[1..].TrimStart();
        if (t.StartsWith("please ", StringComparison.OrdinalIgnoreCase)) t = t[7..].TrimStart();
        return t;
    }

    [GeneratedRegex(@"^(?:(?:查看|列出)?(?:成员单位(?:列表|名单)?|联络员(?:名单|列表)|成员单位有哪些|有哪些成员单位)(?:\s*(?:第\s*)?(?<p>\d{1,4})\s*页?)?|(?:show\s+|list\s+)?(?:the\s+)?(?:member\s+units|units|members|contacts)(?:\s+(?:page\s+)?(?<p>\d{1,4}))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListUnitsPattern();

    [GeneratedRegex(@"^(?:(?:添加|增加|新增)(?:成员)?单位[\s:：]*|add\s+(?:a\s+)?(?:member\s+)?unit[\s:]+)(?<n>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddUnitPattern();

    [GeneratedRegex(@"^(?:(?<c>确认)\s*(?:移除|删除|去掉|删掉)(?:成员)?单位[\s:：]*|(?:移除|删除|去掉|删掉)(?:成员)?单位[\s:：]*|(?<c>confirm\s+)?(?:remove|delete)\s+(?:the\s+)?(?:member\s+)?unit[\s:]+)(?<n>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemoveUnitPattern();

    [GeneratedRegex(@"^(?:(?:待批准|待审批|待审核|待处理)(?:的)?(?:申请|名单|列表)?|(?:加入)?申请列表|pending(?:\s+(?:join\s+)?requests)?|(?:join\s+)?requests)$", RegexOptions.IgnoreCase)]
    private static partial Regex PendingPattern();

    [GeneratedRegex(@"^(?:(?:我想|我要|申请)?列席(?:会议|联席会议)?|我是列席人员|(?:join|register)\s+as\s+(?:an?\s+)?observer|i\s+(?:want|would\s+like)\s+to\s+(?:observe|join\s+as\s+(?:an?\s+)?observer)|observe)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObserverPattern();

    [GeneratedRegex(@"^(?:我(?:就)?是\s*(?<u>.+?)\s*的?\s*(?:联络员|联系人)|(?:申请|我想|我要)?(?:成为|担任|做)\s*(?<u>.+?)\s*的?\s*(?:联络员|联系人)|我是(?:联络员|联系人)|(?:i\s+am|i'm|im)\s+(?:the\s+|a\s+)?(?:unit\s+)?(?:contact|liaison)(?:\s+person)?(?:\s+(?:for|of|at)(?:\s+(?<u>.+))?)?|(?:i\s+am|i'm)\s+(?<u>.+?)'s\s+contact|(?:join|register|sign\s+up)\s+as\s+(?:the\s+|a\s+)?contact(?:\s+(?:for|of)(?:\s+(?<u>.+))?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex JoinPattern();

    [GeneratedRegex(@"^(?:(?<v>批准|拒绝|驳回)\s*(?<w>.+?)(?:\s*的申请)?|(?<v>approve|reject|decline)\s+(?<w>.+?)(?:'s\s+request)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecidePattern();

    [GeneratedRegex(@"^(?:(?:指定|任命|设置|设定|设|让)\s*(?<w>.+?)\s*(?:为|担任|当|作为)\s*(?<r>.+)|(?:make|set|assign|appoint)\s+(?<w>.+?)\s+(?:as\s+)?(?:the\s+|an?\s+)?(?<r>(?:secretariat|convenor|observer|(?:unit\s+)?contact\s+(?:for|of)\s+.+)))$", RegexOptions.IgnoreCase)]
    private static partial Regex AssignPattern();

    [GeneratedRegex(@"^(?:联席会议)?办公室$|^秘书处$|^秘书$|^secretariat$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretariatPattern();

    [GeneratedRegex(@"^召集人$|^convenor$", RegexOptions.IgnoreCase)]
    private static partial Regex ConvenorPattern();

    [GeneratedRegex(@"^列席(?:人员)?$|^观察员$|^observer$", RegexOptions.IgnoreCase)]
    private static partial Regex ObserverRolePattern();

    [GeneratedRegex(@"^(?:(?<u>.+?)\s*的?\s*(?:联络员|联系人)|(?:unit\s+)?contact\s+(?:for|of)\s+(?<u>.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactRolePattern();

    [GeneratedRegex(@"^(?:(?<c>确认)?\s*(?:退出|退出联席会议|我要退出)|撤回申请|撤销申请|(?<c>confirm\s+)?leave(?:\s+(?:the\s+)?joint\s+meeting)?|withdraw(?:\s+my\s+request)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeavePattern();
}
