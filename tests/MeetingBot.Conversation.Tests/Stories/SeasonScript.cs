namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>What people say in <see cref="ReportingSeasonStory"/>, and what the bot's answers must show, in one language.</summary>
public sealed record SeasonScript
{
    public required string Create { get; init; }
    public required string CreatedShows { get; init; }
    public required string ListUnits { get; init; }
    public required string[] Joins { get; init; } // 区财政局, 区教体局, 区人社局
    public required string ApproveButton { get; init; }
    public required string ApproveByTyping { get; init; }
    public required string ApprovedShows { get; init; }
    public required string ScheduleFirst { get; init; }
    public required string FirstScheduledShows { get; init; }
    public required string ScheduleSecond { get; init; }
    public required string SecondScheduledShows { get; init; }
    public required string FirstAgenda { get; init; }
    public required string SecondAgenda { get; init; }
    public required string AttendButton { get; init; }
    public required string YearList { get; init; }
    public required string YearShortShows { get; init; }
    public required string OpenRound { get; init; }
    public required string ReportCardShows { get; init; }
    public required string DraftButton { get; init; }
    public required string SubmitButton { get; init; }
    public required string[] FinanceTexts { get; init; } // draft, submitted, edited
    public required string SubmittedShows { get; init; }
    public required string LabourText { get; init; }
    public required string SubmitTyped { get; init; }
    public required string MyReport { get; init; }
    public required string RefusedShows { get; init; }
    public required string RefusedEdit { get; init; }
    public required string NotDone { get; init; }
    public required string WhoHasNotReported { get; init; }
    public required string[] MatrixShows { get; init; }
    public required string Brief { get; init; }
    public required string[] BriefShows { get; init; }
    public required string StrangerAsks { get; init; }
    public required string[] AnswerShows { get; init; }

    public static SeasonScript Chinese { get; } = new()
    {
        Create = "创建联席会议 002",
        CreatedShows = "您是召集人",
        ListUnits = "成员单位",
        Joins = ["我是区财政局联络员", "我是区教体局的联络员", "我是人社局联络员"],
        ApproveButton = "批准",
        ApproveByTyping = "批准 人社联络员",
        ApprovedShows = "您已被批准",
        ScheduleFirst = "安排会议 2026-06-18 14:30 第一次全体会议",
        FirstScheduledShows = "2026年6月18日（周四）14:30",
        ScheduleSecond = "安排会议 2026年11月19日上午9点半 第二次全体会议",
        SecondScheduledShows = "09:30",
        FirstAgenda = "第一次全体会议",
        SecondAgenda = "第二次全体会议",
        AttendButton = "参加",
        YearList = "今年的会议",
        YearShortShows = "还差",
        OpenRound = "发起报告 2026-06-18 截止 2026-06-10",
        ReportCardShows = "进度报告",
        DraftButton = "保存草稿",
        SubmitButton = "提交",
        FinanceTexts = ["已落实中职生均拨款制度。", "已落实中职生均拨款制度，2026年安排专项资金800万元。", "已落实中职生均拨款制度，专项资金增至900万元。"],
        SubmittedShows = "已提交",
        LabourText = "报告：今年新增双师型教师23名，双师型教师队伍建设按计划推进。",
        SubmitTyped = "提交报告",
        MyReport = "我的报告",
        RefusedShows = "只有区财政局的联络员可以代表该单位填报",
        RefusedEdit = "代填",
        NotDone = "没有执行",
        WhoHasNotReported = "谁还没交报告",
        MatrixShows = ["已提交 2：区人社局（1/23 项）、区财政局（1/14 项）", "未报告 4：区教体局、区发改局、区农业农村局、区税务局"],
        Brief = "会议简报",
        BriefShows = ["**未报告**：区教体局、区发改局、区农业农村局、区税务局", "专项资金增至900万元", "新增双师型教师23名", "- 区教体局（牵头） · **未报告**"],
        StrangerAsks = "谁负责实训基地？",
        AnswerShows = ["打造一批高水平实训基地", "牵头：区发改局、区教体局、区人社局", "责任：区财政局"],
    };

    public static SeasonScript English { get; } = new()
    {
        Create = "create joint meeting from 002",
        CreatedShows = "you are its convenor",
        ListUnits = "member units",
        Joins = ["I am the contact for 区财政局", "I am the contact for the education bureau", "I am the contact for 区人社局"],
        ApproveButton = "Approve",
        ApproveByTyping = "approve 人社联络员",
        ApprovedShows = "approved",
        ScheduleFirst = "schedule meeting 2026-06-18 14:30 First plenary",
        FirstScheduledShows = "14:30",
        ScheduleSecond = "schedule meeting November 19 9:30am Second plenary",
        SecondScheduledShows = "09:30",
        FirstAgenda = "First plenary",
        SecondAgenda = "Second plenary",
        AttendButton = "Attend",
        YearList = "meetings this year",
        YearShortShows = "missing",
        OpenRound = "open reports for 2026-06-18 due 2026-06-10",
        ReportCardShows = "Progress report",
        DraftButton = "Save draft",
        SubmitButton = "Submit",
        FinanceTexts = ["Per-student funding for secondary vocational schools is in place.", "Per-student funding is in place; 8 million yuan earmarked for 2026.", "Per-student funding is in place; earmarked funds raised to 9 million yuan."],
        SubmittedShows = "Submitted",
        LabourText = "report: 23 new dual-qualified teachers this year; the dual-qualified teacher team is on track.",
        SubmitTyped = "submit report",
        MyReport = "my report",
        RefusedShows = "only the contacts of 区财政局 can report for it",
        RefusedEdit = "on their behalf",
        NotDone = "Not done",
        WhoHasNotReported = "who has not reported",
        MatrixShows = ["Submitted 2: 区人社局 (1/23 tasks), 区财政局 (1/14 tasks)", "Missing 4: 区教体局, 区发改局, 区农业农村局, 区税务局"],
        Brief = "brief",
        BriefShows = ["**Missing**: 区教体局, 区发改局, 区农业农村局, 区税务局", "raised to 9 million yuan", "23 new dual-qualified teachers", "- 区教体局 (lead) · **missing**"],
        StrangerAsks = "who is responsible for 实训基地",
        AnswerShows = ["打造一批高水平实训基地", "Lead: 区发改局, 区教体局, 区人社局", "Responsible: 区财政局"],
    };
}
