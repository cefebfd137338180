using System.Text;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Everything the bot says, in Chinese and English, in one class split by area (Replies.*.cs). Tests assert on
/// these, not on copied sentences.
/// </summary>
public static partial class Replies
{
    public static string NotUnderstood(Lang lang, string text) => lang.Pick(
        $"没有理解“{Shorten(text, 40)}”。输入“帮助”查看我能做的事。",
        $"I did not understand \"{Shorten(text, 40)}\". Type \"help\" to see what I can do.");

    public static string UnknownCardAction(Lang lang) => lang.Pick(
        "这张卡片的按钮已不再使用。输入“帮助”查看现在能做的事。",
        "That card's button is no longer in use. Type \"help\" to see what you can do now.");

    public static string KeptConflicting(Lang lang) => lang.Pick(
        "其他人正在同时修改同一内容，您的操作没有生效。请稍后再试一次。",
        "Someone else kept changing the same thing at the same time; nothing of yours was changed. Please try again.");

    public static string TooLarge(Lang lang) => lang.Pick(
        "内容太长，无法保存，没有做任何修改。请缩短后再试。",
        "That is too large to store; nothing was changed. Please shorten it and try again.");

    public static string StoreUnavailable(Lang lang) => lang.Pick(
        "存储暂时不可用，没有做任何修改。请稍后再试。",
        "Storage is unavailable for the moment; nothing was changed. Please try again shortly.");

    /// <summary>No joint meeting could be told for this conversation: how to pick one, with buttons.</summary>
    /// <summary>The longest message a choose card carries to answer after the choice.</summary>
    public const int MaxCarriedText = 2_000;

    public static OutgoingMessage ChooseJointMeeting(Lang lang, IReadOnlyList<JointMeeting> all, ConversationKind kind, string? unknownId, string? said = null)
    {
        var text = new StringBuilder();
        if (unknownId is not null)
            text.Append(lang.Pick($"联席会议“{unknownId}”已不存在。", $"Joint meeting \"{unknownId}\" no longer exists. "));
        if (all.Count == 0)
        {
            text.Append(lang.Pick("还没有任何联席会议。发送“创建联席会议 文件编号”用政策文件创建一个（“政策文件”列出可用的文件）。",
                "There is no joint meeting yet. Send \"create joint meeting [document number]\" to create one from a policy document (\"documents\" lists them)."));
            return new OutgoingMessage(text.ToString());
        }

        var verb = kind == ConversationKind.Personal ? lang.Pick("使用", "use") : lang.Pick("绑定", "bind");
        text.Append(kind == ConversationKind.Personal
            ? lang.Pick("请先选择要使用的联席会议：", "Which joint meeting? Choose one first:")
            : lang.Pick("这个群还没有绑定联席会议。召集人或联席会议办公室可以发送“绑定 编号”：", "This conversation is not bound to a joint meeting yet. The convenor or secretariat can send \"bind [id]\":"));
        foreach (var jm in all.Take(20))
            text.Append($"\n- **{jm.Id}** {jm.Name}  → “{verb} {jm.Id}”");
        if (all.Count > 20) text.Append(lang.Pick($"\n…… 共 {all.Count} 个", $"\n… {all.Count} in all"));

        var action = kind == ConversationKind.Personal ? "jm.use" : "jm.bind";
        var card = Card.Create(
            [Card.Text(text.ToString().Split('\n')[0], bold: true),
             Card.ChoiceInput("target", lang.Pick("联席会议", "Joint meeting"), all.Select(j => (Shorten($"{j.Id} {j.Name}", 80), j.Id)), all[0].Id, required: true)],
            [Card.Submit(kind == ConversationKind.Personal ? lang.Pick("使用", "Use") : lang.Pick("绑定到本群", "Bind here"), CardActions.Once(action, null, lang, (CardActions.ThenKey, said)))],
            lang);
        return new OutgoingMessage(text.ToString(), card);
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string UnitName(JointMeeting jointMeeting, string unitId) =>
        jointMeeting.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;
}
