using System.Text;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// Membership: member units and their contacts, requests to join and their approval, roles, leaving.
public static partial class Replies
{
    /// <summary>Member units per page of "成员单位".</summary>
    public const int UnitsPageSize = 15;

    /// <summary>Requests one pending card shows (each with its two buttons).</summary>
    public const int PendingCardLimit = 8;

    // ---- describing people and roles ----

    /// <summary>"区财政局联络员" / "contact for 区财政局", "联席会议办公室" / "secretariat".</summary>
    public static string Describe(Lang lang, JointMeeting jm, ContactRole role, string? unitId) =>
        role == ContactRole.UnitContact && unitId is not null
            ? lang.Pick($"{UnitName(jm, unitId)}联络员", $"contact for {UnitName(jm, unitId)}")
            : RoleName(lang, role.ToString());

    private static string Names(IEnumerable<Contact> contacts, Lang lang) =>
        string.Join(lang.Pick("、", ", "), contacts.Select(c => c.Account.DisplayName));

    // ---- the unit list ----

    public static string UnitList(Lang lang, JointMeeting jm, int page, Participant me)
    {
        if (jm.Units.Count == 0)
            return lang.Pick($"**{jm.Name}** 还没有成员单位。召集人或办公室可以发送“添加成员单位 名称”。",
                $"**{jm.Name}** has no member units yet. The convenor or secretariat can send \"add unit [name]\".");
        var pages = (jm.Units.Count + UnitsPageSize - 1) / UnitsPageSize;
        var shown = Math.Clamp(page, 1, pages);
        var text = new StringBuilder(lang.Pick(
            $"**{jm.Name}** 的成员单位（共 {jm.Units.Count} 个{(pages > 1 ? $"，第 {shown}/{pages} 页" : "")}）：",
            $"Member units of **{jm.Name}** ({jm.Units.Count}{(pages > 1 ? $", page {shown} of {pages}" : "")}):"));
        if (page > pages)
            text.Append(lang.Pick($"（没有第 {page} 页，显示最后一页）", $" (there is no page {page}; this is the last)"));

        var number = (shown - 1) * UnitsPageSize;
        foreach (var unit in jm.Units.Skip((shown - 1) * UnitsPageSize).Take(UnitsPageSize))
        {
            text.Append($"\n{++number}. **{unit.Name}**");
            if (unit.Id == jm.State.SecretariatUnitId) text.Append(lang.Pick("（办公室所在单位）", " (secretariat's unit)"));
            // Contact names are for members; strangers see the units (they are in the document anyway).
            if (!me.IsMember) continue;
            var approved = jm.Contacts.Where(c => c.UnitId == unit.Id && c.Status == ContactStatus.Approved).ToList();
            var pending = me.IsManager ? jm.Contacts.Where(c => c.UnitId == unit.Id && c.Status == ContactStatus.Pending).ToList() : [];
            text.Append(lang.Pick("：", ": "));
            text.Append(approved.Count > 0 ? Names(approved, lang) : lang.Pick("暂无联络员", "no contact yet"));
            if (pending.Count > 0) text.Append(lang.Pick($"（待批准：{Names(pending, lang)}）", $" (waiting: {Names(pending, lang)})"));
        }

        if (me.IsMember)
        {
            var managers = jm.Contacts.Where(c => c is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat }).ToList();
            var observers = jm.Contacts.Where(c => c is { Status: ContactStatus.Approved, Role: ContactRole.Observer }).ToList();
            if (managers.Count > 0)
                text.Append('\n').Append(lang.Pick("\n召集人和联席会议办公室：", "\nConvenor and secretariat: "))
                    .Append(string.Join(lang.Pick("、", ", "), managers.Select(c => NameWithRole(lang, c))));
            if (observers.Count > 0)
                text.Append(lang.Pick($"\n列席人员：{Names(observers, lang)}", $"\nObservers: {Names(observers, lang)}"));
        }
        if (shown < pages)
            text.Append(lang.Pick($"\n\n发送“成员单位 {shown + 1}”查看下一页。", $"\n\nSend \"member units page {shown + 1}\" for the next page."));
        if (!me.IsMember)
            text.Append(lang.Pick($"\n\n如需加入，发送“我是{jm.Units[0].Name}联络员”（换成您的单位）。",
                $"\n\nTo join, send \"I am the contact for {jm.Units[0].Name}\" (with your unit)."));
        return text.ToString();
    }

    public static string UnitNotFound(Lang lang, string typed, JointMeeting jm) => lang.Pick(
        $"“{Shorten(typed, 40)}”不是 **{jm.Name}** 的成员单位。成员单位有：{UnitNames(jm, lang)}。",
        $"\"{Shorten(typed, 40)}\" is not a member unit of **{jm.Name}**. Its units: {UnitNames(jm, lang)}.");

    public static string UnitAmbiguous(Lang lang, string typed, IReadOnlyList<MemberUnit> candidates) => lang.Pick(
        $"“{Shorten(typed, 40)}”可能是：{string.Join("、", candidates.Select(u => u.Name))}。请写出单位全称。",
        $"\"{Shorten(typed, 40)}\" could be: {string.Join(", ", candidates.Select(u => u.Name))}. Please give the unit's full name.");

    public static string WhichUnit(Lang lang, JointMeeting jm) => lang.Pick(
        $"请说明是哪个单位的联络员，例如“我是{jm.Units.FirstOrDefault()?.Name ?? "区财政局"}联络员”。成员单位有：{UnitNames(jm, lang)}。",
        $"Which unit? For example \"I am the contact for {jm.Units.FirstOrDefault()?.Name ?? "[unit]"}\". Its units: {UnitNames(jm, lang)}.");

    private static string UnitNames(JointMeeting jm, Lang lang)
    {
        var names = jm.Units.Take(30).Select(u => u.Name).ToList();
        var list = string.Join(lang.Pick("、", ", "), names);
        return jm.Units.Count > names.Count ? list + lang.Pick($" 等 {jm.Units.Count} 个", $" and {jm.Units.Count - names.Count} more") : list;
    }

    // ---- adding and removing units ----

    public static string OneUnitAtATime(Lang lang) => lang.Pick(
        "一次添加一个成员单位，没有做任何修改。例如：添加成员单位 区审计局",
        "Add one unit at a time; nothing was changed. For example: add unit 区审计局");

    public static OutgoingMessage UnitAdded(Lang lang, JointMeeting jm, MemberUnit unit)
    {
        var tasks = jm.TasksOf(unit.Id).Count;
        var text = lang.Pick(
            $"已添加成员单位 **{unit.Name}**（现有 {jm.Units.Count} 个）。{(tasks > 0 ? $"文件中写到它的 {tasks} 项任务已计入。" : "文件中没有任务写到它。")}联络员可以发送“我是{unit.Name}联络员”申请加入。如需撤销，发送“移除成员单位 {unit.Name}”。",
            $"Added the member unit **{unit.Name}** ({jm.Units.Count} now). {(tasks > 0 ? $"The {tasks} tasks of the document that name it count it in." : "No task of the document names it.")} Its contact can send \"I am the contact for {unit.Name}\" to join. To undo, send \"remove unit {unit.Name}\".");
        var card = Card.Create(
            [Card.Text(text)],
            [Card.Submit(lang.Pick("撤销", "Undo"), CardActions.Once(MembershipActions.UndoAddUnit, jm.Id, lang, (MembershipActions.UnitKey, unit.Id)))],
            lang);
        return new OutgoingMessage(text, card);
    }

    /// <summary>Removing a unit drops its contacts: asked first, with a button and the sentence that does the same.</summary>
    public static OutgoingMessage ConfirmRemoveUnit(Lang lang, JointMeeting jm, MemberUnit unit)
    {
        var contacts = jm.Contacts.Where(c => c.UnitId == unit.Id).ToList();
        var tasks = jm.TasksOf(unit.Id).Count;
        var consequence = contacts.Count > 0
            ? lang.Pick($"它的 {contacts.Count} 位联络员（{Names(contacts, lang)}）将一并移除。", $"Its {contacts.Count} contacts ({Names(contacts, lang)}) are removed with it.")
            : lang.Pick("它还没有联络员。", "It has no contacts yet.");
        var text = lang.Pick(
            $"确定从 **{jm.Name}** 移除成员单位 **{unit.Name}** 吗？{consequence}{(tasks > 0 ? $"它参与的 {tasks} 项任务将不再计入它。" : "")}确认请发送“确认移除成员单位 {unit.Name}”。",
            $"Remove the member unit **{unit.Name}** from **{jm.Name}**? {consequence}{(tasks > 0 ? $" The {tasks} tasks it shares no longer count it." : "")} To confirm, send \"confirm remove unit {unit.Name}\".");
        var card = Card.Create(
            [Card.Title(lang.Pick("移除成员单位", "Remove a member unit")), Card.Text(text)],
            [
                Card.Submit(lang.Pick("确认移除", "Remove"), CardActions.Once(MembershipActions.RemoveUnit, jm.Id, lang, (MembershipActions.UnitKey, unit.Id)), ButtonStyle.Destructive),
                Card.Submit(lang.Pick("保留", "Keep"), CardActions.Data(MembershipActions.KeepUnit, jm.Id, lang, (MembershipActions.UnitKey, unit.Id))),
            ],
            lang);
        return new OutgoingMessage(text, card);
    }

    public static string UnitRemoved(Lang lang, string unitName, int contacts) => lang.Pick(
        $"已移除成员单位 **{unitName}**{(contacts > 0 ? $"及其 {contacts} 位联络员" : "")}。如需恢复，可以重新添加（“添加成员单位 {unitName}”），联络员需要重新申请。",
        $"Removed the member unit **{unitName}**{(contacts > 0 ? $" and its {contacts} contacts" : "")}. To restore it, add it again (\"add unit {unitName}\"); its contacts then ask to join again.");

    public static string UnitKept(Lang lang, string unitName) => lang.Pick(
        $"好的，保留 **{unitName}**，没有做任何修改。", $"OK, **{unitName}** stays; nothing was changed.");

    public static string UnitAlreadyRemoved(Lang lang) => lang.Pick(
        "这个成员单位已经被移除了，没有做任何修改。发送“成员单位”查看现在的名单。",
        "That member unit has been removed already; nothing was changed. Send \"member units\" to see the list now.");

    public static string YourUnitWasRemoved(Lang lang, JointMeeting jm, string unitName) => lang.Pick(
        $"**{unitName}** 已被移出联席会议“{jm.Name}”，您作为其联络员的身份随之取消。如有疑问，请联系召集人或联席会议办公室。",
        $"**{unitName}** was removed from the joint meeting \"{jm.Name}\", and with it your role as its contact. Ask the convenor or secretariat if this is unexpected.");

    // ---- joining ----

    public static string JoinRequested(Lang lang, JointMeeting jm, ContactRole role, string? unitId, bool anyoneToApprove)
    {
        var what = Describe(lang, jm, role, unitId);
        var text = lang.Pick(
            $"已提交申请：成为联席会议“{jm.Name}”的{what}。召集人和联席会议办公室批准后我会通知您。如需撤回，发送“退出”。",
            $"Your request to be the {what} in \"{jm.Name}\" is sent. I will tell you when the convenor or secretariat has decided. To withdraw it, send \"leave\".");
        if (!anyoneToApprove)
            text += lang.Pick("\n注意：本联席会议还没有召集人或办公室，暂时没有人能批准，请联系系统管理员。",
                "\nNote: this joint meeting has no convenor or secretariat yet, so nobody can approve it for now; please ask the operator.");
        return text;
    }

    /// <summary>The approval request the convenor and secretariat get, with 批准 / 拒绝 buttons carrying the account.</summary>
    public static OutgoingMessage ApprovalRequest(Lang lang, JointMeeting jm, Contact request)
    {
        var who = request.Account.DisplayName;
        var what = Describe(lang, jm, request.Role, request.UnitId);
        var text = lang.Pick(
            $"**{who}** 申请成为联席会议“{jm.Name}”的{what}。回复“批准 {who}”或“拒绝 {who}”；“待批准”列出所有申请。",
            $"**{who}** asks to be the {what} in \"{jm.Name}\". Reply \"approve {who}\" or \"reject {who}\"; \"pending\" lists all requests.");
        var card = Card.Create(
            [
                Card.Title(lang.Pick("加入申请", "Request to join")),
                Card.Facts([
                    (lang.Pick("申请人", "Who"), who),
                    (lang.Pick("申请", "As"), what),
                    (lang.Pick("联席会议", "Joint meeting"), jm.Name),
                ]),
            ],
            DecisionButtons(lang, jm, request, lang.Pick("批准", "Approve"), lang.Pick("拒绝", "Reject")),
            lang);
        return new OutgoingMessage(text, card);
    }

    private static CardAction[] DecisionButtons(Lang lang, JointMeeting jm, Contact request, string approve, string reject)
    {
        (string, string?)[] fields = [(MembershipActions.AccountKey, request.Account.Key), (MembershipActions.UnitKey, request.UnitId)];
        return
        [
            Card.Submit(approve, CardActions.Once(MembershipActions.Approve, jm.Id, lang, fields), ButtonStyle.Positive),
            Card.Submit(reject, CardActions.Once(MembershipActions.Reject, jm.Id, lang, fields), ButtonStyle.Destructive),
        ];
    }

    public static OutgoingMessage PendingList(Lang lang, JointMeeting jm)
    {
        var pending = jm.Contacts.Where(c => c.Status == ContactStatus.Pending).OrderBy(c => c.RequestedAt).ToList();
        if (pending.Count == 0)
            return new OutgoingMessage(lang.Pick($"“{jm.Name}”没有待批准的申请。", $"\"{jm.Name}\" has no requests waiting for approval."));

        var text = new StringBuilder(lang.Pick($"“{jm.Name}”有 {pending.Count} 个待批准的申请：", $"\"{jm.Name}\" has {pending.Count} requests waiting:"));
        foreach (var request in pending.Take(30))
            text.Append($"\n- **{request.Account.DisplayName}**{Disambiguation(pending, request)}{lang.Pick("：", ": ")}{Describe(lang, jm, request.Role, request.UnitId)}");
        if (pending.Count > 30) text.Append(lang.Pick($"\n…… 另有 {pending.Count - 30} 个", $"\n… and {pending.Count - 30} more"));
        text.Append(lang.Pick("\n\n回复“批准 姓名”或“拒绝 姓名”。", "\n\nReply \"approve [name]\" or \"reject [name]\"."));

        var body = new List<CardElement> { Card.Title(lang.Pick("待批准的申请", "Requests waiting")) };
        foreach (var request in pending.Take(PendingCardLimit))
        {
            var label = request.Account.DisplayName + Disambiguation(pending, request);
            body.Add(Card.Group(
                [
                    Card.Text($"**{label}**{lang.Pick("：", ": ")}{Describe(lang, jm, request.Role, request.UnitId)}"),
                    Card.Buttons(DecisionButtons(lang, jm, request, lang.Pick($"批准 {label}", $"Approve {label}"), lang.Pick($"拒绝 {label}", $"Reject {label}"))),
                ],
                separator: true));
        }
        if (pending.Count > PendingCardLimit)
            body.Add(Card.Text(lang.Pick($"卡片只列出前 {PendingCardLimit} 个；其余请按上面的文字处理。", $"The card shows the first {PendingCardLimit}; reply by text for the others."), subtle: true));
        return new OutgoingMessage(text.ToString(), Card.Create(body, null, lang));
    }

    // Two people of one name are told apart by their account, which "批准 <account>" also accepts.
    private static string Disambiguation(IReadOnlyList<Contact> all, Contact contact) =>
        all.Count(c => c.Account.DisplayName == contact.Account.DisplayName) > 1 ? $" ({contact.Account.Key})" : "";

    // ---- deciding ----

    public static string Approved(Lang lang, JointMeeting jm, Contact contact) => lang.Pick(
        $"已批准 **{contact.Account.DisplayName}** 为{Describe(lang, jm, contact.Role, contact.UnitId)}，已通知本人。",
        $"Approved **{contact.Account.DisplayName}** as the {Describe(lang, jm, contact.Role, contact.UnitId)}; they have been told.");

    public static string Rejected(Lang lang, ChatAccount account) => lang.Pick(
        $"已拒绝 **{account.DisplayName}** 的申请，已通知本人。", $"Rejected **{account.DisplayName}**'s request; they have been told.");

    public static OutgoingMessage YouWereApproved(Lang lang, JointMeeting jm, Contact contact) => new(lang.Pick(
        $"您已被批准为联席会议“{jm.Name}”的{Describe(lang, jm, contact.Role, contact.UnitId)}。发送“帮助”查看您能做的事。",
        $"You are approved as the {Describe(lang, jm, contact.Role, contact.UnitId)} in the joint meeting \"{jm.Name}\". Send \"help\" to see what you can do."));

    public static OutgoingMessage YouWereRejected(Lang lang, JointMeeting jm) => new(lang.Pick(
        $"您加入联席会议“{jm.Name}”的申请未获批准。如有疑问，请联系召集人或联席会议办公室。",
        $"Your request to join the joint meeting \"{jm.Name}\" was not approved. Ask the convenor or secretariat if this is unexpected."));

    public static string AlreadyDecided(Lang lang, JointMeeting jm, Contact contact) => lang.Pick(
        $"**{contact.Account.DisplayName}** 已经是{Describe(lang, jm, contact.Role, contact.UnitId)}{(contact.DecidedBy is { } by ? $"（由 {by.DisplayName} 处理）" : "")}，这张卡片已过期，没有做任何修改。",
        $"**{contact.Account.DisplayName}** is the {Describe(lang, jm, contact.Role, contact.UnitId)} already{(contact.DecidedBy is { } decider ? $" (decided by {decider.DisplayName})" : "")}; this card is out of date and nothing was changed.");

    public static string RequestChanged(Lang lang, JointMeeting jm, Contact contact) => lang.Pick(
        $"**{contact.Account.DisplayName}** 已改为申请成为{Describe(lang, jm, contact.Role, contact.UnitId)}，这张卡片已过期，没有做任何修改。请按最新的申请处理（“待批准”）。",
        $"**{contact.Account.DisplayName}** has since asked to be the {Describe(lang, jm, contact.Role, contact.UnitId)} instead; this card is out of date and nothing was changed. Decide on the new request (\"pending\").");

    public static string RequestUnitRemoved(Lang lang) => lang.Pick(
        "这份申请所属的成员单位已被移除，申请随之取消，没有做任何修改。",
        "The member unit of this request has been removed, and the request with it; nothing was changed.");

    public static string NoPendingNamed(Lang lang, string who, JointMeeting jm)
    {
        var pending = jm.Contacts.Where(c => c.Status == ContactStatus.Pending).ToList();
        return lang.Pick($"没有“{Shorten(who, 40)}”的待批准申请。", $"There is no request from \"{Shorten(who, 40)}\" waiting.")
            + (pending.Count == 0
                ? lang.Pick("目前没有待批准的申请。", " No request is waiting now.")
                : lang.Pick($"待批准的有：{Names(pending.Take(20), lang)}。", $" Waiting: {Names(pending.Take(20), lang)}."));
    }

    public static string AlreadyMember(Lang lang, JointMeeting jm, Contact contact) => lang.Pick(
        $"**{contact.Account.DisplayName}** 已经是{Describe(lang, jm, contact.Role, contact.UnitId)}，无需批准。",
        $"**{contact.Account.DisplayName}** is the {Describe(lang, jm, contact.Role, contact.UnitId)} already; there is nothing to approve.");

    /// <summary>The command a person was named in, to repeat with an account instead of the shared name.</summary>
    public enum SameNameVerb { Approve, Reject, Assign }

    /// <summary>Two or more people share the name: each with the account to type instead.</summary>
    public static string SameName(Lang lang, JointMeeting jm, string who, IReadOnlyList<Contact> matches, SameNameVerb verb)
    {
        var (verbZh, verbEn) = verb switch
        {
            SameNameVerb.Approve => ("批准", "approve"),
            SameNameVerb.Reject => ("拒绝", "reject"),
            _ => ("指定", "make"),
        };
        var text = new StringBuilder(lang.Pick($"有 {matches.Count} 位叫“{who}”的人，请用账号区分：", $"{matches.Count} people are called \"{who}\"; tell them apart by account:"));
        foreach (var contact in matches)
            text.Append($"\n- {Describe(lang, jm, contact.Role, contact.UnitId)}{(contact.Status == ContactStatus.Pending ? lang.Pick("（待批准）", " (waiting)") : "")}"
                + lang.Pick($"：“{verbZh} {contact.Account.Key}”", $": \"{verbEn} {contact.Account.Key}\""));
        return text.ToString();
    }

    // ---- roles ----

    public static string UnknownPerson(Lang lang, JointMeeting jm, string who) => lang.Pick(
        $"联席会议“{jm.Name}”里没有叫“{Shorten(who, 40)}”的人（已批准或申请中）。请他先向我发送“我是 单位 联络员”或“我想列席”，再指定角色。",
        $"Nobody called \"{Shorten(who, 40)}\" is known in \"{jm.Name}\" (approved or asking). Ask them to send me \"I am the contact for [unit]\" or \"join as observer\" first, then give the role.");

    public static string RoleAssigned(Lang lang, JointMeeting jm, Contact contact) => lang.Pick(
        $"已指定 **{contact.Account.DisplayName}** 为{Describe(lang, jm, contact.Role, contact.UnitId)}，已通知本人。",
        $"**{contact.Account.DisplayName}** is now the {Describe(lang, jm, contact.Role, contact.UnitId)}; they have been told.");

    public static OutgoingMessage YourRoleChanged(Lang lang, JointMeeting jm, Contact contact, ChatAccount by) => new(lang.Pick(
        $"{by.DisplayName} 指定您为联席会议“{jm.Name}”的{Describe(lang, jm, contact.Role, contact.UnitId)}。发送“帮助”查看您能做的事。",
        $"{by.DisplayName} made you the {Describe(lang, jm, contact.Role, contact.UnitId)} in the joint meeting \"{jm.Name}\". Send \"help\" to see what you can do."));

    // ---- leaving ----

    public static string NotAContact(Lang lang, JointMeeting jm) => lang.Pick(
        $"您不是联席会议“{jm.Name}”的成员，也没有待批准的申请，无需退出。",
        $"You are not a member of \"{jm.Name}\" and have no request waiting; there is nothing to leave.");

    public static string LastManagerLeaving(Lang lang, JointMeeting jm) => lang.Pick(
        $"您是“{jm.Name}”唯一的召集人或办公室成员：退出后没有人能批准申请、安排会议。建议先用“指定 姓名 为办公室”指定他人。仍要退出请发送“确认退出”。",
        $"You are the only convenor or secretariat of \"{jm.Name}\": once you leave nobody can approve requests or schedule meetings. Consider \"make [name] secretariat\" first. To leave anyway, send \"confirm leave\".");

    public static string Left(Lang lang, JointMeeting jm, Contact was) => lang.Pick(
        $"您已退出联席会议“{jm.Name}”（原为{Describe(lang, jm, was.Role, was.UnitId)}）。如需重新加入，请再次申请，经批准后生效。",
        $"You have left the joint meeting \"{jm.Name}\" (you were the {Describe(lang, jm, was.Role, was.UnitId)}). To come back, ask to join again; it needs approval.");

    public static string RequestWithdrawn(Lang lang, JointMeeting jm) => lang.Pick(
        $"已撤回您加入“{jm.Name}”的申请。", $"Your request to join \"{jm.Name}\" is withdrawn.");

    public static OutgoingMessage ContactLeft(Lang lang, JointMeeting jm, Contact was) => new(lang.Pick(
        $"{was.Account.DisplayName}（{Describe(lang, jm, was.Role, was.UnitId)}）已退出联席会议“{jm.Name}”。",
        $"{was.Account.DisplayName} ({Describe(lang, jm, was.Role, was.UnitId)}) has left the joint meeting \"{jm.Name}\"."));
}
