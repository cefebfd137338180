using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class ReportingCommandsTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("发起报告 m1 截止 2026-06-10", "m1", "2026-06-10")]
    [InlineData("发起报告征集 m1 截止日期：2026年6月10日", "m1", "2026-06-10")]
    [InlineData("发起报告 m1 2026/6/10", "m1", "2026-06-10")]
    [InlineData("发起报告，截止6月10日", null, "2026-06-10")]
    [InlineData("发起报告 截止 2026.6.10", null, "2026-06-10")]
    [InlineData("开启填报 m2 截至 6月10号", "m2", "2026-06-10")]
    [InlineData("发起报告 2026-06-10", null, "2026-06-10")]
    [InlineData("发起报告 m1", "m1", null)]
    [InlineData("发起报告", null, null)]
    [InlineData("open reports for m1 due 2026-06-10", "m1", "2026-06-10")]
    [InlineData("open reports for m1 due June 10", "m1", "2026-06-10")]
    [InlineData("Open a reporting round for m1 by 10 June 2026", "m1", "2026-06-10")]
    [InlineData("open reports due Jun 10, 2026", null, "2026-06-10")]
    [InlineData("open reports", null, null)]
    public void Parse_OpenRound_ReadsMeetingAndDeadline(string text, string? meeting, string? deadline)
    {
        var command = ReportingCommands.Parse(text, Today);

        command.Should().Be(new OpenRound(meeting, deadline is null ? null : DateOnly.Parse(deadline)));
    }

    [Theory]
    [InlineData("发起报告 m1 截止 明年夏天", "明年夏天")]
    [InlineData("发起报告 m1 截止 2026-02-30", "2026-02-30")]
    [InlineData("open reports for m1 due someday", "someday")]
    public void Parse_OpenRoundWithBadDate_KeepsTheWordsToQuote(string text, string bad)
    {
        ReportingCommands.Parse(text, Today).Should().Be(new OpenRound("m1", null, bad));
    }

    [Theory]
    [InlineData("报告：今年新增双师型教师23名", null, "今年新增双师型教师23名")]
    [InlineData("报告: 实训基地已完成", null, "实训基地已完成")]
    [InlineData("报告 二.三.4：新增双师型教师23名", "二.三.4", "新增双师型教师23名")]
    [InlineData("报告二.三.4：新增", "二.三.4", "新增")]
    [InlineData("报告 2.3.4 新增双师型教师", "2.3.4", "新增双师型教师")]
    [InlineData("填报 二、三、3：新建实训基地3家", "二、三、3", "新建实训基地3家")]
    [InlineData("进展：按计划推进\n第二行", null, "按计划推进\n第二行")]
    [InlineData("报告：", null, "")]
    [InlineData("report: 23 new dual-qualified teachers", null, "23 new dual-qualified teachers")]
    [InlineData("Report 2.3.4: 23 new teachers", "2.3.4", "23 new teachers")]
    [InlineData("report 2.3.3 three training bases done", "2.3.3", "three training bases done")]
    public void Parse_ReportText_ReadsTaskNumberAndText(string text, string? number, string body)
    {
        ReportingCommands.Parse(text, Today).Should().Be(new ReportText(number, body));
    }

    [Theory]
    [InlineData("提交报告")]
    [InlineData("提交报告。")]
    [InlineData("提交本单位报告")]
    [InlineData("submit report")]
    [InlineData("Submit our report")]
    public void Parse_Submit_IsSubmit(string text) => ReportingCommands.Parse(text, Today).Should().BeOfType<SubmitReport>();

    [Theory]
    [InlineData("我的报告")]
    [InlineData("本单位报告")]
    [InlineData("my report")]
    [InlineData("show my report")]
    [InlineData("报告")] // the Teams menu's command word, sent alone
    [InlineData("report")]
    public void Parse_MyReport_IsMyReport(string text) => ReportingCommands.Parse(text, Today).Should().BeOfType<ShowMyReport>();

    [Theory]
    [InlineData("谁还没交报告", null)]
    [InlineData("谁还没交报告？", null)]
    [InlineData("谁没提交", null)]
    [InlineData("哪些单位还没有提交报告", null)]
    [InlineData("报告情况", null)]
    [InlineData("报告情况 r1", "r1")]
    [InlineData("who has not reported", null)]
    [InlineData("Who hasn't reported yet?", null)]
    [InlineData("who has not yet submitted", null)]
    [InlineData("report status r2", "r2")]
    public void Parse_WhoHasNotReported_IsCompleteness(string text, string? round)
    {
        ReportingCommands.Parse(text, Today).Should().Be(new ShowCompleteness(round));
    }

    [Theory]
    [InlineData("会议简报", null)]
    [InlineData("汇编", null)]
    [InlineData("简报 r1", "r1")]
    [InlineData("brief", null)]
    [InlineData("meeting brief", null)]
    [InlineData("compile the brief", null)]
    [InlineData("brief r2", "r2")]
    public void Parse_Brief_IsBrief(string text, string? round) => ReportingCommands.Parse(text, Today).Should().Be(new CompileBrief(round));

    [Theory]
    [InlineData("报告情况如何")]
    [InlineData("谁负责双师型教师队伍建设？")]
    [InlineData("安排会议 2026-06-18 14:30 第一次全体会议")]
    [InlineData("reporting is fun")]
    [InlineData("what does the finance bureau own")]
    [InlineData("")]
    public void Parse_OtherText_IsNotReporting(string text) => ReportingCommands.Parse(text, Today).Should().BeNull();

    [Theory]
    [InlineData("二.三.4", "2.3.4")]
    [InlineData("二.三.4", "二、三、4")]
    [InlineData("二.三.4", "二.三.4")]
    [InlineData("三.十一", "3.11")]
    [InlineData("三@123", "三")]
    public void Find_TypedNumber_FindsTheTask(string id, string typed) => TaskNumbers.Find([id, "一.一"], typed).Should().Equal(id);

    [Theory]
    [InlineData("二.三.4", Lang.Zh, "二.三.4")]
    [InlineData("二.三.4", Lang.En, "2.3.4")]
    [InlineData("三@123", Lang.Zh, "三")]
    public void Display_TaskNumber_InTheLanguage(string id, Lang lang, string shown) => TaskNumbers.Display(id, lang).Should().Be(shown);

    [Theory]
    [InlineData("实训基地建设已完成", ProgressStatus.Done)]
    [InlineData("工程进度滞后，存在风险", ProgressStatus.AtRisk)]
    [InlineData("该项工作尚未启动", ProgressStatus.NotStarted)]
    [InlineData("尚未完成，正在推进", ProgressStatus.OnTrack)]
    [InlineData("今年新增双师型教师23名", ProgressStatus.OnTrack)]
    [InlineData("all three bases completed", ProgressStatus.Done)]
    [InlineData("construction is delayed", ProgressStatus.AtRisk)]
    [InlineData("not started yet", ProgressStatus.NotStarted)]
    [InlineData("not completed, going well", ProgressStatus.OnTrack)]
    public void Detect_StatusWords_SetTheStatus(string text, ProgressStatus status) => StatusWords.Detect(text).Should().Be(status);
}
