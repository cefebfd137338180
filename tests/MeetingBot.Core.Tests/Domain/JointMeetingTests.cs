using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Tests.Policy.Seeds;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain;

public class JointMeetingTests
{
    [Fact]
    public void Create_FromYongnianSeed_TakesTheMembersOfItsJointMeetingClause()
    {
        var document = SeedDocuments.Load(SeedDocuments.Yongnian);

        var jm = JointMeeting.Create(new JointMeetingSettings("yongnian", "永年区职业教育工作联席会议"), JointMeetingProposal.FromPolicy(document), ChatAccount.System, Now);

        jm.Units.Select(u => u.Name).Should().Equal(document.JointMeeting!.Members);
        jm.Units.Should().HaveCount(7);
        jm.State.Convenor.Should().Contain("副区长");
        jm.State.Sources.Should().ContainSingle().Which.Title.Should().Be(document.Title);
        // Every task that names units is there, and the members among them are resolved to unit ids.
        jm.Tasks.Should().HaveCount(document.Tasks.Count(t => t.AllUnits.Any()));
        jm.Tasks.Should().Contain(t => t.LeadUnitIds.Count > 0);
        jm.Contacts.Should().BeEmpty("the operator creating it from the command line is nobody's contact");
    }

    [Fact]
    public void Create_FromZhejiangSeedWithoutAClause_TakesTheUnitsItsTasksName()
    {
        var document = SeedDocuments.Load(SeedDocuments.Zhejiang);

        var jm = JointMeeting.Create(new JointMeetingSettings("zhejiang", "浙江"), JointMeetingProposal.FromPolicy(document), ChatAccount.System, Now);

        document.JointMeeting.Should().BeNull();
        jm.Units.Select(u => u.Name).Should().Equal(document.Units.Select(u => u.Name));
        jm.Tasks.Should().OnlyContain(t => t.LeadUnitIds.Count + t.ResponsibleUnitIds.Count > 0);
    }

    [Fact]
    public void Create_FromWuhuaSeedWithARepeatedHeading_GivesEveryTaskItsOwnId()
    {
        var document = SeedDocuments.Load(SeedDocuments.Wuhua);

        var jm = JointMeeting.Create(new JointMeetingSettings("wuhua", "五华"), JointMeetingProposal.FromPolicy(document), ChatAccount.System, Now);

        jm.Tasks.Select(t => t.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Create_ByAChatAccount_MakesItTheConvenor()
    {
        var jm = NewJointMeeting();

        jm.Identify(Convenor).Role.Should().Be(ContactRole.Convenor);
        jm.PendingAudit.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("has space", "id")]
    [InlineData("a|b", "id")]
    public void Create_WithABadIdOrName_IsRefused(string value, string which)
    {
        var settings = which == "id" ? new JointMeetingSettings(value, "名称") : new JointMeetingSettings("ok", value);

        var create = () => JointMeeting.Create(settings, Proposal(), Convenor, Now);

        create.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Theory]
    [InlineData(0, "Asia/Shanghai")]
    [InlineData(2, "Mars/Olympus")]
    public void Create_WithBadSettings_IsRefused(int minMeetings, string timeZone)
    {
        var create = () => JointMeeting.Create(new JointMeetingSettings("x", "名称", MinMeetingsPerYear: minMeetings, TimeZoneId: timeZone), Proposal(), Convenor, Now);

        create.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void Create_ProposalListingAUnitTwice_IsRefused()
    {
        var proposal = Proposal() with { Units = [new UnitProposal("区财政局", []), new UnitProposal("区财政局", [])] };

        var create = () => JointMeeting.Create(new JointMeetingSettings("x", "名称"), proposal, Convenor, Now);

        create.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.DuplicateUnit);
    }

    [Fact]
    public void Create_AssignsTasksToTheUnitsTheyName_LeadFirst()
    {
        var jm = NewJointMeeting();

        var training = jm.Tasks.Single(t => t.Id == "二.3");
        training.LeadUnitIds.Should().Equal(Labour);
        training.ResponsibleUnitIds.Should().Equal(Education); // 区工信局 is not a member
        jm.TasksOf(Education).Select(t => t.Id).Should().Equal("二.1", "二.3");
    }

    [Fact]
    public void FindUnit_ByAlias_FindsTheUnit()
    {
        NewJointMeeting().FindUnit("区教育体育局")!.Id.Should().Be(Education);
    }

    [Fact]
    public void AddUnit_NamedByATask_CountsItIntoThatTask()
    {
        var jm = NewJointMeeting();

        var unit = jm.AddUnit(Secretary, "区工信局", [], Now);

        unit.Id.Should().Be("u4");
        jm.Tasks.Single(t => t.Id == "二.3").ResponsibleUnitIds.Should().Equal(Education, "u4");
        jm.PendingAudit.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Action = "unit.added", By = Secretary, At = Now, Subject = "区工信局" });
    }

    [Theory]
    [InlineData("区财政局")]
    [InlineData("区教育体育局")]
    public void AddUnit_AlreadyAMemberByNameOrAlias_IsRefused(string name)
    {
        var add = () => NewJointMeeting().AddUnit(Secretary, name, [], Now);

        add.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.DuplicateUnit);
    }

    public static TheoryData<ChatAccount, DomainError> NotManagers => new()
    {
        { FinanceContact, DomainError.NotAllowed },
        { Observer, DomainError.ObserverCannotEdit },
        { Stranger, DomainError.NotAMember },
    };

    [Theory]
    [MemberData(nameof(NotManagers))]
    public void AddUnit_BySomeoneNotConvenorOrSecretariat_IsRefusedAndChangesNothing(ChatAccount who, DomainError error)
    {
        var jm = NewJointMeeting();
        var before = jm.State;

        var add = () => jm.AddUnit(who, "区工信局", [], Now);

        add.Should().Throw<DomainException>().Which.Error.Should().Be(error);
        jm.State.Should().BeSameAs(before);
        jm.PendingAudit.Should().BeEmpty();
    }

    [Fact]
    public void RemoveUnit_TakesItsContactsAndTasksWithIt()
    {
        var jm = NewJointMeeting();

        jm.RemoveUnit(Convenor, Finance, Now);

        jm.Units.Select(u => u.Id).Should().Equal(Education, Labour);
        jm.Identify(FinanceContact).IsMember.Should().BeFalse();
        jm.Tasks.Single(t => t.Id == "二.2").LeadUnitIds.Should().BeEmpty();
        jm.TasksOf(Finance).Should().BeEmpty();
    }

    [Fact]
    public void RequestBinding_WaitsForTheSecretariat_AndTheRequesterIsNoMemberUntilThen()
    {
        var jm = NewJointMeeting();

        var contact = jm.RequestBinding(Stranger, Labour, ContactRole.UnitContact, Now);

        contact.Status.Should().Be(ContactStatus.Pending);
        jm.Identify(Stranger).IsMember.Should().BeFalse();

        jm.Approve(Secretary, Stranger, Now.AddMinutes(5));

        jm.Identify(Stranger).Should().Be(new Participant(Stranger, ContactRole.UnitContact, Labour));
        jm.PendingAudit.Select(a => (a.Action, a.By)).Should().Equal(("contact.requested", Stranger), ("contact.approved", Secretary));
    }

    [Fact]
    public void RequestBinding_ForTheSecretariatRole_IsRefused()
    {
        var request = () => NewJointMeeting().RequestBinding(Stranger, Education, ContactRole.Secretariat, Now);

        request.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
    }

    [Fact]
    public void RequestBinding_AsUnitContactWithoutAUnit_IsRefused()
    {
        var request = () => NewJointMeeting().RequestBinding(Stranger, null, ContactRole.UnitContact, Now);

        request.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void RequestBinding_ForAnUnknownUnit_IsRefused()
    {
        var request = () => NewJointMeeting().RequestBinding(Stranger, "u99", ContactRole.UnitContact, Now);

        request.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.UnknownUnit);
    }

    [Fact]
    public void RequestBinding_OfSomeoneAlreadyBound_IsRefused()
    {
        var request = () => NewJointMeeting().RequestBinding(FinanceContact, Labour, ContactRole.UnitContact, Now);

        request.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.AlreadyBound);
    }

    [Fact]
    public void Approve_ByAUnitContact_IsRefusedAndTheRequestStillWaits()
    {
        var jm = NewJointMeeting();
        jm.RequestBinding(Stranger, Labour, ContactRole.UnitContact, Now);

        var approve = () => jm.Approve(LabourContact, Stranger, Now);

        approve.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
        jm.FindContact(Stranger)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public void Approve_WithNoRequestWaiting_IsRefused()
    {
        var approve = () => NewJointMeeting().Approve(Secretary, Stranger, Now);

        approve.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.UnknownContact);
    }

    [Fact]
    public void Reject_RemovesTheRequest()
    {
        var jm = NewJointMeeting();
        jm.RequestBinding(Stranger, Labour, ContactRole.UnitContact, Now);

        jm.Reject(Secretary, Stranger, Now);

        jm.FindContact(Stranger).Should().BeNull();
    }

    [Fact]
    public void AssignRole_ConvenorBySecretariat_IsRefused()
    {
        var assign = () => NewJointMeeting().AssignRole(Secretary, FinanceContact, ContactRole.Convenor, null, Now);

        assign.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
    }

    [Fact]
    public void AssignRole_ByTheConvenor_ChangesTheRole()
    {
        var jm = NewJointMeeting();

        jm.AssignRole(Convenor, FinanceContact, ContactRole.Observer, null, Now);

        jm.Identify(FinanceContact).Role.Should().Be(ContactRole.Observer);
    }

    [Fact]
    public void RemoveContact_Oneself_IsAllowedToAnyContact()
    {
        var jm = NewJointMeeting();

        jm.RemoveContact(FinanceContact, FinanceContact, Now);

        jm.FindContact(FinanceContact).Should().BeNull();
    }

    [Fact]
    public void RemoveContact_TheConvenorBySecretariat_IsRefused()
    {
        var remove = () => NewJointMeeting().RemoveContact(Secretary, Convenor, Now);

        remove.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
    }

    [Fact]
    public void Identify_SameAccountIdOnAnotherChannel_IsSomeoneElse()
    {
        var jm = NewJointMeeting();

        jm.Identify(FinanceContact with { Channel = "msteams" }).IsMember.Should().BeFalse();
        jm.Identify(FinanceContact with { DisplayName = "新名字" }).UnitId.Should().Be(Finance);
    }
}
