using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class UnitFinderTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly JointMeeting yongnian;

    public UnitFinderTests()
    {
        var document = chat.Catalog.Documents.Single(d => d.SourceName == Scenario.YongnianSeed);
        yongnian = JointMeeting.Create(new JointMeetingSettings("yongnian", "永年"), JointMeetingProposal.FromPolicy(document), ChatAccount.System, ChatHarness.DefaultStart);
        yongnian.AddUnit(ChatAccount.System, "区审计局", ["审计"], ChatHarness.DefaultStart);
    }

    [Theory]
    [InlineData("区财政局", "区财政局")]
    [InlineData("财政局", "区财政局")]
    [InlineData("财政", "区财政局")]
    [InlineData("区人力资源社会保障局", "区人社局")]
    [InlineData("人社局", "区人社局")]
    [InlineData("审计", "区审计局")]
    [InlineData("the finance bureau", "区财政局")]
    [InlineData("District Tax Bureau", "区税务局")]
    [InlineData("poverty alleviation office", "区扶贫办")]
    public void Find_ANameAbbreviationOrEnglishName_FindsTheUnit(string typed, string unit) =>
        UnitFinder.Find(yongnian, chat.Catalog, typed).Found!.Name.Should().Be(unit);

    [Theory]
    [InlineData("区公安局")]
    [InlineData("the police")]
    [InlineData("省财政厅")]
    public void Find_AUnitThatIsNotAMember_FindsNone(string typed)
    {
        var search = UnitFinder.Find(yongnian, chat.Catalog, typed);

        search.Found.Should().BeNull();
        search.Candidates.Should().BeEmpty();
    }

    public void Dispose() => chat.Dispose();
}
