using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class MembershipCommandsTests
{
    [Theory]
    [InlineData("成员单位", 1)]
    [InlineData("成员单位列表", 1)]
    [InlineData("有哪些成员单位？", 1)]
    [InlineData("成员单位 2", 2)]
    [InlineData("成员单位 第3页", 3)]
    [InlineData("联络员名单", 1)]
    [InlineData("member units", 1)]
    [InlineData("Member units page 2", 2)]
    [InlineData("list units 4", 4)]
    [InlineData("contacts", 1)]
    public void Parse_ListUnits_ReadsPage(string text, int page) =>
        MembershipCommands.Parse(text).Should().Be(new ListUnitsCommand(page));

    [Theory]
    [InlineData("添加成员单位 区审计局", "区审计局")]
    [InlineData("添加成员单位：区审计局", "区审计局")]
    [InlineData("增加成员单位区审计局", "区审计局")]
    [InlineData("新增单位 “区统计局”", "区统计局")]
    [InlineData("add unit 区审计局", "区审计局")]
    [InlineData("Add member unit District Audit Bureau", "District Audit Bureau")]
    public void Parse_AddUnit_ReadsName(string text, string name) =>
        MembershipCommands.Parse(text).Should().Be(new AddUnitCommand(name));

    [Theory]
    [InlineData("移除成员单位 区审计局", "区审计局", false)]
    [InlineData("删除成员单位区审计局", "区审计局", false)]
    [InlineData("确认移除成员单位 区审计局", "区审计局", true)]
    [InlineData("remove unit 区审计局", "区审计局", false)]
    [InlineData("Remove member unit 区审计局", "区审计局", false)]
    [InlineData("confirm remove unit 区审计局", "区审计局", true)]
    public void Parse_RemoveUnit_ReadsNameAndConfirmation(string text, string name, bool confirmed) =>
        MembershipCommands.Parse(text).Should().Be(new RemoveUnitCommand(name, confirmed));

    [Theory]
    [InlineData("我是区财政局联络员", "区财政局")]
    [InlineData("我是区财政局的联络员", "区财政局")]
    [InlineData("我是 区财政局 联络员。", "区财政局")]
    [InlineData("我是财政局的联系人", "财政局")]
    [InlineData("申请成为区人社局联络员", "区人社局")]
    [InlineData("I am the contact for 区财政局", "区财政局")]
    [InlineData("I'm the contact person for the finance bureau", "the finance bureau")]
    [InlineData("i am the finance bureau's contact", "the finance bureau")]
    [InlineData("join as contact for 区税务局", "区税务局")]
    public void Parse_Join_ReadsUnit(string text, string unit) =>
        MembershipCommands.Parse(text).Should().Be(new JoinCommand(ContactRole.UnitContact, unit));

    [Theory]
    [InlineData("我是联络员")]
    [InlineData("I am a contact")]
    public void Parse_JoinWithoutUnit_HasNoUnit(string text) =>
        MembershipCommands.Parse(text).Should().Be(new JoinCommand(ContactRole.UnitContact, null));

    [Theory]
    [InlineData("我想列席")]
    [InlineData("申请列席会议")]
    [InlineData("列席")]
    [InlineData("join as observer")]
    [InlineData("Join as an observer")]
    [InlineData("I would like to observe")]
    public void Parse_Observer_IsObserverRequest(string text) =>
        MembershipCommands.Parse(text).Should().Be(new JoinCommand(ContactRole.Observer, null));

    [Theory]
    [InlineData("待批准")]
    [InlineData("待审批的申请")]
    [InlineData("申请列表")]
    [InlineData("pending")]
    [InlineData("Pending requests")]
    public void Parse_Pending_IsPending(string text) =>
        MembershipCommands.Parse(text).Should().BeOfType<PendingCommand>();

    [Theory]
    [InlineData("批准 张三", "张三", true)]
    [InlineData("批准张三", "张三", true)]
    [InlineData("批准张三的申请", "张三", true)]
    [InlineData("拒绝 李四", "李四", false)]
    [InlineData("驳回 @李四", "李四", false)]
    [InlineData("批准 msteams:id-张三", "msteams:id-张三", true)]
    [InlineData("approve 张三", "张三", true)]
    [InlineData("Approve John Smith", "John Smith", true)]
    [InlineData("reject 李四", "李四", false)]
    [InlineData("decline Li Si's request", "Li Si", false)]
    public void Parse_Decide_ReadsWhoAndVerdict(string text, string who, bool approve) =>
        MembershipCommands.Parse(text).Should().Be(new DecideCommand(who, approve));

    [Theory]
    [InlineData("指定 张三 为办公室", "张三", ContactRole.Secretariat, null)]
    [InlineData("指定张三为联席会议办公室", "张三", ContactRole.Secretariat, null)]
    [InlineData("设 张三 为秘书处", "张三", ContactRole.Secretariat, null)]
    [InlineData("指定 张三 为召集人", "张三", ContactRole.Convenor, null)]
    [InlineData("指定 张三 为 区财政局 联络员", "张三", ContactRole.UnitContact, "区财政局")]
    [InlineData("指定张三为区财政局的联络员", "张三", ContactRole.UnitContact, "区财政局")]
    [InlineData("指定 张三 为列席", "张三", ContactRole.Observer, null)]
    [InlineData("让李四担任列席人员", "李四", ContactRole.Observer, null)]
    [InlineData("make 张三 secretariat", "张三", ContactRole.Secretariat, null)]
    [InlineData("make John Smith the secretariat", "John Smith", ContactRole.Secretariat, null)]
    [InlineData("make 张三 convenor", "张三", ContactRole.Convenor, null)]
    [InlineData("make 张三 contact for 区财政局", "张三", ContactRole.UnitContact, "区财政局")]
    [InlineData("assign 张三 as the contact for the finance bureau", "张三", ContactRole.UnitContact, "the finance bureau")]
    [InlineData("make 张三 an observer", "张三", ContactRole.Observer, null)]
    public void Parse_AssignRole_ReadsWhoRoleAndUnit(string text, string who, ContactRole role, string? unit) =>
        MembershipCommands.Parse(text).Should().Be(new AssignRoleCommand(who, role, unit));

    [Theory]
    [InlineData("退出", false)]
    [InlineData("退出联席会议", false)]
    [InlineData("撤回申请", false)]
    [InlineData("确认退出", true)]
    [InlineData("leave", false)]
    [InlineData("leave the joint meeting", false)]
    [InlineData("withdraw my request", false)]
    [InlineData("confirm leave", true)]
    public void Parse_Leave_ReadsConfirmation(string text, bool confirmed) =>
        MembershipCommands.Parse(text).Should().Be(new LeaveCommand(confirmed));

    [Theory]
    [InlineData("谁负责实训基地建设")]
    [InlineData("区财政局负责什么")]
    [InlineData("设置提醒为每天")]
    [InlineData("make a report")]
    [InlineData("我是谁")]
    [InlineData("批准")]
    [InlineData("")]
    public void Parse_OtherText_IsNotMembership(string text) =>
        MembershipCommands.Parse(text).Should().BeNull();
}
