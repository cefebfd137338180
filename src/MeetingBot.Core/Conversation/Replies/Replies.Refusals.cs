using System.Text.RegularExpressions;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// The domain explains a refusal in English (for logs and tests) with its error kind; here each explanation the
// domain gives is worded in Chinese, keeping the why and the who-can of the original.
public static partial class Replies
{
    public static string Refusal(Lang lang, DomainException refused)
    {
        if (lang == Lang.En) return $"Not done: {Accountless(EnglishDeadlineDays(refused.Message))}";
        foreach (var (pattern, render) in ChineseRefusals)
        {
            var match = pattern.Match(refused.Message);
            if (match.Success) return "没有执行：" + render(match);
        }
        return "没有执行：" + Generic(refused.Error);
    }

    // "张三 (msteams:29:1abc) is not…" → "张三 is not…": the channel's id of a person means nothing to people.
    private static string Accountless(string message) => AccountPattern().Replace(message, "$1");

    private static string Action(string english) => Actions.TryGetValue(english, out var zh) ? zh : english;

    private static readonly Dictionary<string, string> Actions = new()
    {
        ["add member units"] = "添加成员单位",
        ["remove member units"] = "移除成员单位",
        ["correct the imported tasks"] = "更正任务的牵头和责任单位",
        ["mark a task as not for this joint meeting"] = "标记不属于本联席会议的任务",
        ["add another name to a member unit"] = "为成员单位添加别名",
        ["merge member units"] = "合并成员单位",
        ["import the policy document again"] = "重新导入文件",
        ["add a policy document"] = "向联席会议添加政策文件",
        ["choose the secretariat unit"] = "指定联席会议办公室所在单位",
        ["approve contacts"] = "批准联络员",
        ["reject contacts"] = "拒绝联络员申请",
        ["assign roles"] = "指定角色",
        ["remove contacts"] = "移除联络员",
        ["bind a conversation to this joint meeting"] = "把群绑定到联席会议",
        ["unbind a conversation from this joint meeting"] = "解除群的绑定",
        ["schedule meetings"] = "安排会议",
        ["reschedule meetings"] = "调整会议",
        ["cancel meetings"] = "取消会议",
        ["record meetings as held"] = "登记会议已召开",
        ["open reporting rounds"] = "发起报告征集",
        ["reopen reporting rounds"] = "重新开放报告征集",
        ["close reporting rounds"] = "关闭报告征集",
        ["report for it"] = "代表该单位填报",
        ["answer for it"] = "代表该单位回复参会情况",
        ["change the reminder calendar"] = "修改提醒日历",
    };

    private static readonly (Regex Pattern, Func<Match, string> Render)[] ChineseRefusals =
    [
        (new(@"is not an approved contact of this joint meeting; only the convenor or the secretariat can (?<a>.+)\.$"),
            m => $"您还不是本联席会议已批准的成员。只有召集人或联席会议办公室可以{Action(m.Groups["a"].Value)}。"),
        (new(@"is not an approved contact of this joint meeting; the contacts of (?<u>.+) can (?<a>.+)\.$"),
            m => $"您还不是本联席会议已批准的成员。只有{m.Groups["u"].Value}的联络员可以{Action(m.Groups["a"].Value)}；如需加入，请发送“我是{m.Groups["u"].Value}联络员”。"),
        (new(@"^An observer only reads; the convenor or the secretariat can (?<a>.+)\.$"),
            m => $"列席人员只能查看。召集人或联席会议办公室可以{Action(m.Groups["a"].Value)}。"),
        (new(@"^An observer only reads; the contacts of (?<u>.+) can (?<a>.+)\.$"),
            m => $"列席人员只能查看。{m.Groups["u"].Value}的联络员可以{Action(m.Groups["a"].Value)}。"),
        (new(@"acts for another unit; only the contacts of (?<u>.+) can (?<a>.+)\.$"),
            m => $"您是其他单位的联络员，只能代表本单位操作；只有{m.Groups["u"].Value}的联络员可以{Action(m.Groups["a"].Value)}。"),
        (new(@"^Only the convenor or the secretariat can give the convenor or secretariat role\.$"),
            _ => "只有召集人或联席会议办公室可以指定召集人或办公室角色。"),
        (new(@"^Only the convenor or the secretariat can (?<a>.+)\.$"),
            m => $"只有召集人或联席会议办公室可以{Action(m.Groups["a"].Value)}。"),
        (new(@"^Only the convenor can (give or take the convenor role|remove the convenor)\.$"),
            _ => "只有召集人可以指定或移除召集人。"),
        (new(@"is already bound here as (?<r>\w+)\.$"),
            m => $"您已经是本联席会议的{RoleName(Lang.Zh, m.Groups["r"].Value)}，无需再次申请。"),
        (new(@"has no request waiting for approval\.$"),
            _ => "此人没有待批准的申请（可能已被处理）。"),
        (new(@"is not a contact here\.$"),
            _ => "此人不是本联席会议的联络员。"),
        (new(@"^'(?<u>.+)' is already a member unit"),
            m => $"“{m.Groups["u"].Value}”已经是成员单位。"),
        (new(@"^(?<t>\d{4}-\d\d-\d\d \d\d:\d\d) has passed; a meeting is scheduled for a time to come\.$"),
            m => $"{m.Groups["t"].Value} 已经过去，会议只能安排在将来的时间。"),
        (new(@"^A meeting lasts 15 minutes to 12 hours, not (?<n>\d+) minutes\.$"),
            m => $"会议时长应在 15 分钟到 12 小时之间，而不是 {m.Groups["n"].Value} 分钟。"),
        (new(@"^'(?<l>.+)' is not a web link"),
            m => $"“{m.Groups["l"].Value}”不是网址（应以 https:// 开头）。"),
        (new(@"^Meeting (?<id>\S+) is (?<s>\w+); it cannot be (?<w>.+)\.$"),
            m => $"会议 {m.Groups["id"].Value} {StatusName(m.Groups["s"].Value)}，不能再{What(m.Groups["w"].Value)}。"),
        (new(@"^Meeting (?<id>\S+) is (?<s>\w+); rounds are opened for planned meetings\.$"),
            m => $"会议 {m.Groups["id"].Value} {StatusName(m.Groups["s"].Value)}，只能为计划中的会议发起报告征集。"),
        (new(@"^Meeting (?<id>\S+) starts at (?<t>.+); it cannot be held before then\.$"),
            m => $"会议 {m.Groups["id"].Value} 在 {m.Groups["t"].Value} 开始，开始前不能登记为已召开。"),
        (new(@"^The deadline (?<d>\S+) has passed \(today is (?<t>\S+) in"),
            m => $"截止日期 {QuotedDay(Lang.Zh, m.Groups["d"].Value)} 已经过去（今天是 {QuotedDay(Lang.Zh, m.Groups["t"].Value)}）。"),
        (new(@"^The deadline (?<d>\S+) is after the meeting of (?<m>\S+);"),
            m => $"截止日期 {QuotedDay(Lang.Zh, m.Groups["d"].Value)} 晚于 {QuotedDay(Lang.Zh, m.Groups["m"].Value)} 的会议，报告应在会前提交。"),
        (new(@"^Round (?<r>\S+) is already open for meeting (?<m>\S+)\.$"),
            m => $"会议 {m.Groups["m"].Value} 已有进行中的报告征集 {m.Groups["r"].Value}。"),
        (new(@"^Round (?<r>\S+) is (already )?closed"),
            m => $"报告征集 {m.Groups["r"].Value} 已关闭；联席会议办公室可以重新开放。"),
        (new(@"^The deadline of round (?<r>\S+) has passed and (?<u>.+) has submitted;"),
            m => $"报告征集 {m.Groups["r"].Value} 已过截止日期，{m.Groups["u"].Value}的报告已提交，不能再修改；联席会议办公室可以重新开放征集。"),
        (new(@"^(?<u>.+) joined after round (?<r>\S+) was opened and is not asked in it\.$"),
            m => $"{m.Groups["u"].Value}是在报告征集 {m.Groups["r"].Value} 发起后加入的，本轮不需要填报。"),
        (new(@"^(?<u>.+) is not asked about task (?<t>\S+) in round"),
            m => $"本轮没有要求{m.Groups["u"].Value}报告任务 {m.Groups["t"].Value}。"),
        (new(@"^Sending a deputy needs the deputy's name\.$"),
            _ => "派员参加需要写明参会人员姓名。"),
        (new(@"^The (?<w>.+) has (?<n>\d+) characters; at most (?<m>\d+) are allowed\.$"),
            m => $"内容有 {m.Groups["n"].Value} 个字符，超过了 {m.Groups["m"].Value} 个字符的上限。"),
        (new(@"^The (?<w>.+) is empty\.$"),
            _ => "必填内容为空。"),
    ];

    private static string StatusName(string status) => status switch
    {
        "held" => "已召开",
        "cancelled" => "已取消",
        _ => "仍在计划中",
    };

    private static string What(string english) => english switch
    {
        "rescheduled" => "调整",
        "cancelled" => "取消",
        "marked as held" => "登记为已召开",
        "answered" => "回复参会情况",
        _ => english,
    };

    private static string Generic(DomainError error) => error switch
    {
        DomainError.NotAMember => "您还不是本联席会议已批准的成员。",
        DomainError.NotAllowed => "只有召集人或联席会议办公室可以这样做。",
        DomainError.ObserverCannotEdit => "列席人员只能查看。",
        DomainError.WrongUnit => "您只能代表本单位操作。",
        DomainError.UnknownUnit => "没有这个成员单位。",
        DomainError.DuplicateUnit => "该单位已经是成员单位。",
        DomainError.UnknownContact => "没有这个联络员。",
        DomainError.AlreadyBound => "您已经是本联席会议的成员。",
        DomainError.UnknownTask => "没有这项任务。",
        DomainError.TooManyRequests => "申请太多，暂时不能受理，请稍后再试或直接联系召集人。",
        DomainError.StaleVersion => "内容在此期间已被更新，为避免覆盖较新的内容，没有保存。请重新打开后再修改。",
        _ => "输入的内容不符合要求。",
    };

    public static string RoleName(Lang lang, string role) => (role, lang) switch
    {
        (nameof(ContactRole.Convenor), Lang.Zh) => "召集人",
        (nameof(ContactRole.Secretariat), Lang.Zh) => "联席会议办公室",
        (nameof(ContactRole.UnitContact), Lang.Zh) => "联络员",
        (nameof(ContactRole.Observer), Lang.Zh) => "列席人员",
        (nameof(ContactRole.Convenor), _) => "convenor",
        (nameof(ContactRole.Secretariat), _) => "secretariat",
        (nameof(ContactRole.UnitContact), _) => "unit contact",
        (nameof(ContactRole.Observer), _) => "observer",
        _ => role,
    };

    [GeneratedRegex(@"(\S[^()]*?) \([a-z]+:[^)]*\)")]
    private static partial Regex AccountPattern();
}
