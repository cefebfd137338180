using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Conversation;

/// <summary>
/// The directory's list of every joint meeting takes seconds to read in a province: past its age a turn gets the
/// list in hand at once while a fresh one is read behind it; a change of this instance is seen at once.
/// </summary>
public sealed class DirectoryListTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task PastItsAge_TheListInHandIsAnswered_AndAnotherInstancesJointMeetingFollowsWithoutWaiting()
    {
        await SaveAsync("county-1");
        var directory = new JointMeetingDirectory(chat.Store, chat.Clock);
        (await directory.ListAsync(CancellationToken.None)).Select(j => j.Id).Should().Equal("county-1");

        await SaveAsync("county-2"); // another instance's change
        chat.Clock.Advance(JointMeetingDirectory.CacheFor);
        var inHand = await directory.ListAsync(CancellationToken.None);

        inHand.Select(j => j.Id).Should().Equal(["county-1"], "answered from the list in hand, not after reading them all");
        // The fresh read runs behind: bounded polling (500 × 20 ms), no clock needed.
        for (var i = 0; i < 500 && (await directory.ListAsync(CancellationToken.None)).Count < 2; i++) await Task.Delay(20);
        (await directory.ListAsync(CancellationToken.None)).Select(j => j.Id).Should().Equal("county-1", "county-2");
    }

    [Fact]
    public async Task AChangeOfThisInstance_IsSeenAtOnce()
    {
        await SaveAsync("county-1");
        var directory = new JointMeetingDirectory(chat.Store, chat.Clock);
        await directory.ListAsync(CancellationToken.None);

        await SaveAsync("county-2");
        directory.Invalidate();

        (await directory.ListAsync(CancellationToken.None)).Select(j => j.Id).Should().Equal("county-1", "county-2");
    }

    [Fact]
    public async Task WithTheStoresLookups_TheListIsIdsAndNames_AndAPageShowsTheRecordsOfItsJointMeetings()
    {
        await SaveAsync("county-1");
        await SaveAsync("county-2");
        var directory = new JointMeetingDirectory(chat.Store, chat.Clock, chat.Lookup);

        (await directory.ListAsync(CancellationToken.None)).Should().Equal(
            new JointMeetingEntry("county-1", "county-1 联席会议"), new JointMeetingEntry("county-2", "county-2 联席会议"));
        var page = (await directory.PageAsync("county-2", 1, CancellationToken.None))!;
        page.Items.Should().ContainSingle().Which.Should().BeOfType<JointMeeting>().Which.Id.Should().Be("county-2");
        (page.Matches, page.Total).Should().Be((1, 2));
        (await directory.PageAsync(null, 2, CancellationToken.None)).Should().BeNull("two joint meetings fill one page");
    }

    private async Task SaveAsync(string id)
    {
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"{id} 联席会议"), JointMeetingProposal.Empty, ChatAccount.System, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(id).Add(jm));
    }

    public void Dispose() => chat.Dispose();
}
