using MeetingBot.Core.Conversation.Features.Corrections;

namespace MeetingBot.Conversation.Tests.Features.Corrections;

public class CorrectionCommandsTests
{
    [Theory]
    [InlineData("任务 二.三.4", "二.三.4")]
    [InlineData("任务二、三、4", "二、三、4")]
    [InlineData("task 2.3.4", "2.3.4")]
    [InlineData("任务 附件1.3", "附件1.3")]
    [InlineData("task 附件.2", "附件.2")]
    public void Parse_ShowTask_ReadsTheNumber(string text, string number)
    {
        CorrectionCommands.Parse(text).Should().Be(new ShowTaskCommand(number));
    }

    [Theory]
    [InlineData("任务 二.三.4 牵头单位改为 区财政局", true, "区财政局")]
    [InlineData("任务 二.三.4 责任单位改为 区人社局、区财政局", false, "区人社局|区财政局")]
    [InlineData("task 2.3.4 lead 区财政局", true, "区财政局")]
    [InlineData("task 2.3.4 responsible 区人社局, 区财政局", false, "区人社局|区财政局")]
    public void Parse_SetTaskUnits_ReadsRoleAndUnits(string text, bool lead, string units)
    {
        var command = CorrectionCommands.Parse(text).Should().BeOfType<SetTaskUnitsCommand>().Subject;

        command.Lead.Should().Be(lead);
        command.Units.Should().Equal(units.Split('|'));
    }

    [Theory]
    [InlineData("任务 二.三.4 不属于本联席会议")]
    [InlineData("task 2.3.4 not for this meeting")]
    [InlineData("task 2.3.4 is not for this joint meeting")]
    public void Parse_NotForThisMeeting_IsRead(string text)
    {
        CorrectionCommands.Parse(text).Should().BeOfType<NotForThisMeetingCommand>();
    }

    [Theory]
    [InlineData("单位别名 区人社局 人社局", "区人社局", "人社局")]
    [InlineData("alias 区人社局 as 人社局", "区人社局", "人社局")]
    public void Parse_Alias_ReadsUnitAndAlias(string text, string unit, string alias)
    {
        CorrectionCommands.Parse(text).Should().Be(new AddAliasCommand(unit, alias));
    }

    [Theory]
    [InlineData("合并单位 区人力资源社会保障局 到 区人社局", "区人力资源社会保障局", "区人社局")]
    [InlineData("merge unit 区人力资源社会保障局 into 区人社局", "区人力资源社会保障局", "区人社局")]
    public void Parse_Merge_ReadsMergedAndKept(string text, string merged, string kept)
    {
        CorrectionCommands.Parse(text).Should().Be(new MergeUnitsCommand(merged, kept));
    }

    [Theory]
    [InlineData("重新导入文件")]
    [InlineData("reimport the document")]
    [InlineData("re-import")]
    public void Parse_Reimport_IsRead(string text)
    {
        CorrectionCommands.Parse(text).Should().BeOfType<ReimportCommand>();
    }

    [Theory]
    [InlineData("我的任务")]
    [InlineData("任务")]
    [InlineData("报告 二.三.4：新增双师型教师23名")]
    [InlineData("谁负责任务二.三.4")]
    public void Parse_OtherWords_AreNotCorrections(string text)
    {
        CorrectionCommands.Parse(text).Should().BeNull();
    }
}
