using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Tests.Policy.Parsing;

public class OutlineTests
{
    [Fact]
    public void Parse_AttachmentAfterTheLastItem_IsNotReadAsTasksAndSaysSo()
    {
        const string text = """
            某某县养老服务工作方案
            一、主要任务
            （一）建设养老机构。新建养老院2所。（责任单位：县民政局）
            （二）培养护理人员。开展培训。（责任单位：县人社局）
            附件：重点任务分工表
            一、建设养老机构
            县民政局
            二、培养护理人员
            县人社局
            """;

        var document = PolicyParser.ParseText(text, "plan.txt").Document!;

        document.Tasks.Select(t => t.PathText).Should().Equal("一", "一.一", "一.二");
        document.Warnings.Should().ContainSingle(w => w.Line == 5 && w.Message.Contains("attachment"));
    }
}
