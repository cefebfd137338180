using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// The frame of a "who" question wherever it stands (谁来管, 找谁, 归哪个部门, 是哪个单位的活, which department handles)
/// and the chat filler around a topic (这一块, 这事, 能不能告诉我, 到底), so that what is left is the topic alone.
/// </summary>
internal static partial class QuestionFrame
{
    /// <summary>The topic of a "who" question, or null when the text has no "who" frame.</summary>
    public static string? WhoTopic(string q)
    {
        var m = WhoZh().Match(q);
        if (!m.Success) m = WhoEn().Match(q);
        if (!m.Success) return null;
        return Topic(q.Remove(m.Index, m.Length));
    }

    /// <summary>A topic without the filler of chat: 校企合作这一块 → 校企合作, 能不能告诉我实训基地 → 实训基地.</summary>
    public static string Topic(string text)
    {
        var t = LeadingFiller().Replace(text.Trim(), "");
        for (var i = 0; i < 3; i++) t = TrailingFiller().Replace(t, "").Trim(' ', ',', '，', '、', ':', '：', '?', '？');
        return t.Trim(' ', '“', '”', '"', '\'', '「', '」', '《', '》');
    }

    // 谁(来)负责 / 由谁管 / 找谁 / 归哪个部门(管) / 是哪个单位的活 / 哪家牵头 / 谁发; the verb is optional: "这事找谁".
    [GeneratedRegex(@"(?:应该|应当|一般|到底|究竟|主要)?(?:是|由|归|找|问|属于)?(?:谁|哪(?:个|些|家|一个|一家)?(?:单位|部门|机构|局|厅|委|口子|家)|哪里|什么部门|什么单位)(?:来|去|在)?(?:负责|牵头|主管|管理|管|抓|发放|发|出钱|出|办|落实|主抓|分管|对接|组织|承担|推进|审批)?(?:的)?(?:活儿?|事儿?|工作|职责)?")]
    private static partial Regex WhoZh();

    [GeneratedRegex(@"\b(?:who|which (?:unit|department|bureau|agency|office|body)s?)(?:'s|’s| is| are)?(?: (?:responsible for|in charge of|leads?|owns?|handles?|manages?|takes? the lead (?:on|in|for)|looks? after|oversees?|deals? with|pays? for|funds?|runs?))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoEn();

    [GeneratedRegex(@"^(?:(?:你|您)?(?:能不能|能否|可以|可不可以)?(?:告诉我|说一下|说说|讲讲|查一下|查查|帮我查一下|帮我看看|问一下|问下)|我想(?:知道|问问?|了解)(?:一下)?|想(?:知道|了解)|谁知道|有人知道|请教一下|那个|就是|关于|有关|对于)+[,，:：\s]*")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:这一块|这块|这一块儿|这方面|方面|这件事|这事儿?|这个事儿?|这个|那块|的事情|的事儿?|的问题|的工作|工作|的活儿?|相关|呢|啊|呀|吗|吧|哈|哦|嘛|是|的)$|^(?:\s*the\s+|\s*(?:for|of|about|on)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();
}
