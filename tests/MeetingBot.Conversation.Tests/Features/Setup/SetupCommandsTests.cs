using MeetingBot.Core.Conversation.Features.Setup;

namespace MeetingBot.Conversation.Tests.Features.Setup;

public sealed class SetupCommandsTests
{
    [Theory]
    [InlineData("政策文件")]
    [InlineData("政策文件列表")]
    [InlineData("有哪些政策文件？")]
    [InlineData("documents")]
    [InlineData("list policy documents")]
    [InlineData("Documents.")]
    public void Parse_DocumentsCommand_ListsDocuments(string text) =>
        SetupCommands.Parse(text).Should().BeOfType<ListDocumentsCommand>();

    [Theory]
    [InlineData("创建联席会议 002", "002", null, null)]
    [InlineData("创建联席会议002", "002", null, null)]
    [InlineData("请创建联席会议 002。", "002", null, null)]
    [InlineData("创建联席会议：永年", "永年", null, null)]
    [InlineData("创建联席会议 002 yongnian", "002", "yongnian", null)]
    [InlineData("创建联席会议 002 yongnian 区政府职业教育工作联席会议", "002", "yongnian", "区政府职业教育工作联席会议")]
    [InlineData("创建联席会议 002 编号 yn-2026 名称 永年区联席会议", "002", "yn-2026", "永年区联席会议")]
    [InlineData("创建联席会议 《永年区职业教育改革发展实施方案》 永年区联席会议", "永年区职业教育改革发展实施方案", null, "永年区联席会议")]
    [InlineData("新建联席会议 000", "000", null, null)]
    [InlineData("用 002 创建联席会议", "002", null, null)]
    [InlineData("create joint meeting from 002", "002", null, null)]
    [InlineData("Create a joint meeting from document 002", "002", null, null)]
    [InlineData("create joint meeting 002 yongnian", "002", "yongnian", null)]
    [InlineData("create joint meeting from 002 as yongnian named Yongnian vocational education", "002", "yongnian", "Yongnian vocational education")]
    public void Parse_Create_ReadsDocumentIdAndName(string text, string document, string? id, string? name) =>
        SetupCommands.Parse(text).Should().Be(new CreateJointMeetingCommand(document, id, name));

    [Theory]
    [InlineData("创建联席会议")]
    [InlineData("create joint meeting")]
    public void Parse_CreateWithoutDocument_IsCreateWithNothing(string text) =>
        SetupCommands.Parse(text).Should().Be(new CreateJointMeetingCommand(null, null, null));

    [Theory]
    [InlineData("绑定 yongnian", "yongnian")]
    [InlineData("绑定yongnian", "yongnian")]
    [InlineData("绑定联席会议 demo-002", "demo-002")]
    [InlineData("把本群绑定到 yongnian", "yongnian")]
    [InlineData("绑定 永年区联席会议", "永年区联席会议")]
    [InlineData("绑定", null)]
    [InlineData("bind yongnian", "yongnian")]
    [InlineData("bind this chat to yongnian", "yongnian")]
    [InlineData("Bind to joint meeting demo-002", "demo-002")]
    [InlineData("bind", null)]
    public void Parse_Bind_ReadsTarget(string text, string? target) =>
        SetupCommands.Parse(text).Should().Be(new BindCommand(target));

    [Theory]
    [InlineData("解除绑定")]
    [InlineData("取消绑定")]
    [InlineData("解绑")]
    [InlineData("unbind")]
    [InlineData("unbind this group")]
    public void Parse_Unbind_IsUnbind(string text) =>
        SetupCommands.Parse(text).Should().BeOfType<UnbindCommand>();

    [Theory]
    [InlineData("使用 yongnian", "yongnian")]
    [InlineData("使用yongnian", "yongnian")]
    [InlineData("切换到 demo-002", "demo-002")]
    [InlineData("使用", null)]
    [InlineData("use yongnian", "yongnian")]
    [InlineData("switch to joint meeting demo-002", "demo-002")]
    public void Parse_Use_ReadsTarget(string text, string? target) =>
        SetupCommands.Parse(text).Should().Be(new UseCommand(target));

    [Theory]
    [InlineData("联席会议列表")]
    [InlineData("有哪些联席会议")]
    [InlineData("joint meetings")]
    [InlineData("list all joint meetings")]
    public void Parse_ListJointMeetings_IsList(string text) =>
        SetupCommands.Parse(text).Should().BeOfType<ListJointMeetingsCommand>();

    [Theory]
    [InlineData("使用说明")]
    [InlineData("绑定说明")]
    [InlineData("谁负责实训基地建设")]
    [InlineData("下次会议什么时候")]
    [InlineData("use of funds for training")]
    [InlineData("联席会议办公室在哪")]
    [InlineData("")]
    public void Parse_OtherText_IsNotSetup(string text) =>
        SetupCommands.Parse(text).Should().BeNull();
}
