using System.Text;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// Choosing among many joint meetings: a page at a time, and a search by name (issue 23).
public static partial class Replies
{
    /// <summary>The longest message a choose card carries to answer after the choice.</summary>
    public const int MaxCarriedText = 2_000;

    /// <summary>
    /// No joint meeting could be told for this conversation: how to pick one, with a card of this page's joint
    /// meetings; when they do not fit on one page, a search box and buttons to the pages beside it.
    /// </summary>
    public static OutgoingMessage ChooseJointMeeting(Lang lang, JointMeetingPage page, ConversationKind kind, string? unknownId, string? said = null)
    {
        var text = new StringBuilder();
        if (unknownId is not null)
            text.Append(lang.Pick($"联席会议“{Shorten(unknownId, 40)}”已不存在。", $"Joint meeting \"{Shorten(unknownId, 40)}\" no longer exists. "));
        if (page.Total == 0 || page.Items.Count == 0)
        {
            text.Append(lang.Pick("还没有任何联席会议。发送“创建联席会议 文件编号”用政策文件创建一个（“政策文件”列出可用的文件）。",
                "There is no joint meeting yet. Send \"create joint meeting [document number]\" to create one from a policy document (\"documents\" lists them)."));
            return new OutgoingMessage(text.ToString());
        }

        var personal = kind == ConversationKind.Personal;
        var verb = personal ? lang.Pick("使用", "use") : lang.Pick("绑定", "bind");
        text.Append(personal
            ? lang.Pick("请先选择要使用的联席会议：", "Which joint meeting? Choose one first:")
            : lang.Pick("这个群还没有绑定联席会议。召集人或联席会议办公室可以发送“绑定 编号”：", "This conversation is not bound to a joint meeting yet. The convenor or secretariat can send \"bind [id]\":"));
        if (page.Query is { } query)
            text.Append(lang.Pick($"\n名称或编号含“{query}”的有 {page.Matches} 个。", $"\n{page.Matches} match \"{query}\"."));
        foreach (var jm in page.Items)
            text.Append($"\n- **{jm.Id}** {jm.Name}  → “{verb} {jm.Id}”");
        if (!page.IsWhole) text.Append('\n').Append(PageFooter(lang, page));

        var action = personal ? "jm.use" : "jm.bind";
        var body = new List<CardElement>
        {
            Card.Text(text.ToString().Split('\n')[0], bold: true),
            Card.ChoiceInput("target", lang.Pick("联席会议", "Joint meeting"), page.Items.Select(j => (Shorten($"{j.Id} {j.Name}", 80), j.Id)), page.Items[0].Id, required: true),
        };
        var actions = new List<CardAction>
        {
            Card.Submit(personal ? lang.Pick("使用", "Use") : lang.Pick("绑定到本群", "Bind here"), CardActions.Once(action, null, lang, (CardActions.ThenKey, said))),
        };
        if (!page.IsWhole)
        {
            if (page.Query is not null) body.Add(Card.Text(lang.Pick($"“{page.Query}”：第 {page.Page}/{page.Pages} 页", $"\"{page.Query}\": page {page.Page} of {page.Pages}"), subtle: true));
            else body.Add(Card.Text(lang.Pick($"共 {page.Total} 个，第 {page.Page}/{page.Pages} 页", $"{page.Total} in all, page {page.Page} of {page.Pages}"), subtle: true));
            body.Add(Card.TextInput(JointMeetingSearch.QueryInput, lang.Pick("按名称查找", "Find by name"), placeholder: lang.Pick("名称中的字，例如：永年", "Words of its name"),
                maxLength: JointMeetingSearch.MaxQueryLength));
            actions.Add(Card.Submit(lang.Pick("查找", "Find"), CardActions.Data(JointMeetingSearch.FindAction, null, lang, (CardActions.ThenKey, said))));
            if (page.Page > 1) actions.Add(PageButton(lang, lang.Pick("上一页", "Previous page"), page, page.Page - 1, said));
            if (page.Page < page.Pages) actions.Add(PageButton(lang, lang.Pick("下一页", "Next page"), page, page.Page + 1, said));
        }
        return new OutgoingMessage(text.ToString(), Card.Create(body, actions, lang));
    }

    private static CardSubmit PageButton(Lang lang, string title, JointMeetingPage page, int to, string? said) =>
        Card.Submit(title, CardActions.Data(JointMeetingSearch.FindAction, null, lang,
            (JointMeetingSearch.PagedQueryKey, page.Query ?? ""), (JointMeetingSearch.PageKey, to.ToString(System.Globalization.CultureInfo.InvariantCulture)), (CardActions.ThenKey, said)));

    /// <summary>"Page 2 of 31 (305 in all). Next: … Find by name: …": how to go on by typing.</summary>
    private static string PageFooter(Lang lang, JointMeetingPage page)
    {
        var zhCommand = page.Query is null ? "联席会议列表" : $"查找联席会议 {page.Query}";
        var enCommand = page.Query is null ? "joint meetings" : $"find joint meeting {page.Query}";
        var text = new StringBuilder(lang.Pick($"第 {page.Page}/{page.Pages} 页（共 {page.Matches} 个）。", $"Page {page.Page} of {page.Pages} ({page.Matches} in all)."));
        if (page.Page < page.Pages) text.Append(lang.Pick($"下一页：“{zhCommand} 第{page.Page + 1}页”。", $" Next: \"{enCommand} page {page.Page + 1}\"."));
        text.Append(lang.Pick("按名称查找：“查找联席会议 名称中的字”。", " Find by name: \"find joint meeting [words of its name]\"."));
        return text.ToString();
    }

    /// <summary>A page of the deployment's joint meetings, marking the one in use here and this person's role in each.</summary>
    public static string JointMeetingList(Lang lang, JointMeetingPage page, string? inUseId, Domain.Accounts.ChatAccount person, ConversationKind kind)
    {
        if (page.Total == 0)
            return lang.Pick("还没有任何联席会议。发送“创建联席会议 文件编号”创建一个（“政策文件”列出可用的文件）。",
                "There is no joint meeting yet. Send \"create joint meeting from [document number]\" to create one (\"documents\" lists them).");
        var text = new StringBuilder(page.Query is { } query
            ? lang.Pick($"名称或编号含“{query}”的联席会议有 {page.Matches} 个：", $"{page.Matches} joint meetings match \"{query}\":")
            : lang.Pick($"共有 {page.Total} 个联席会议：", $"{page.Total} joint meetings:"));
        foreach (var jm in page.Items)
        {
            text.Append($"\n- **{jm.Id}** {jm.Name}");
            text.Append(lang.Pick($"（{jm.Units.Count} 个成员单位", $" ({jm.Units.Count} member units"));
            if (jm.Identify(person).Role is { } role) text.Append(lang.Pick("，您是", ", you are the ")).Append(RoleName(lang, role.ToString()));
            text.Append(lang.Pick("）", ")"));
            if (jm.Id == inUseId) text.Append(lang.Pick(" ← 当前使用", " ← in use here"));
        }
        if (!page.IsWhole) text.Append('\n').Append(PageFooter(lang, page));
        text.Append('\n').Append(kind == ConversationKind.Personal
            ? lang.Pick("\n发送“使用 编号”切换。", "\nSend \"use [id]\" to switch.")
            : lang.Pick("\n召集人或办公室可以发送“绑定 编号”把本群绑定到其中一个。", "\nThe convenor or secretariat can send \"bind [id]\" to bind this conversation to one."));
        return text.ToString();
    }

    public static string JointMeetingSearchNeedsWords(Lang lang) => lang.Pick(
        "请写上要找的联席会议名称中的字，例如“查找联席会议 永年”。",
        "Say which words of its name to look for, e.g. \"find joint meeting yongnian\".");

    public static string NoJointMeetingMatches(Lang lang, string query, int total) => lang.Pick(
        $"{total} 个联席会议中，没有名称或编号含“{Shorten(query, 40)}”的。换几个字再试，或发送“联席会议列表”逐页查看。",
        $"None of the {total} joint meetings has \"{Shorten(query, 40)}\" in its name or id. Try other words, or send \"joint meetings\" to see them page by page.");

    public static string NoSuchJointMeetingPage(Lang lang, int page, int pages) => lang.Pick(
        $"没有第 {page} 页：只有 {pages} 页。",
        $"There is no page {page}: there are {pages}.");

    /// <summary>"使用 职业教育" names several: none was chosen; the card that follows shows them.</summary>
    public static string SeveralJointMeetingsMatch(Lang lang, string key, int count) => lang.Pick(
        $"名称含“{Shorten(key, 40)}”的联席会议有 {count} 个，没有选择任何一个。请从下面选择，或写出编号。",
        $"{count} joint meetings have \"{Shorten(key, 40)}\" in their name; none was chosen. Choose one below, or give its id.");

    /// <summary>A stranger's help, where no joint meeting is known: how to find theirs among many.</summary>
    public static string HelpFindJointMeeting(Lang lang, int total, ConversationKind kind) => total switch
    {
        0 => lang.Pick("还没有任何联席会议。", "There is no joint meeting yet."),
        _ when kind == ConversationKind.Personal => lang.Pick(
            $"这里有 {total} 个联席会议：发送“查找联席会议 名称中的字”找到您的，再“使用 编号”。",
            $"There are {total} joint meetings: send \"find joint meeting [words of its name]\" to find yours, then \"use [id]\"."),
        _ => lang.Pick(
            $"这里有 {total} 个联席会议：发送“查找联席会议 名称中的字”找到本群的，召集人或办公室再“绑定 编号”。",
            $"There are {total} joint meetings: send \"find joint meeting [words of its name]\" to find this group's; its convenor or secretariat then sends \"bind [id]\"."),
    };
}
