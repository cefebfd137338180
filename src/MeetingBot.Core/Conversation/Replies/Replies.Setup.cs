using System.Text;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation;

// Set-up: the policy documents, creating a joint meeting, binding conversations, choosing one in a 1:1 chat.
public static partial class Replies
{
    /// <summary>How many joint meetings or documents a list shows before it says how many more there are.</summary>
    public const int SetupListLimit = 20;

    public static string Documents(Lang lang, IReadOnlyList<PolicyDocument> documents)
    {
        if (documents.Count == 0)
            return lang.Pick("我还不知道任何政策文件。系统管理员可以把文件放进 seeds 文件夹后重启。",
                "I know no policy documents yet. The operator can put them in the seeds folder and restart.");
        var text = new StringBuilder(lang.Pick($"我知道这 {documents.Count} 份政策文件：", $"I know these {documents.Count} policy documents:"));
        foreach (var document in documents.Take(SetupListLimit))
            text.Append("\n- ").Append(DocumentLine(lang, document));
        if (documents.Count > SetupListLimit)
            text.Append(lang.Pick($"\n…… 另有 {documents.Count - SetupListLimit} 份", $"\n… and {documents.Count - SetupListLimit} more"));
        text.Append('\n').Append(lang.Pick(
            $"\n发送“创建联席会议 {PolicyCatalog.Number(documents[0])}”即可用其中一份创建联席会议（可加编号和名称：创建联席会议 {PolicyCatalog.Number(documents[0])} 编号 名称）。",
            $"\nSend \"create joint meeting from {PolicyCatalog.Number(documents[0])}\" to create a joint meeting from one (an id and a name may follow: create joint meeting from {PolicyCatalog.Number(documents[0])} as [id] [name])."));
        return text.ToString();
    }

    /// <summary>"002 《title》: convenor; 7 member units (…); at least 2 meetings a year".</summary>
    private static string DocumentLine(Lang lang, PolicyDocument document)
    {
        var line = new StringBuilder($"**{PolicyCatalog.Number(document)}** 《{Shorten(document.Title, 60)}》");
        if (document.JointMeeting is not { } clause)
            return line.Append(lang.Pick("：未写明联席会议条款（成员单位取自各任务写到的单位）", ": no joint-meeting clause (members are the units its tasks name)")).ToString();
        var parts = new List<string>();
        if (clause.Name is { } name) parts.Add(name);
        if (clause.Convenor is { } convenor) parts.Add(lang.Pick($"召集人：{convenor}", $"convenor: {convenor}"));
        if (clause.Members.Count > 0)
        {
            var members = Shorten(string.Join(ListSeparator(lang), clause.Members), 60);
            parts.Add(lang.Pick($"成员单位 {clause.Members.Count} 个（{members}）", $"{clause.Members.Count} member units ({members})"));
        }
        parts.Add(clause.MinMeetingsPerYear is { } n
            ? lang.Pick($"每年至少召开 {n} 次会议", $"at least {n} meetings a year")
            : lang.Pick("未写明每年开会次数", "meetings a year not stated"));
        return line.Append(lang.Pick("：", ": ")).Append(string.Join(lang.Pick("；", "; "), parts)).ToString();
    }

    public static string CreateNeedsDocument(Lang lang, IReadOnlyList<PolicyDocument> documents) =>
        lang.Pick("请说明用哪份政策文件创建，例如“创建联席会议 002”。", "Which policy document? For example \"create joint meeting from 002\".")
        + "\n\n" + Documents(lang, documents);

    public static string UnknownDocument(Lang lang, string key, IReadOnlyList<PolicyDocument> documents) =>
        lang.Pick($"没有找到政策文件“{Shorten(key, 40)}”（可以用编号、文件名或标题中独有的一段）。",
            $"No policy document \"{Shorten(key, 40)}\" (give its number, file name or a part of its title only it has).")
        + "\n\n" + Documents(lang, documents);

    public static string DuplicateJointMeetingId(Lang lang, JointMeeting existing, string documentNumber) => lang.Pick(
        $"编号“{existing.Id}”已被联席会议“{existing.Name}”使用，没有创建。请换一个编号，例如“创建联席会议 {documentNumber} {existing.Id}-2”，或不写编号由我来取。",
        $"The id \"{existing.Id}\" is taken by \"{existing.Name}\"; nothing was created. Choose another, e.g. \"create joint meeting from {documentNumber} as {existing.Id}-2\", or leave it out and I pick one.");

    /// <summary>What was created and what to do next.</summary>
    public static string Created(Lang lang, JointMeeting jm, PolicyDocument document, ConversationKind kind, bool boundHere, JointMeeting? keptBoundTo)
    {
        var units = Shorten(string.Join(ListSeparator(lang), jm.Units.Select(u => u.Name)), 200);
        var text = new StringBuilder(lang.Pick(
            $"已创建联席会议 **{jm.Name}**（编号 {jm.Id}），依据《{document.Title}》：\n- 成员单位 {jm.Units.Count} 个：{units}\n- 任务 {jm.Tasks.Count} 项（牵头和责任单位取自文件）\n- 每年至少召开 {jm.State.MinMeetingsPerYear} 次会议\n- 您是召集人",
            $"Created the joint meeting **{jm.Name}** (id {jm.Id}) from \"{document.Title}\":\n- {jm.Units.Count} member units: {units}\n- {jm.Tasks.Count} tasks (lead and responsible units from the document)\n- at least {jm.State.MinMeetingsPerYear} meetings a year\n- you are its convenor"));
        if (boundHere)
            text.Append(lang.Pick("\n- 本群已绑定到它：群里的消息都是关于它的", "\n- this conversation is bound to it: what is said here is about it"));
        if (keptBoundTo is not null)
            text.Append(lang.Pick($"\n- 本群仍绑定在“{keptBoundTo.Name}”（只有它的召集人或办公室可以改绑）",
                $"\n- this conversation stays bound to \"{keptBoundTo.Name}\" (only its convenor or secretariat can rebind it)"));
        text.Append(lang.Pick("\n\n下一步：", "\n\nNext steps:"));
        text.Append(lang.Pick(
            "\n1. 发送“成员单位”核对名单，用“添加成员单位 名称”或“移除成员单位 名称”调整",
            "\n1. Send \"member units\" to check the list; \"add unit [name]\" or \"remove unit [name]\" adjusts it"));
        text.Append(lang.Pick(
            $"\n2. 请各单位联络员发送“我是{jm.Units.FirstOrDefault()?.Name ?? "区财政局"}联络员”申请加入，您会收到批准请求",
            $"\n2. Ask each unit's contact to send \"I am the contact for {jm.Units.FirstOrDefault()?.Name ?? "[unit]"}\"; you get a request to approve"));
        text.Append(lang.Pick(
            "\n3. 申请加入后，可用“指定 姓名 为办公室”指定联席会议办公室",
            "\n3. Once they have asked to join, \"make [name] secretariat\" appoints the secretariat"));
        if (!boundHere && kind == ConversationKind.Personal)
            text.Append(lang.Pick($"\n4. 在联席会议的工作群里发送“绑定 {jm.Id}”", $"\n4. In the joint meeting's group chat, send \"bind {jm.Id}\""));
        return text.ToString();
    }

    public static string BoundHere(Lang lang, JointMeeting jm, JointMeeting? previous)
    {
        var text = new StringBuilder(lang.Pick(
            $"本群已绑定到联席会议 **{jm.Name}**（{jm.Id}）：群里的消息从此都是关于它的。",
            $"This conversation is now bound to the joint meeting **{jm.Name}** ({jm.Id}): what is said here is about it."));
        if (previous is not null)
            text.Append(lang.Pick($"原来绑定的“{previous.Name}”（{previous.Id}）已解除。", $" It is no longer bound to \"{previous.Name}\" ({previous.Id})."));
        text.Append(lang.Pick(
            previous is null ? "如需撤销，发送“解除绑定”。" : $"如需撤销，发送“绑定 {previous.Id}”。",
            previous is null ? " To undo, send \"unbind\"." : $" To undo, send \"bind {previous.Id}\"."));
        return text.ToString();
    }

    public static string AlreadyBoundHere(Lang lang, JointMeeting jm) => lang.Pick(
        $"本群已经绑定到联席会议 **{jm.Name}**（{jm.Id}），无需再次绑定。",
        $"This conversation is already bound to **{jm.Name}** ({jm.Id}).");

    public static string BoundElsewhere(Lang lang, JointMeeting current) => lang.Pick(
        $"本群目前绑定在联席会议“{current.Name}”（{current.Id}），没有改动。只有它的召集人或联席会议办公室可以解除或改绑。",
        $"This conversation is bound to \"{current.Name}\" ({current.Id}); nothing was changed. Only its convenor or secretariat can unbind or rebind it.");

    public static string Unbound(Lang lang, JointMeeting jm) => lang.Pick(
        $"本群已解除与联席会议“{jm.Name}”（{jm.Id}）的绑定。如需撤销，发送“绑定 {jm.Id}”。",
        $"This conversation is no longer bound to \"{jm.Name}\" ({jm.Id}). To undo, send \"bind {jm.Id}\".");

    public static string NotBound(Lang lang) => lang.Pick(
        "本群没有绑定任何联席会议，无需解除。",
        "This conversation is not bound to a joint meeting; there is nothing to unbind.");

    public static string BindingIsForGroups(Lang lang) => lang.Pick(
        "单聊不用绑定：发送“使用 编号”选择要使用的联席会议。绑定用于工作群。",
        "A 1:1 chat is not bound: send \"use [id]\" to choose a joint meeting. Binding is for group conversations.");

    public static string Using(Lang lang, JointMeeting jm) => lang.Pick(
        $"好的，在我们的单聊里，现在使用联席会议 **{jm.Name}**（{jm.Id}）。发送“帮助”查看能做的事。",
        $"OK: in this chat we now talk about **{jm.Name}** ({jm.Id}). Send \"help\" to see what you can do.");

    public static string UseInGroup(Lang lang, string target) => lang.Pick(
        $"群里使用哪个联席会议由绑定决定：召集人或联席会议办公室可以发送“绑定 {target}”。",
        $"In a group conversation the binding decides: the convenor or secretariat can send \"bind {target}\".");

    public static string UnknownJointMeeting(Lang lang, string key) => lang.Pick(
        $"没有编号或名称为“{Shorten(key, 40)}”的联席会议。",
        $"There is no joint meeting with the id or name \"{Shorten(key, 40)}\".");

    public static string ChoiceNotGiven(Lang lang) => lang.Pick(
        "没有收到选择的联席会议，没有做任何修改。", "No joint meeting was chosen; nothing was changed.");

    /// <summary>A card's field that cannot be what the bot sent (too long, malformed): nothing was done.</summary>
    public static string BadCardData(Lang lang) => lang.Pick(
        "卡片发来的内容无效，没有做任何修改。请重新发送命令。", "The card sent something invalid; nothing was changed. Please send the command again.");

    public static string JointMeetingGone(Lang lang, string id) => lang.Pick(
        $"这张卡片所属的联席会议“{Shorten(id, 40)}”已不存在，没有做任何修改。发送“联席会议列表”查看现有的。",
        $"The joint meeting \"{Shorten(id, 40)}\" of this card no longer exists; nothing was changed. Send \"joint meetings\" to see those there are.");
}
