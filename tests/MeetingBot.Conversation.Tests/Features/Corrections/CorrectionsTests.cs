using MeetingBot.Conversation.Tests.Features.Setup;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Corrections;

/// <summary>
/// The convenor corrects the import of the Yongnian document in chat: 二.三.4 (建立一支双师型教师队伍) is led by
/// 区教体局 and 区人社局 and shared by 区委编办, 区财政局 and 区职教中心 as imported (区委编办 and 区职教中心 are no
/// member units of this joint meeting, so only 区财政局 shares it until they are added).
/// </summary>
public sealed class CorrectionsTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatPerson financeContact;

    public CorrectionsTests()
    {
        convenor = chat.Person("张召集");
        financeContact = chat.Person("王财政");
        chat.YongnianAsync(convenor).GetAwaiter().GetResult();
        chat.BindContactAsync(financeContact, "区财政局").GetAwaiter().GetResult();
    }

    public void Dispose() => chat.Dispose();

    [Fact]
    public async Task ShowTask_ByAMember_ListsItsUnitsAndTargets()
    {
        var reply = await financeContact.SaysAsync("任务 二.三.4");

        reply.AllText.Should().StartWith("**二.三.4 建立一支双师型教师队伍**")
            .And.Contain("牵头单位：区教体局、区人社局")
            .And.Contain("责任单位：区财政局；文件还写了 区委编办、区职教中心（不是成员单位）")
            .And.Contain("目标：");
    }

    [Fact]
    public async Task ShowTask_InEnglish_UsesDigitsAndEnglishLabels()
    {
        var reply = await convenor.SaysAsync("task 2.3.4");

        reply.AllText.Should().StartWith("**2.3.4 建立一支双师型教师队伍**").And.Contain("Lead: 区教体局, 区人社局");
    }

    [Fact]
    public async Task SetLead_ByTheConvenor_ChangesTheTaskAndIsAudited()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SaysAsync("任务 二.三.4 牵头单位改为 区财政局");

        reply.AllText.Should().StartWith("已更正").And.Contain("牵头单位：区财政局");
        var jm = await chat.StoredAsync();
        var task = jm.Tasks.Single(t => t.Id.StartsWith("二.三.4"));
        task.LeadUnitIds.Should().Equal(jm.FindUnit("区财政局")!.Id);
        task.ResponsibleUnitIds.Should().NotContain(jm.FindUnit("区财政局")!.Id);
        (await chat.AuditCountAsync()).Should().Be(audit + 1);
    }

    [Fact]
    public async Task SetResponsible_InEnglish_ReplacesTheSharingUnits()
    {
        await convenor.SaysAsync("task 2.3.4 responsible 区财政局");

        var jm = await chat.StoredAsync();
        var task = jm.Tasks.Single(t => t.Id.StartsWith("二.三.4"));
        task.ResponsibleUnitIds.Should().Equal(jm.FindUnit("区财政局")!.Id);
        task.LeadUnitIds.Should().HaveCount(2, "the lead stays as it was");
    }

    [Fact]
    public async Task SetLead_ByAUnitContact_IsRefusedAndChangesNothing()
    {
        var before = (await chat.StoredAsync()).Tasks.Single(t => t.Id.StartsWith("二.三.4"));
        var audit = await chat.AuditCountAsync();

        var reply = await financeContact.SaysAsync("任务 二.三.4 牵头单位改为 区财政局");

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以更正任务的牵头和责任单位。");
        (await chat.StoredAsync()).Tasks.Single(t => t.Id.StartsWith("二.三.4")).Should().BeEquivalentTo(before);
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task SetLead_ToAUnitThatIsNoMember_SaysToAddItFirstAndChangesNothing()
    {
        var reply = await convenor.SaysAsync("任务 二.三.4 牵头单位改为 区审计局");

        reply.AllText.Should().Contain("不是 **区政府职业教育工作联席会议** 的成员单位").And.Contain("添加成员单位 区审计局");
        (await chat.StoredAsync()).Tasks.Single(t => t.Id.StartsWith("二.三.4")).LeadUnitIds.Should().HaveCount(2);
    }

    [Fact]
    public async Task AddMissedUnit_ThenMakeItResponsible_TheUnitOwnsTheTask()
    {
        await convenor.SaysAsync("添加成员单位 区审计局");

        await convenor.SaysAsync("任务 二.三.4 责任单位改为 区财政局、区审计局");

        var jm = await chat.StoredAsync();
        jm.TasksOf(jm.FindUnit("区审计局")!.Id).Select(t => t.Title).Should().Equal("建立一支双师型教师队伍");
    }

    [Fact]
    public async Task UnknownTaskNumber_IsExplained()
    {
        var reply = await convenor.SaysAsync("任务 九.九.9");

        reply.AllText.Should().StartWith("**区政府职业教育工作联席会议** 没有编号为“九.九.9”的任务");
    }

    [Fact]
    public async Task NotForThisMeeting_NoUnitHasTheTaskAnyMore()
    {
        var reply = await convenor.SaysAsync("任务 二.三.4 不属于本联席会议");

        reply.AllText.Should().Contain("标记为不属于本联席会议");
        var jm = await chat.StoredAsync();
        jm.TasksOf(jm.FindUnit("区财政局")!.Id).Should().NotContain(t => t.Title == "建立一支双师型教师队伍");
        (await financeContact.SaysAsync("任务 二.三.4")).AllText.Should().Contain("已标记为不属于本联席会议");
        (await convenor.SaysAsync("任务 二.三.4 牵头单位改为 区财政局")).AllText.Should().NotStartWith("已更正");
    }

    [Fact]
    public async Task Alias_ThenTheUnitIsFoundByIt()
    {
        var reply = await convenor.SaysAsync("单位别名 区财政局 永年区财政局");

        reply.AllText.Should().StartWith("已为 **区财政局** 添加别名“永年区财政局”");
        (await chat.StoredAsync()).FindUnit("永年区财政局")!.Name.Should().Be("区财政局");
    }

    [Fact]
    public async Task Alias_ThatIsAnotherUnitsName_SuggestsMergingAndChangesNothing()
    {
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SaysAsync("单位别名 区财政局 区人社局");

        reply.AllText.Should().Contain("合并单位 区人社局 到 区财政局");
        (await chat.AuditCountAsync()).Should().Be(audit);
    }

    [Fact]
    public async Task Merge_TwoUnitsThatAreOne_TasksAndContactsMoveToTheKeptUnit()
    {
        await convenor.SaysAsync("添加成员单位 永年区财政局");
        var duplicate = await chat.StoredAsync();
        var marked = duplicate.FindUnit("永年区财政局")!.Id;

        var reply = await convenor.SaysAsync("合并单位 区财政局 到 永年区财政局");

        reply.AllText.Should().StartWith("已将 **区财政局** 并入 **永年区财政局**");
        var jm = await chat.StoredAsync();
        jm.Units.Should().NotContain(u => u.Name == "区财政局");
        jm.FindUnit("区财政局")!.Id.Should().Be(marked, "the merged name is now an alias");
        jm.FindContact(financeContact.Account)!.UnitId.Should().Be(marked);
        jm.TasksOf(marked).Should().Contain(t => t.Title == "建立一支双师型教师队伍");
    }

    [Fact]
    public async Task Reimport_OfTheSameDocument_KeepsTheCorrections()
    {
        await convenor.SaysAsync("任务 二.三.4 牵头单位改为 区财政局");
        await convenor.SaysAsync("任务 二.三.3 不属于本联席会议");
        var audit = await chat.AuditCountAsync();

        var reply = await convenor.SaysAsync("重新导入文件");

        reply.AllText.Should().Contain("保留了 2 项更正");
        var jm = await chat.StoredAsync();
        jm.Tasks.Single(t => t.Id.StartsWith("二.三.4")).LeadUnitIds.Should().Equal(jm.FindUnit("区财政局")!.Id);
        jm.Tasks.Single(t => t.Id.StartsWith("二.三.3")).NotForThisMeeting.Should().BeTrue();
        jm.Tasks.Single(t => t.Id.StartsWith("二.三.3")).LeadUnitIds.Should().BeEmpty();
        (await chat.AuditCountAsync()).Should().Be(audit + 1);
    }

    [Fact]
    public async Task Reimport_ByAUnitContact_IsRefused()
    {
        var reply = await financeContact.SaysAsync("reimport the document");

        reply.AllText.Should().Be("Not done: Only the convenor or the secretariat can import the policy document again.");
    }

    [Fact]
    public async Task TaskOfAnAttachment_IsFoundByItsLabelAndNumber()
    {
        using var other = new ChatHarness();
        var convenorThere = other.Person("赵召集");
        var document = Core.Policy.Parsing.PolicyParser.ParseText("""
            某某县2024年河湖治理工作要点
            一、总体要求
            全面落实河湖长制。（牵头单位：县水利局）
            附件1
            重点任务分工表
            序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限
            1 | 清理河道垃圾300吨 | 县水利局 | 县财政局 | 6月底前
            2 | 新建生态护岸5公里 | 县水利局 | 县自然资源局 | 年底前
            """, "hehu.txt").Document!;
        var created = await new Core.UseCases.CreateJointMeetingHandler(other.Store, other.Clock).HandleAsync(
            new Core.UseCases.CreateJointMeeting(new JointMeetingSettings("hehu", "县河湖长制联席会议", "某某县"), document, convenorThere.Account));
        created.Refusal.Should().BeNull();

        var shown = await convenorThere.SaysAsync("任务 附件1.2");
        var corrected = await convenorThere.SaysAsync("任务 附件1.2 牵头单位改为 县自然资源局");

        shown.AllText.Should().StartWith("**附件1.2 新建生态护岸5公里**").And.Contain("牵头单位：县水利局");
        corrected.AllText.Should().Contain("牵头单位：县自然资源局");
    }

    [Fact]
    public async Task WhoIsResponsible_AfterACorrection_AnswersWithTheCorrectedUnits()
    {
        await convenor.SaysAsync("任务 二.三.4 牵头单位改为 区财政局");

        var reply = await financeContact.SaysAsync("谁负责建立一支双师型教师队伍？");

        var item = reply.AllText.Split("• ").Single(i => i.Contains("建立一支双师型教师队伍", StringComparison.Ordinal) && i.Contains("二.三.4", StringComparison.Ordinal));
        item.Should().Contain("牵头：区财政局").And.NotContain("牵头：区教体局");
    }

    [Fact]
    public async Task WhoIsResponsible_ForATaskNotForThisMeeting_DoesNotNameIt()
    {
        await convenor.SaysAsync("任务 二.三.4 不属于本联席会议");

        var reply = await financeContact.SaysAsync("谁负责建立一支双师型教师队伍？");

        reply.AllText.Should().NotContain("二.三.4");
    }
}

