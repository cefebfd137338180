using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>
/// A whole reporting season replayed hour by hour on the real schedule, texts, ledger and store: round r1 opened on
/// Monday 1 June 2026 due Wednesday 10 June, 区教体局 submits after the second reminder, 区人社局 submits a day late,
/// 区财政局 never does; meeting m1 on Thursday 18 June is held.
/// </summary>
public sealed class ReportingSeasonReplayTests : IDisposable
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly ChatHarness chat = new(Local(6, 1, 8));

    private static DateTimeOffset Local(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Everything sent from 1 to 20 June (Beijing time), ordered by time, then person and kind.</summary>
    private static readonly (string, string, string)[] Season =
    [
        ("06-03 09:00 +08:00", "王财政", "还有7天"), ("06-03 09:00 +08:00", "赵教育", "还有7天"), ("06-03 09:00 +08:00", "陈人社", "还有7天"),
        // 3 days before is Sunday 7 June: moved to Monday morning, when 2 days are left.
        ("06-08 09:00 +08:00", "王财政", "还有2天"), ("06-08 09:00 +08:00", "赵教育", "还有2天"), ("06-08 09:00 +08:00", "陈人社", "还有2天"),
        // 区教体局 submitted at 11:00 on 8 June: nothing more about the round for 赵教育.
        ("06-09 09:00 +08:00", "王财政", "还有1天"), ("06-09 09:00 +08:00", "陈人社", "还有1天"),
        ("06-10 09:00 +08:00", "王财政", "截止当天"), ("06-10 09:00 +08:00", "陈人社", "截止当天"),
        ("06-11 09:00 +08:00", "王财政", "会议7天后"), ("06-11 09:00 +08:00", "王财政", "逾期1"),
        ("06-11 09:00 +08:00", "赵教育", "会议7天后"),
        ("06-11 09:00 +08:00", "陈人社", "会议7天后"), ("06-11 09:00 +08:00", "陈人社", "逾期1"),
        // 区人社局 submitted at 15:00 on 11 June.
        ("06-12 09:00 +08:00", "王财政", "逾期2"),
        // The weekend is skipped: Monday 15 June is the third working day overdue, with the escalation.
        ("06-15 09:00 +08:00", "张召集", "催交"), ("06-15 09:00 +08:00", "王财政", "逾期3"),
        ("06-16 09:00 +08:00", "王财政", "逾期4"),
        ("06-17 09:00 +08:00", "王财政", "会议明天"), ("06-17 09:00 +08:00", "王财政", "逾期5"),
        ("06-17 09:00 +08:00", "赵教育", "会议明天"), ("06-17 09:00 +08:00", "陈人社", "会议明天"),
    ];

    [Fact]
    public async Task SweepAsync_AReportingSeasonHourByHour_SendsExactlyTheDueRemindersOnTime()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var bot = chat.Reminders();

        await chat.HourByHourAsync(Local(6, 8, 11), bot);
        await stage.EducationContact.SaysAsync("报告 二.三.3：新建高水平专业实训基地12家");
        await stage.EducationContact.SaysAsync("报告 二.三.4：今年新增双师型教师23名");
        (await stage.EducationContact.SaysAsync("提交报告")).AllText.Should().Contain("已提交");

        await chat.HourByHourAsync(Local(6, 11, 15), bot);
        var labourTask = (await stage.TasksOfAsync(ReportingStage.Labour))[0];
        await stage.LabourContact.SaysAsync($"报告 {labourTask}：已完成年度培训计划");
        (await stage.LabourContact.SaysAsync("提交报告")).AllText.Should().Contain("已提交");

        await chat.HourByHourAsync(Local(6, 18, 17), bot);
        await MarkHeldAsync("m1");
        await chat.HourByHourAsync(Local(6, 20, 12), bot);

        chat.Channel.Lines(Beijing).Should().Equal(Season);
        var escalation = stage.Convenor.Received("【报告催交】").Text;
        escalation.Should().Contain(ReportingStage.Finance).And.NotContain(ReportingStage.Education).And.NotContain(ReportingStage.Labour);
        var ledger = await chat.Ledger.ListAsync(Scenario.JointMeetingId);
        // Each unit here has one contact and the managers one convenor: one sent reminder per delivery; units without a
        // contact are recorded as skipped; nothing is left claimed or failed.
        ledger.Count(r => r.State == ReminderState.Sent).Should().Be(Season.Length);
        ledger.Should().OnlyContain(r => r.State == ReminderState.Sent || r.State == ReminderState.Skipped);
        ledger.Should().OnlyContain(r => !r.Late);
    }

    private async Task MarkHeldAsync(string meetingId)
    {
        var snapshot = (await chat.Store.LoadAsync(Scenario.JointMeetingId))!;
        var meeting = snapshot.FindMeeting(meetingId)!;
        meeting.Value.MarkHeld(snapshot.JointMeeting.Value, ChatAccount.System, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(Scenario.JointMeetingId).Update(meeting));
    }

    public void Dispose() => chat.Dispose();
}
