using System.Text;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation;

// Reporting: opening rounds, report cards and texts, submissions, who has reported, the compiled brief.
public static partial class Replies
{
    public static string StatusName(Lang lang, ProgressStatus status) => (status, lang) switch
    {
        (ProgressStatus.NotStarted, Lang.Zh) => "未开始",
        (ProgressStatus.OnTrack, Lang.Zh) => "进行中（按计划）",
        (ProgressStatus.AtRisk, Lang.Zh) => "有风险",
        (ProgressStatus.Done, Lang.Zh) => "已完成",
        (ProgressStatus.NotStarted, _) => "not started",
        (ProgressStatus.OnTrack, _) => "on track",
        (ProgressStatus.AtRisk, _) => "at risk",
        _ => "done",
    };

    public static string TaskRole(Lang lang, bool lead) => lead ? lang.Pick("牵头", "lead") : lang.Pick("参与", "shared");

    /// <summary>"二.三.4 建立一支双师型教师队伍（牵头）".</summary>
    public static string WithRole(Lang lang, string label, bool lead) => lang.Pick($"{label}（{TaskRole(lang, lead)}）", $"{label} ({TaskRole(lang, lead)})");

    public static string MeetingWhen(Meeting meeting) => $"{meeting.State.LocalStart:yyyy-MM-dd HH:mm}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static string List(Lang lang, IEnumerable<string> items) => string.Join(lang.Pick("、", ", "), items);

    // ---- Opening a round ----

    public static string BadDeadline(Lang lang, string text) => lang.Pick(
        $"“{Shorten(text, 40)}”不是日期，没有发起报告征集。请写成 2026-06-10、2026年6月10日 或 6月10日。",
        $"\"{Shorten(text, 40)}\" is not a date; no round was opened. Write it as 2026-06-10, June 10 or 10 June 2026.");

    public static string NoPlannedMeeting(Lang lang) => lang.Pick(
        "还没有计划中的会议，无法发起报告征集。请先安排会议，例如“安排会议 2026-06-18 14:30 第一次全体会议”。",
        "There is no planned meeting to open a reporting round for. Schedule one first, e.g. \"schedule meeting 2026-06-18 14:30 first plenary\".");

    public static string EveryMeetingHasRound(Lang lang, IEnumerable<(string Round, string Meeting)> open) => lang.Pick(
        $"每个计划中的会议都已有进行中的报告征集（{List(lang, open.Select(o => $"{o.Round}：会议 {o.Meeting}"))}）。发送“报告情况”查看进度。",
        $"Every planned meeting already has an open reporting round ({List(lang, open.Select(o => $"{o.Round}: meeting {o.Meeting}"))}). Send \"report status\" to see how it goes.");

    public static string UnknownMeeting(Lang lang, string id, IReadOnlyList<Meeting> upcoming) => lang.Pick(
        $"没有编号为“{Shorten(id, 40)}”的会议，没有发起报告征集。" + (upcoming.Count == 0 ? "目前没有计划中的会议。" : $"计划中的会议：{List(lang, upcoming.Select(m => $"{m.Id}（{MeetingWhen(m)}）"))}。"),
        $"There is no meeting \"{Shorten(id, 40)}\"; no round was opened. " + (upcoming.Count == 0 ? "No meeting is planned." : $"Planned meetings: {List(lang, upcoming.Select(m => $"{m.Id} ({MeetingWhen(m)})"))}."));

    public static string OpenRoundCardText(Lang lang, IReadOnlyList<Meeting> meetings) => lang.Pick(
        $"请选择会议并填写报告截止日期。也可以直接发送“发起报告 {meetings[0].Id} 截止 2026-06-10”。",
        $"Choose the meeting and the report deadline. You can also type \"open reports for {meetings[0].Id} due 2026-06-10\".");

    public static string OpenRoundTitle(Lang lang) => lang.Pick("发起报告征集", "Open a reporting round");

    public static string MeetingLabel(Lang lang) => lang.Pick("会议", "Meeting");

    public static string DeadlineLabel(Lang lang) => lang.Pick("报告截止日期", "Report deadline");

    public static string OpenButton(Lang lang) => lang.Pick("发起", "Open round");

    public static string MissingCardInput(Lang lang) => lang.Pick(
        "卡片缺少会议或截止日期，没有发起报告征集。请重新发送“发起报告”。",
        "The card did not say which meeting or deadline; no round was opened. Send \"open reports\" again.");

    public static string RoundOpened(Lang lang, ReportingRound round, Meeting meeting, int units, int tasks, int contacts,
        IReadOnlyList<string> unitsWithoutContacts, IReadOnlyList<string> unitsWithoutTasks)
    {
        var text = new StringBuilder(lang.Pick(
            $"已发起报告征集 **{round.Id}**：会议 {meeting.Id}（{MeetingWhen(meeting)}），截止 **{ReportDeadline(lang, round.State.Deadline)}**。{units} 个成员单位、共 {tasks} 项任务需要报告；已向 {contacts} 位联络员发送填报卡片。",
            $"Opened reporting round **{round.Id}** for meeting {meeting.Id} ({MeetingWhen(meeting)}), due **{ReportDeadline(lang, round.State.Deadline)}**. {units} member units report on {tasks} tasks in all; report cards went to {contacts} contacts."));
        if (unitsWithoutContacts.Count > 0)
            text.Append(lang.Pick(
                $"\n尚无联络员的单位：{List(lang, unitsWithoutContacts)}（联络员获批后发送“我的报告”即可填报）。",
                $"\nUnits with no contact yet: {List(lang, unitsWithoutContacts)} (once approved, a contact sends \"my report\" to fill it in)."));
        if (unitsWithoutTasks.Count > 0)
            text.Append(lang.Pick(
                $"\n本轮没有任务、无需报告的单位：{List(lang, unitsWithoutTasks)}。",
                $"\nUnits with no task in this round (nothing to report): {List(lang, unitsWithoutTasks)}."));
        text.Append(lang.Pick("\n发送“谁还没交报告”查看进度，“会议简报”查看汇编。", "\nSend \"who has not reported\" to follow it, \"brief\" for the compiled brief."));
        return text.ToString();
    }

    // ---- The report card ----

    public static string ReportCardTitle(Lang lang, string unit) => lang.Pick($"进度报告：{unit}", $"Progress report: {unit}");

    public static string ReportCardSubtitle(Lang lang, ReportingRound round, Meeting? meeting) => lang.Pick(
        $"报告征集 {round.Id} · 截止 {ReportDeadline(lang, round.State.Deadline)}" + (meeting is null ? "" : $" · 会议 {MeetingWhen(meeting)}"),
        $"Round {round.Id} · due {ReportDeadline(lang, round.State.Deadline)}" + (meeting is null ? "" : $" · meeting {MeetingWhen(meeting)}"));

    public static string ReportCardPage(Lang lang, int page, int pages, int from, int to, int total, ProgressReport? report) => lang.Pick(
        $"第 {page}/{pages} 页：任务 {from}–{to}（共 {total} 项）。{ReportState(lang, report)}每页可单独保存。",
        $"Page {page} of {pages}: tasks {from}–{to} of {total}. {ReportState(lang, report)}Each page saves on its own.");

    private static string ReportState(Lang lang, ProgressReport? report) => report switch
    {
        null or { IsNew: true } => lang.Pick("尚未填写。", "Nothing saved yet. "),
        { State.Submitted: true, State.Late: true } => lang.Pick($"已提交（逾期，第 {report.State.Version} 版）。", $"Submitted (late, version {report.State.Version}). "),
        { State.Submitted: true } => lang.Pick($"已提交（第 {report.State.Version} 版）。", $"Submitted (version {report.State.Version}). "),
        _ => lang.Pick($"草稿（第 {report.State.Version} 版，未提交）。", $"Draft (version {report.State.Version}, not submitted). "),
    };

    public static string TaskTargets(Lang lang, bool lead, IReadOnlyList<TaskTarget> targets)
    {
        var role = TaskRole(lang, lead);
        if (targets.Count == 0) return lang.Pick($"{role} · 无量化目标", $"{role} · no numeric target");
        return role + " · " + lang.Pick("目标：", "targets: ") + string.Join(lang.Pick("；", "; "),
            targets.Select((t, k) => $"{k + 1}) {Shorten(t.Text, 120)}" + (t.Deadline is { } d ? lang.Pick($"（{Day(d)}）", $" (by {Day(d)})") : "")));
    }

    public static string StatusLabel(Lang lang) => lang.Pick("状态", "Status");

    public static string FigureLabel(Lang lang, int k, TaskTarget target) => lang.Pick(
        $"目标 {k + 1} 完成情况" + (target.Value is { } v ? $"（目标值 {v}）" : ""),
        $"Target {k + 1} figure" + (target.Value is { } value ? $" (target {value})" : ""));

    public static string NarrativeLabel(Lang lang) => lang.Pick("进展说明", "Progress");

    public static string KeptNarrative(Lang lang, int length) => lang.Pick(
        $"已有 {length} 字的说明，太长无法在卡片中显示；此处留空则保持原文，填写则替换。",
        $"The saved text ({length} characters) is too long to show here; leave this empty to keep it, or type to replace it.");

    public static string SaveDraftButton(Lang lang) => lang.Pick("保存草稿", "Save draft");

    public static string SubmitButton(Lang lang) => lang.Pick("提交", "Submit");

    public static string NextPageButton(Lang lang) => lang.Pick("下一页", "Next page");

    public static string ReportCardText(Lang lang, string unit, ReportingRound round, int page, int pages, IEnumerable<string> taskLines, string exampleTask) =>
        lang.Pick(
            $"**进度报告：{unit}**（报告征集 {round.Id}，截止 {ReportDeadline(lang, round.State.Deadline)}，第 {page}/{pages} 页）\n请逐项填写状态、目标完成数和进展说明，点“保存草稿”，填完后点“提交”。\n"
            + string.Join('\n', taskLines.Select(l => "- " + l))
            + $"\n不能显示卡片时：发送“报告 {exampleTask}：进展情况”记入草稿，发送“提交报告”提交。",
            $"**Progress report: {unit}** (round {round.Id}, due {ReportDeadline(lang, round.State.Deadline)}, page {page} of {pages})\nFill in each task's status, figures and progress, press \"Save draft\", and \"Submit\" when done.\n"
            + string.Join('\n', taskLines.Select(l => "- " + l))
            + $"\nWithout cards: send \"report {exampleTask}: [progress]\" to add to the draft, then \"submit report\".");

    // ---- Saving ----

    public static string PageEmpty(Lang lang) => lang.Pick(
        "这一页没有填写任何内容，没有保存。请至少填写一项的状态、数字或说明。",
        "Nothing was filled in on this page, so nothing was saved. Fill in a status, a figure or some text for at least one task.");

    public static string BadStatus(Lang lang, string value) => lang.Pick(
        $"“{Shorten(value, 30)}”不是有效的状态，没有保存。状态可以是：未开始、进行中（按计划）、有风险、已完成。",
        $"\"{Shorten(value, 30)}\" is not a status; nothing was saved. A status is one of: not started, on track, at risk, done.");

    public static string BadReportCard(Lang lang) => lang.Pick(
        "这张卡片的内容不完整，没有保存。请发送“我的报告”获取新的填报卡片。",
        "That card's data is incomplete; nothing was saved. Send \"my report\" for a fresh report card.");

    public static string DraftSaved(Lang lang, string unit, ReportingRound round, ProgressReport report, IEnumerable<string> tasks, bool stillSubmitted) =>
        stillSubmitted
            ? lang.Pick(
                $"已更新{unit}已提交的报告（第 {report.State.Version} 版）：{List(lang, tasks)}。报告仍为已提交，截止 {ReportDeadline(lang, round.State.Deadline)} 前仍可修改，无需再次提交。",
                $"Updated the submitted report of {unit} (version {report.State.Version}): {List(lang, tasks)}. It stays submitted; edit it until {ReportDeadline(lang, round.State.Deadline)}.")
            : lang.Pick(
                $"已保存{unit}的草稿（第 {report.State.Version} 版）：{List(lang, tasks)}。截止 {ReportDeadline(lang, round.State.Deadline)} 前可随时修改；填完后点“提交”或发送“提交报告”。",
                $"Saved the draft of {unit} (version {report.State.Version}): {List(lang, tasks)}. Edit it until {ReportDeadline(lang, round.State.Deadline)}; press \"Submit\" or send \"submit report\" when done.");

    public static string Submitted(Lang lang, string unit, ReportingRound round, ProgressReport report, IReadOnlyList<string> unfilled)
    {
        var text = new StringBuilder(report.State.Late
            ? lang.Pick($"已提交{unit}的报告（报告征集 {round.Id}，第 {report.State.Version} 版）。已过截止日期 {ReportDeadline(lang, round.State.Deadline)}，报告标记为逾期。",
                $"Submitted the report of {unit} (round {round.Id}, version {report.State.Version}). The deadline {ReportDeadline(lang, round.State.Deadline)} has passed, so it is marked late.")
            : lang.Pick($"已提交{unit}的报告（报告征集 {round.Id}，第 {report.State.Version} 版）。截止 {ReportDeadline(lang, round.State.Deadline)} 前仍可修改。",
                $"Submitted the report of {unit} (round {round.Id}, version {report.State.Version}). You can still edit it until {ReportDeadline(lang, round.State.Deadline)}."));
        if (unfilled.Count > 0)
            text.Append(lang.Pick($"\n尚有 {unfilled.Count} 项任务没有填写：{List(lang, unfilled.Take(10))}{(unfilled.Count > 10 ? "等" : "")}。",
                $"\n{unfilled.Count} task(s) have nothing yet: {List(lang, unfilled.Take(10))}{(unfilled.Count > 10 ? " …" : "")}."));
        text.Append(lang.Pick("\n召集人和联席会议办公室已收到通知。", "\nThe convenor and the secretariat have been told."));
        return text.ToString();
    }

    /// <param name="zone">The joint meeting's time zone: the time of submission is read there, not in UTC.</param>
    public static string AlreadySubmitted(Lang lang, string unit, ReportingRound round, ProgressReport report, TimeZoneInfo zone)
    {
        var at = report.State.FirstSubmittedAt is { } submitted ? $"{TimeZones.LocalTime(submitted, zone):yyyy-MM-dd HH:mm}" : "";
        return lang.Pick(
            $"{unit}的报告已于 {at} 提交，之后的修改会直接更新已提交的报告，无需再次提交。截止日期：{ReportDeadline(lang, round.State.Deadline)}。",
            $"The report of {unit} was submitted on {at}; later edits update it directly, no need to submit again. Deadline: {ReportDeadline(lang, round.State.Deadline)}.");
    }

    public static string NothingToSubmit(Lang lang) => lang.Pick(
        "报告还没有任何内容，没有提交。请先在卡片中填写，或发送“报告：进展情况”。",
        "The report has nothing in it yet, so nothing was submitted. Fill in the card first, or send \"report: [progress]\".");

    public static string UnitSubmittedNotice(Lang lang, string unit, string roundId, bool late) => lang.Pick(
        $"{unit}已提交报告征集 {roundId} 的报告{(late ? "（逾期）" : "")}。",
        $"{unit} submitted its report for round {roundId}{(late ? " (late)" : "")}.");

    public static string TextRecorded(Lang lang, string unit, string task, string number, ProgressStatus status, string narrative, string? previous, bool submitted)
    {
        var text = new StringBuilder(lang.Pick(
            $"已记入{unit}的{(submitted ? "已提交报告" : "报告草稿")}：\n- 任务：{task}\n- 状态：{StatusName(lang, status)}\n- 说明：{Shorten(narrative, 300)}",
            $"Recorded in the {(submitted ? "submitted report" : "draft report")} of {unit}:\n- Task: {task}\n- Status: {StatusName(lang, status)}\n- Progress: {Shorten(narrative, 300)}"));
        if (previous is not null && previous != narrative)
            text.Append(lang.Pick($"\n（替换了原来的说明：{Shorten(previous, 200)}）", $"\n(This replaced the earlier text: {Shorten(previous, 200)})"));
        text.Append(lang.Pick(
            $"\n修改：再发送“报告 {number}：新的内容”，或发送“我的报告”用卡片修改（包括状态和目标数字）。" + (submitted ? "" : "填完后发送“提交报告”。"),
            $"\nTo change it, send \"report {number}: [new text]\", or \"my report\" for the card (status and figures too)." + (submitted ? "" : " Send \"submit report\" when done.")));
        return text.ToString();
    }

    public static string WhichTask(Lang lang, IEnumerable<string> likely, string exampleNumber) => lang.Pick(
        $"这段进展属于哪项任务？请点选任务，或发送“报告 {exampleNumber}：进展情况”指明任务编号。还没有保存。"
        + (likely.Any() ? "\n可能是：\n" + string.Join('\n', likely.Select(l => "- " + l)) : ""),
        $"Which task is this progress about? Choose one, or send \"report {exampleNumber}: [progress]\" with the task number. Nothing is saved yet."
        + (likely.Any() ? "\nLikely:\n" + string.Join('\n', likely.Select(l => "- " + l)) : ""));

    public static string WhichTaskTitle(Lang lang) => lang.Pick("这段进展属于哪项任务？", "Which task is this about?");

    public static string ChooseTaskLabel(Lang lang) => lang.Pick("其他任务", "Another task");

    public static string RecordChosenButton(Lang lang) => lang.Pick("记入所选任务", "Record under the chosen task");

    public static string TextTooLongToChoose(Lang lang, string exampleNumber) => lang.Pick(
        $"这段进展很长，看不出属于哪项任务，还没有保存。请发送“报告 {exampleNumber}：进展情况”，写明任务编号（发送“我的报告”查看本单位的任务）。",
        $"That text is long and it is unclear which task it is about; nothing is saved yet. Send \"report {exampleNumber}: [progress]\" with the task number (\"my report\" lists your unit's tasks).");

    public static string EmptyReportText(Lang lang) => lang.Pick(
        "请在“报告：”后写上进展，例如“报告：今年新增双师型教师23名”。",
        "Write the progress after \"report:\", e.g. \"report: 23 new dual-qualified teachers this year\".");

    public static string UnknownTaskNumber(Lang lang, string number, string unit, string roundId) => lang.Pick(
        $"报告征集 {roundId} 没有要求{unit}报告任务“{Shorten(number, 20)}”，没有保存。发送“我的报告”查看本单位的任务。",
        $"Round {roundId} does not ask {unit} about task \"{Shorten(number, 20)}\"; nothing was saved. Send \"my report\" to see your unit's tasks.");

    public static string NeedsUnitContact(Lang lang, Participant me) => me switch
    {
        { IsManager: true } => lang.Pick(
            "进度报告由各成员单位的联络员填报。召集人和联席会议办公室可以发送“谁还没交报告”查看进度、“会议简报”查看汇编。",
            "Progress reports are filled in by the member units' contacts. The convenor and the secretariat can send \"who has not reported\" and \"brief\"."),
        { Role: ContactRole.Observer } => lang.Pick(
            "列席人员只能查看。进度报告由各成员单位的联络员填报。",
            "An observer only reads; progress reports are filled in by the member units' contacts."),
        _ => lang.Pick(
            "您还不是本联席会议的成员单位联络员，不能填报。只有成员单位的联络员可以填报本单位的进度报告；如需加入，请发送“我是某某单位联络员”。",
            "You are not a member unit's contact here, so you cannot report. Only a unit's contacts report for it; to join, send \"I am the contact for [unit]\"."),
    };

    public static string NoOpenRound(Lang lang, string unit) => lang.Pick(
        $"目前没有要求{unit}填报的报告征集。召集人或联席会议办公室发起报告征集后，您会收到填报卡片。",
        $"No reporting round asks {unit} to report now. You will get a report card when the convenor or secretariat opens one.");

    public static string NoTaskInRound(Lang lang, string unit, string roundId) => lang.Pick(
        $"报告征集 {roundId} 没有要求{unit}报告任何任务。",
        $"Round {roundId} asks {unit} about no task.");

    // ---- Stale cards ----

    public static string RoundGone(Lang lang, string roundId) => lang.Pick(
        $"报告征集“{Shorten(roundId, 30)}”已不存在，卡片已失效，没有保存。发送“我的报告”获取当前的填报卡片。",
        $"Reporting round \"{Shorten(roundId, 30)}\" no longer exists; the card is out of date and nothing was saved. Send \"my report\" for the current card.");

    public static string UnitGone(Lang lang) => lang.Pick(
        "卡片上的单位已不再是本联席会议的成员单位，卡片已失效，没有保存。",
        "The unit on this card is no longer a member unit of this joint meeting; the card is out of date and nothing was saved.");

    public static string RoundClosedCard(Lang lang, string roundId, string? current) => lang.Pick(
        $"这张卡片属于已关闭的报告征集 {roundId}，没有保存；联席会议办公室可以重新开放。" + (current is null ? "" : $"当前进行中的是 {current}，发送“我的报告”获取新卡片。"),
        $"This card belongs to round {roundId}, which is closed; nothing was saved (the secretariat can reopen it)." + (current is null ? "" : $" Round {current} is open now: send \"my report\" for its card."));

    public static string MeetingCancelledCard(Lang lang, string roundId, string meetingId) => lang.Pick(
        $"报告征集 {roundId} 所对应的会议 {meetingId} 已取消，不再接收报告，没有保存。召集人或联席会议办公室可以为新的会议发起报告征集。",
        $"Meeting {meetingId} of round {roundId} was cancelled, so the round takes no reports; nothing was saved. The convenor or secretariat can open a round for another meeting.");

    // ---- My report ----

    public static string MyReportHeader(Lang lang, string unit, ReportingRound round, ProgressReport? report, int total) => lang.Pick(
        $"**{unit}的进度报告**（报告征集 {round.Id}，截止 {ReportDeadline(lang, round.State.Deadline)}）：{ReportState(lang, report)}已填写 {report?.State.Entries.Count ?? 0}/{total} 项。",
        $"**Progress report of {unit}** (round {round.Id}, due {ReportDeadline(lang, round.State.Deadline)}): {ReportState(lang, report)}{report?.State.Entries.Count ?? 0} of {total} tasks filled in.");

    public static string EntryLine(Lang lang, string task, TaskProgress entry, IReadOnlyList<TaskTarget> targets)
    {
        var parts = new List<string> { StatusName(lang, entry.Status) };
        parts.AddRange(entry.Figures.Select(f => Figure(lang, f, targets)));
        if (entry.Narrative is { } n) parts.Add(Shorten(n, 150));
        return task + lang.Pick("：", ": ") + string.Join(lang.Pick("；", "; "), parts);
    }

    private static string Figure(Lang lang, TargetFigure figure, IReadOnlyList<TaskTarget> targets) =>
        figure.TargetIndex < targets.Count && targets[figure.TargetIndex].Value is { } target
            ? lang.Pick($"目标{figure.TargetIndex + 1}：{figure.Value} / {target}", $"target {figure.TargetIndex + 1}: {figure.Value} / {target}")
            : lang.Pick($"目标{figure.TargetIndex + 1}：{figure.Value}", $"target {figure.TargetIndex + 1}: {figure.Value}");

    public static string Unfilled(Lang lang, IReadOnlyList<string> tasks) => lang.Pick(
        $"尚未填写 {tasks.Count} 项：{List(lang, tasks.Take(12))}{(tasks.Count > 12 ? "等" : "")}。",
        $"{tasks.Count} task(s) not filled in: {List(lang, tasks.Take(12))}{(tasks.Count > 12 ? " …" : "")}.");

    public static string MyReportEditHint(Lang lang) => lang.Pick(
        "在下面的卡片中修改（已填内容已带出），或发送“报告 任务编号：新的内容”。",
        "Edit it in the card below (what you saved is filled in), or send \"report [task number]: [new text]\".");

    public static string ReportFrozen(Lang lang, ReportingRound round) => lang.Pick(
        $"已过截止日期 {ReportDeadline(lang, round.State.Deadline)} 且报告已提交，不能再修改；联席会议办公室可以重新开放报告征集。",
        $"The deadline {ReportDeadline(lang, round.State.Deadline)} has passed and the report is submitted, so it can no longer be edited; the secretariat can reopen the round.");

    public static string ReportRoundClosed(Lang lang, ReportingRound round) => lang.Pick(
        $"报告征集 {round.Id} 已关闭，不能再修改。",
        $"Round {round.Id} is closed; the report can no longer be edited.");

    public static string LateWarning(Lang lang, ReportingRound round) => lang.Pick(
        $"注意：截止日期 {ReportDeadline(lang, round.State.Deadline)} 已过，现在提交的报告会标记为逾期。",
        $"Note: the deadline {ReportDeadline(lang, round.State.Deadline)} has passed; a report submitted now is marked late.");

    // ---- Who has reported ----

    public static string ReportStatusMembersOnly(Lang lang) => lang.Pick(
        "只有本联席会议的成员可以查看报告情况。如需加入，请发送“我是某某单位联络员”。",
        "Only members of this joint meeting can see who has reported. To join, send \"I am the contact for [unit]\".");

    public static string NoRoundYet(Lang lang) => lang.Pick(
        "还没有发起过报告征集。召集人或联席会议办公室可以发送“发起报告 会议编号 截止 2026-06-10”。",
        "No reporting round has been opened yet. The convenor or secretariat can send \"open reports for [meeting id] due 2026-06-10\".");

    public static string UnknownRound(Lang lang, string id, IEnumerable<string> known) => lang.Pick(
        $"没有报告征集“{Shorten(id, 30)}”。已有：{List(lang, known)}。",
        $"There is no reporting round \"{Shorten(id, 30)}\". Rounds: {List(lang, known)}.");

    public static string RoundHeading(Lang lang, ReportingRound round, Meeting? meeting, DateTimeOffset now) => lang.Pick(
        $"报告征集 {round.Id}" + (meeting is null ? "" : $" · 会议 {meeting.Id}（{MeetingWhen(meeting)}）") + $" · 截止 {ReportDeadline(lang, round.State.Deadline)}（{RoundState(lang, round, now)}）",
        $"Round {round.Id}" + (meeting is null ? "" : $" · meeting {meeting.Id} ({MeetingWhen(meeting)})") + $" · due {ReportDeadline(lang, round.State.Deadline)} ({RoundState(lang, round, now)})");

    private static string RoundState(Lang lang, ReportingRound round, DateTimeOffset now) =>
        !round.IsOpen ? lang.Pick("已关闭", "closed")
        : now >= round.DeadlinePassesAt ? lang.Pick("已过截止日期", "past the deadline")
        : lang.Pick("进行中", "open");

    public static string Completeness(Lang lang, JointMeeting jm, ReportingRound round, Meeting? meeting, RoundCompleteness c,
        IReadOnlyDictionary<string, (int Filled, int Asked)> filled, IReadOnlyList<string> unreportedTasks, DateTimeOffset now)
    {
        string Unit(string id) => UnitName(jm, id);
        string Count(string id) => filled.TryGetValue(id, out var f) ? lang.Pick($"（{f.Filled}/{f.Asked} 项）", $" ({f.Filled}/{f.Asked} tasks)") : "";
        var text = new StringBuilder($"**{lang.Pick("报告情况", "Who has reported")}**{lang.Pick("：", ": ")}{RoundHeading(lang, round, meeting, now)}\n");
        var onTime = c.SubmittedUnitIds.Except(c.LateUnitIds).ToList();
        text.Append(lang.Pick($"- 已提交 {onTime.Count}：", $"- Submitted {onTime.Count}: ")).Append(Names(lang, onTime.Select(u => Unit(u) + Count(u)))).Append('\n');
        text.Append(lang.Pick($"- 逾期提交 {c.LateUnitIds.Count}：", $"- Submitted late {c.LateUnitIds.Count}: ")).Append(Names(lang, c.LateUnitIds.Select(u => Unit(u) + Count(u)))).Append('\n');
        text.Append(lang.Pick($"- 仅草稿（未提交）{c.DraftOnlyUnitIds.Count}：", $"- Draft only (not submitted) {c.DraftOnlyUnitIds.Count}: ")).Append(Names(lang, c.DraftOnlyUnitIds.Select(u => Unit(u) + Count(u)))).Append('\n');
        text.Append(lang.Pick($"- 未报告 {c.MissingUnitIds.Count}：", $"- Missing {c.MissingUnitIds.Count}: ")).Append(Names(lang, c.MissingUnitIds.Select(Unit)));
        if (unreportedTasks.Count > 0)
            text.Append(lang.Pick($"\n\n已提交的报告都没有涉及的任务 {unreportedTasks.Count} 项：", $"\n\nTasks no submitted report covers ({unreportedTasks.Count}): "))
                .Append(List(lang, unreportedTasks.Take(15))).Append(unreportedTasks.Count > 15 ? lang.Pick("等", " …") : "");
        else
            text.Append(lang.Pick("\n\n每项任务都有已提交的报告。", "\n\nEvery task is covered by a submitted report."));
        return text.ToString();
    }

    private static string Names(Lang lang, IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? lang.Pick("无", "none") : List(lang, list);
    }

    // ---- The brief ----

    public static string BriefManagersOnly(Lang lang) => lang.Pick(
        "只有召集人或联席会议办公室可以生成会议简报。您可以发送“报告情况”查看各单位的提交情况。",
        "Only the convenor or the secretariat can compile the brief. Send \"report status\" to see who has reported.");

    public static string BriefSummary(Lang lang, JointMeeting jm, ReportingRound round, Meeting? meeting, RoundCompleteness c,
        IReadOnlyDictionary<ProgressStatus, int> statuses, int tasks, int parts, DateTimeOffset now)
    {
        string Units(IEnumerable<string> ids) => Names(lang, ids.Select(id => UnitName(jm, id)));
        var text = new StringBuilder();
        text.Append(lang.Pick($"## 会议简报：{jm.Name}\n{RoundHeading(lang, round, meeting, now)}\n",
            $"## Meeting brief: {jm.Name}\n{RoundHeading(lang, round, meeting, now)}\n"));
        var asked = c.SubmittedUnitIds.Count + c.DraftOnlyUnitIds.Count + c.MissingUnitIds.Count;
        text.Append(lang.Pick(
            $"- 应报单位 {asked} 个：已提交 {c.SubmittedUnitIds.Count} 个，其中**逾期** {c.LateUnitIds.Count} 个（{Units(c.LateUnitIds)}）\n- 仅草稿未提交：{Units(c.DraftOnlyUnitIds)}\n- **未报告**：{Units(c.MissingUnitIds)}\n",
            $"- Units asked: {asked}; submitted {c.SubmittedUnitIds.Count}, of which **late** {c.LateUnitIds.Count} ({Units(c.LateUnitIds)})\n- Draft only, not submitted: {Units(c.DraftOnlyUnitIds)}\n- **Missing**: {Units(c.MissingUnitIds)}\n"));
        text.Append(lang.Pick(
            $"- 任务 {tasks} 项，已提交报告中的状态：" + string.Join("，", Enum.GetValues<ProgressStatus>().Reverse().Select(s => $"{StatusName(lang, s)} {statuses.GetValueOrDefault(s)}")) + $"；无人报告 {c.UnreportedTaskIds.Count} 项\n",
            $"- Tasks: {tasks}; statuses in submitted reports: " + string.Join(", ", Enum.GetValues<ProgressStatus>().Reverse().Select(s => $"{StatusName(lang, s)} {statuses.GetValueOrDefault(s)}")) + $"; not reported by anyone: {c.UnreportedTaskIds.Count}\n"));
        text.Append(parts > 1
            ? lang.Pick($"\n以下按任务、再按单位列出已提交的报告（共 {parts} 条消息）。", $"\nThe submitted reports follow, by task then unit ({parts} messages in all).")
            : lang.Pick("\n以下按任务、再按单位列出已提交的报告。", "\nThe submitted reports follow, by task then unit."));
        return text.ToString();
    }

    public static string BriefContinued(Lang lang, int part, int parts) => lang.Pick($"（简报 {part}/{parts}）", $"(brief {part}/{parts})");

    public static string BriefTaskHeading(Lang lang, string label, IReadOnlyList<TaskTarget> targets) =>
        $"### {label}" + (targets.Count == 0 ? "" : "\n" + lang.Pick("目标：", "Targets: ") + string.Join(lang.Pick("；", "; "),
            targets.Select((t, k) => $"{k + 1}) {t.Text}" + (t.Deadline is { } d ? lang.Pick($"（{Day(d)}）", $" (by {Day(d)})") : ""))));

    public static string BriefUnitLine(Lang lang, string unit, bool lead, TaskProgress entry, IReadOnlyList<TaskTarget> targets, bool late)
    {
        var parts = new List<string> { StatusName(lang, entry.Status) };
        parts.AddRange(entry.Figures.Select(f => Figure(lang, f, targets)));
        var head = $"- **{unit}**" + lang.Pick($"（{TaskRole(lang, lead)}）", $" ({TaskRole(lang, lead)})") + (late ? lang.Pick(" **逾期**", " **late**") : "");
        var line = head + " · " + string.Join(" · ", parts);
        return entry.Narrative is { } n ? line + "\n  " + n.Replace("\n", "\n  ") : line;
    }

    public static string BriefUnitMissing(Lang lang, string unit, bool lead, BriefGap gap) =>
        $"- {unit}" + lang.Pick($"（{TaskRole(lang, lead)}）", $" ({TaskRole(lang, lead)})") + " · " + gap switch
        {
            BriefGap.Missing => lang.Pick("**未报告**", "**missing**"),
            BriefGap.DraftOnly => lang.Pick("**仅草稿，未提交**", "**draft only, not submitted**"),
            _ => lang.Pick("已提交，未涉及此项", "submitted, nothing on this task"),
        };

    public static string BriefNoReports(Lang lang) => lang.Pick("还没有单位提交报告。", "No unit has submitted a report yet.");
}

/// <summary>Why a unit has nothing for a task in the brief.</summary>
public enum BriefGap { Missing, DraftOnly, NotOnThisTask }
