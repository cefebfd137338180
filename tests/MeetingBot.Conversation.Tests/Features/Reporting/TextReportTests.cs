using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class TextReportTests : IDisposable
{
    private readonly ChatHarness chat = new();

    private async Task<ReportingStage> OpenedAsync(string language = "zh-CN")
    {
        var stage = await ReportingStage.SetUpAsync(chat, language);
        await stage.OpenRoundAsync();
        return stage;
    }

    [Fact]
    public async Task Text_ClearlyAboutOneTask_GoesToTheDraftAndSaysWhatWasRecorded()
    {
        var stage = await OpenedAsync();

        var reply = await stage.EducationContact.SaysAsync("报告：今年新增双师型教师23名，占比提高到45%");

        reply.AllText.Should().Contain("已记入区教体局的报告草稿").And.Contain("任务：二.三.4 建立一支双师型教师队伍（牵头）")
            .And.Contain("状态：进行中（按计划）").And.Contain("说明：今年新增双师型教师23名").And.Contain("报告 二.三.4：新的内容");
        var report = (await stage.ReportAsync(ReportingStage.Education))!;
        report.State.Submitted.Should().BeFalse();
        report.State.Entries.Should().BeEquivalentTo([new TaskProgress("二.三.4", ProgressStatus.OnTrack, [], "今年新增双师型教师23名，占比提高到45%")]);
    }

    [Theory]
    [InlineData("报告：高水平实训基地建设已完成，新建3家", "二.三.3", ProgressStatus.Done)]
    [InlineData("报告：实训基地建设进度滞后，用地尚未落实", "二.三.3", ProgressStatus.AtRisk)]
    [InlineData("报告：职业技能培训评价组织尚未启动", "二.五.2", ProgressStatus.NotStarted)]
    public async Task Text_StatusWords_SetTheStatus(string text, string task, ProgressStatus status)
    {
        var stage = await OpenedAsync();

        await stage.LabourContact.SaysAsync(text);

        (await stage.ReportAsync(ReportingStage.Labour))!.State.Entries.Single().Should().Match<TaskProgress>(e => e.TaskId == task && e.Status == status);
    }

    [Fact]
    public async Task Text_Unclear_AsksWhichTaskAndAButtonRecordsTheText()
    {
        var stage = await OpenedAsync();

        var reply = await stage.EducationContact.SaysAsync("报告：各项工作按计划推进");

        (await stage.ReportAsync(ReportingStage.Education)).Should().BeNull("nothing is saved before the task is known");
        var question = reply.Messages.Single();
        question.Text.Should().Contain("这段进展属于哪项任务").And.Contain("报告 ");
        await stage.EducationContact.PressAsync(question, Replies.RecordChosenButton(Lang.Zh), new Dictionary<string, string> { ["chosen"] = "二.一.3" });

        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Should().BeEquivalentTo(
            [new TaskProgress("二.一.3", ProgressStatus.OnTrack, [], "各项工作按计划推进")]);
    }

    [Fact]
    public async Task Text_SharedWordsWithSeveralTasks_OffersTheLikelyOnesAsButtons()
    {
        var stage = await OpenedAsync();

        var reply = await stage.EducationContact.SaysAsync("报告：校企合作、协同育人都有新进展");

        var question = reply.Messages.Single();
        var buttons = question.Card!.Json()["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        buttons.Should().Contain(b => b.StartsWith("二.三.1")).And.Contain(b => b.StartsWith("二.三.2"));
        await stage.EducationContact.PressAsync(question, buttons.First(b => b.StartsWith("二.三.2")));

        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Should().BeEquivalentTo(
            [new TaskProgress("二.三.2", ProgressStatus.OnTrack, [], "校企合作、协同育人都有新进展")]);
    }

    [Theory]
    [InlineData("报告 二.三.4：双师型教师培训120人次")]
    [InlineData("报告 2.3.4：双师型教师培训120人次")]
    public async Task Text_WithTaskNumber_GoesToThatTask(string text)
    {
        var stage = await OpenedAsync();

        await stage.LabourContact.SaysAsync(text);

        (await stage.ReportAsync(ReportingStage.Labour))!.State.Entries.Single().TaskId.Should().Be("二.三.4");
    }

    [Fact]
    public async Task Text_NumberOfATaskNotTheUnits_IsRefusedAndNothingSaved()
    {
        var stage = await OpenedAsync();

        var reply = await stage.FinanceContact.SaysAsync("报告 二.一.3：不是本单位的任务");

        reply.AllText.Should().Be(Replies.UnknownTaskNumber(Lang.Zh, "二.一.3", "区财政局", "r1"));
        (await stage.ReportAsync(ReportingStage.Finance)).Should().BeNull();
    }

    [Fact]
    public async Task Text_SecondReportOnTheSameTask_ReplacesTheTextAndShowsTheOld()
    {
        var stage = await OpenedAsync();
        await stage.EducationContact.SaysAsync("报告 二.三.4：第一次的说明");

        var reply = await stage.EducationContact.SaysAsync("报告 二.三.4：更正后的说明");

        reply.AllText.Should().Contain("替换了原来的说明：第一次的说明");
        var report = (await stage.ReportAsync(ReportingStage.Education))!;
        report.State.Version.Should().Be(2);
        report.State.Entries.Single().Narrative.Should().Be("更正后的说明");
    }

    [Fact]
    public async Task SubmitReport_AfterTextReports_SubmitsTellsManagersAndListsWhatIsLeft()
    {
        var stage = await OpenedAsync();
        await stage.FinanceContact.SaysAsync("报告 二.六.4：教育费附加已足额征收");

        var reply = await stage.FinanceContact.SaysAsync("提交报告");

        var tasks = await stage.TasksOfAsync(ReportingStage.Finance);
        reply.AllText.Should().Contain("已提交区财政局的报告").And.Contain($"尚有 {tasks.Count - 1} 项任务没有填写");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Submitted.Should().BeTrue();
        stage.Convenor.Received("区财政局已提交");

        var again = await stage.FinanceContact.SaysAsync("提交报告");
        again.AllText.Should().Contain("无需再次提交");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Version.Should().Be(2, "submitting twice saves nothing new");
    }

    [Fact]
    public async Task SubmitReport_WithNothingSaved_OffersTheCard()
    {
        var stage = await OpenedAsync();

        var reply = await stage.FinanceContact.SaysAsync("提交报告");

        reply.Messages[0].Text.Should().Be(Replies.NothingToSubmit(Lang.Zh));
        reply.Messages[1].Card.Should().NotBeNull();
        (await stage.ReportAsync(ReportingStage.Finance)).Should().BeNull();
    }

    [Fact]
    public async Task Text_AfterTheDeadlineOnASubmittedReport_IsRefusedAndNothingChanges()
    {
        var stage = await OpenedAsync();
        await stage.EducationContact.SaysAsync("报告 二.三.4：按时的说明");
        await stage.EducationContact.SaysAsync("提交报告");
        stage.MoveTo(6, 11);

        var reply = await stage.EducationContact.SaysAsync("报告 二.三.4：截止后的修改");

        reply.AllText.Should().StartWith("没有执行：报告征集 r1 已过截止日期，区教体局的报告已提交，不能再修改");
        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Single().Narrative.Should().Be("按时的说明");
    }

    [Fact]
    public async Task Text_DraftAfterTheDeadline_IsKeptWithAWarningAndSubmittedLate()
    {
        var stage = await OpenedAsync();
        stage.MoveTo(6, 11);

        var reply = await stage.EducationContact.SaysAsync("报告 二.三.4：迟到的说明");
        await stage.EducationContact.SaysAsync("提交报告");

        reply.AllText.Should().Contain(Replies.LateWarning(Lang.Zh, (await stage.SnapshotAsync()).FindRound("r1")!.Value));
        (await stage.ReportAsync(ReportingStage.Education))!.State.Late.Should().BeTrue();
    }

    [Fact]
    public async Task Text_InEnglish_MatchesTheTaskThroughTheGlossary()
    {
        var stage = await OpenedAsync();

        var reply = await stage.EducationContact.SaysAsync("report: 23 new dual-qualified teachers this year");

        reply.AllText.Should().Contain("Recorded in the draft report of 区教体局").And.Contain("Task: 2.3.4 建立一支双师型教师队伍 (lead)")
            .And.Contain("Status: on track").And.Contain("report 2.3.4: [new text]");
        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Single().TaskId.Should().Be("二.三.4");
    }

    [Fact]
    public async Task Text_InEnglishWithNumberAndDone_SubmitsInEnglish()
    {
        var stage = await OpenedAsync();
        await stage.LabourContact.SaysAsync("report 2.3.3: the training bases are completed");

        var reply = await stage.LabourContact.SaysAsync("submit report");

        reply.AllText.Should().Contain("Submitted the report of 区人社局");
        (await stage.ReportAsync(ReportingStage.Labour))!.State.Entries.Single().Status.Should().Be(ProgressStatus.Done);
    }

    [Fact]
    public async Task Text_EmptyReport_SaysWhatToWrite()
    {
        var stage = await OpenedAsync();

        var reply = await stage.EducationContact.SaysAsync("报告：");

        reply.AllText.Should().Be(Replies.EmptyReportText(Lang.Zh));
    }

    [Fact]
    public async Task Text_NoRoundOpen_SaysSo()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.EducationContact.SaysAsync("报告：今年新增双师型教师23名");

        reply.AllText.Should().Be(Replies.NoOpenRound(Lang.Zh, "区教体局"));
    }

    [Fact]
    public async Task Match_YongnianEducationTasks_FindsTheTaskOrAdmitsItIsUnclear()
    {
        // The matcher alone, on the seed's tasks for 区教体局.
        var stage = await ReportingStage.SetUpAsync(chat);
        var jm = (await stage.SnapshotAsync()).JointMeeting.Value;
        var tasks = jm.TasksOf(jm.FindUnit("区教体局")!.Id);

        TaskMatcher.Match("今年新增双师型教师23名", tasks).Task!.Id.Should().Be("二.三.4");
        TaskMatcher.Match("新建高水平专业实训基地2家", tasks).Task!.Id.Should().Be("二.三.3");
        TaskMatcher.Match("宣传舆论引导：发布新闻稿12篇", tasks).Task!.Id.Should().Be("三.四");
        TaskMatcher.Match("产教融合有进展", tasks).Task!.Id.Should().Be("二.三.1", "a title outweighs a target that mentions the same words");
        TaskMatcher.Match("工作正常推进", tasks).Task.Should().BeNull();
        TaskMatcher.Match("推进改革", tasks).Task.Should().BeNull("several titles say 推进 and 改革");
        var two = TaskMatcher.Match("校企合作、协同育人都有新进展", tasks);
        two.Task.Should().BeNull("the text is about two tasks");
        two.Candidates.Take(2).Select(t => t.Id).Should().BeEquivalentTo(["二.三.1", "二.三.2"]);
    }

    public void Dispose() => chat.Dispose();
}
