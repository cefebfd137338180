using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class CompletenessAndBriefTests : IDisposable
{
    private readonly ChatHarness chat = new();

    // 区教体局 submits on time by text, 区人社局 by card after the deadline, 区财政局 leaves a draft; the rest send nothing.
    private async Task<ReportingStage> ReportedAsync(string language = "zh-CN")
    {
        var stage = await ReportingStage.SetUpAsync(chat, language);
        await stage.OpenRoundAsync();
        await stage.EducationContact.SaysAsync("报告 二.三.3：新建高水平专业实训基地12家");
        await stage.EducationContact.SaysAsync("报告 二.三.4：今年新增双师型教师23名");
        await stage.EducationContact.SaysAsync("提交报告");
        await stage.FinanceContact.SaysAsync("报告 二.六.4：教育费附加已足额征收");

        stage.MoveTo(6, 12);
        var card = stage.LabourContact.Received("进度报告：区人社局");
        var tasks = ReportingStage.TasksOn(card);
        var page = await FindPageAsync(stage.LabourContact, card, "二.三.3");
        var i = ReportingStage.TasksOn(page).ToList().IndexOf("二.三.3");
        await stage.LabourContact.SubmitsReportAsync(page, new Dictionary<string, string>
        {
            [$"status{i}"] = "AtRisk", [$"figure{i}_0"] = "15家", [$"text{i}"] = "用地指标未落实，进度滞后",
        });
        tasks.Should().NotBeEmpty();
        return stage;
    }

    [Fact]
    public async Task WhoHasNotReported_AfterSomeReports_GivesEachUnitsState()
    {
        var stage = await ReportedAsync();

        var reply = await stage.Convenor.SaysAsync("谁还没交报告", stage.Group);

        var text = reply.AllText;
        text.Should().Contain("报告征集 r1 · 会议 m1（2026-06-18 14:30） · 截止 2026年6月10日（周三）（已过截止日期）");
        text.Should().Contain("- 已提交 1：区教体局（2/");
        text.Should().Contain("- 逾期提交 1：区人社局（1/");
        text.Should().Contain("- 仅草稿（未提交）1：区财政局（1/");
        text.Should().Contain("- 未报告 3：区发改局、区农业农村局、区税务局");
        text.Should().NotContain("区扶贫办", "a unit with no task is not expected to report");
        text.Should().Contain("已提交的报告都没有涉及的任务").And.Contain("二.一.1");
    }

    [Fact]
    public async Task WhoHasNotReported_ObserverMaySeeIt_StrangerMayNot()
    {
        var stage = await ReportedAsync();

        (await stage.Observer.SaysAsync("报告情况")).AllText.Should().Contain("未报告 3");
        (await stage.Stranger.SaysAsync("谁还没交报告", stage.Group)).AllText.Should().Be(Replies.ReportStatusMembersOnly(Lang.Zh));
    }

    [Fact]
    public async Task WhoHasNotReported_InEnglish()
    {
        var stage = await ReportedAsync();

        var reply = await stage.Convenor.SaysAsync("who has not reported", stage.Group);

        reply.AllText.Should().Contain("Submitted late 1: 区人社局").And.Contain("Missing 3: 区发改局, 区农业农村局, 区税务局");
    }

    [Fact]
    public async Task WhoHasNotReported_NoRoundYet_SaysHowToOpenOne()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        (await stage.Convenor.SaysAsync("谁还没交报告", stage.Group)).AllText.Should().Be(Replies.NoRoundYet(Lang.Zh));
    }

    [Fact]
    public async Task Brief_GroupsByTaskThenUnit_WithFiguresAgainstTargets_LateAndMissingMarked()
    {
        var stage = await ReportedAsync();

        var reply = await stage.Convenor.SaysAsync("会议简报", stage.Group);

        var summary = reply.Messages[0].Text;
        summary.Should().StartWith("## 会议简报：区政府职业教育工作联席会议");
        summary.Should().Contain("已提交 2 个，其中**逾期** 1 个（区人社局）").And.Contain("仅草稿未提交：区财政局")
            .And.Contain("**未报告**：区发改局、区农业农村局、区税务局");
        var brief = string.Join("\n\n", reply.Messages.Skip(1).Select(m => m.Text));
        var section = Section(brief, "### 二.三.3 打造一批高水平实训基地");
        section.Should().Contain("目标：1) 校企合作创建高水平专业实训基地达到23家");
        section.Should().Contain("- **区教体局**（牵头） · 进行中（按计划）\n  新建高水平专业实训基地12家");
        section.Should().Contain("- **区人社局**（牵头） **逾期** · 有风险 · 目标1：15家 / 23家\n  用地指标未落实，进度滞后");
        section.Should().Contain("- 区发改局（牵头） · **未报告**");
        section.Should().Contain("- 区财政局（参与） · **仅草稿，未提交**");
        section.IndexOf("区发改局", StringComparison.Ordinal).Should().BeLessThan(section.IndexOf("区财政局", StringComparison.Ordinal), "lead units come first");
        Section(brief, "### 二.六.4 健全经费投入机制").Should().Contain("- 区教体局（牵头） · 已提交，未涉及此项").And.Contain("- 区财政局（牵头） · **仅草稿，未提交**");
    }

    [Fact]
    public async Task Brief_LongReports_AreSplitUnderTheLimitWithTheSummaryFirst()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        foreach (var task in await stage.TasksOfAsync(ReportingStage.Education))
            await stage.EducationContact.SaysAsync($"报告 {task}：{new string('述', 3_000)}");
        await stage.EducationContact.SaysAsync($"报告 二.三.4：{new string('Ж', 12_000)}");
        await stage.EducationContact.SaysAsync("提交报告");

        var reply = await stage.Convenor.SaysAsync("会议简报", stage.Group);

        reply.Messages.Count.Should().BeGreaterThan(5);
        reply.Messages[0].Text.Should().StartWith("## 会议简报").And.Contain($"共 {reply.Messages.Count} 条消息");
        reply.Messages.Should().OnlyContain(m => m.Text.Length <= BriefWriter.MaxMessageChars + 50);
        reply.Messages.Skip(1).Select(m => m.Text).Should().OnlyContain(t => t.StartsWith("（简报 "));
        var all = string.Concat(reply.Messages.Select(m => m.Text));
        all.Count(c => c == 'Ж').Should().Be(12_000, "a text too long for one message is split, not cut short");
    }

    [Fact]
    public async Task Brief_ByAUnitContact_IsRefusedWithWhoCan()
    {
        var stage = await ReportedAsync();

        (await stage.EducationContact.SaysAsync("会议简报")).AllText.Should().Be(Replies.BriefManagersOnly(Lang.Zh));
    }

    [Fact]
    public async Task Brief_InEnglish()
    {
        var stage = await ReportedAsync();

        var reply = await stage.Convenor.SaysAsync("brief", stage.Group);

        reply.Messages[0].Text.Should().StartWith("## Meeting brief: ").And.Contain("**late** 1 (区人社局)");
        string.Join("\n", reply.Messages.Select(m => m.Text)).Should().Contain("### 2.3.3 打造一批高水平实训基地")
            .And.Contain("- **区人社局** (lead) **late** · at risk · target 1: 15家 / 23家").And.Contain("- 区发改局 (lead) · **missing**");
    }

    private static string Section(string brief, string heading)
    {
        var start = brief.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the brief has a section {heading}");
        var end = brief.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? brief[start..] : brief[start..end];
    }

    private static async Task<OutgoingMessage> FindPageAsync(ChatPerson person, OutgoingMessage page, string task)
    {
        for (var guard = 0; guard < 10; guard++)
        {
            if (ReportingStage.TasksOn(page).Contains(task)) return page;
            page = (await person.PressAsync(page, "下一页")).Messages.Last(m => m.Card is not null);
        }
        throw new InvalidOperationException($"No page holds {task}");
    }

    public void Dispose() => chat.Dispose();
}
