using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Conversation.Tests.Features.Setup;

/// <summary>
/// Another instance crashed creating a joint meeting, after the deployment's list got its row and before the joint
/// meeting's own batch: a stranger is told how many joint meetings there really are, and cannot find or page to the
/// one that does not exist.
/// </summary>
public sealed class FailedCreationListTests : IDisposable
{
    private readonly ChatHarness chat = new();

    public FailedCreationListTests()
    {
        chat.YongnianAsync(chat.Person("张召集")).GetAwaiter().GetResult();
        Create(chat.Store, "quzhou", "曲周县职业教育工作联席会议").GetAwaiter().GetResult();
        var crashing = chat.StoreOfAnotherInstance(engine => new CrashingJointMeetingBatches(engine));
        var failed = () => Create(crashing, "feixiang", "肥乡区职业教育工作联席会议");
        failed.Should().ThrowAsync<StoreUnavailableException>().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task StrangersHelp_CountsOnlyTheJointMeetingsThatExist()
    {
        var zh = await chat.Person("路人").SaysAsync("帮助");
        var en = await chat.Person("Visitor").SaysAsync("help");

        zh.AllText.Should().Contain("这里有 2 个联席会议");
        en.AllText.Should().Contain("There are 2 joint meetings");
    }

    [Fact]
    public async Task TheJointMeetingThatWasNeverCreated_IsNeitherFoundNorListed()
    {
        var person = chat.Person("路人");

        var found = await person.SaysAsync("查找联席会议 肥乡");
        var listed = await person.SaysAsync("联席会议列表");

        found.AllText.Should().Contain("2 个联席会议中，没有名称或编号含“肥乡”的。");
        listed.AllText.Should().Contain("**quzhou**").And.Contain("**yongnian**").And.NotContain("feixiang");
    }

    public void Dispose() => chat.Dispose();

    private Task Create(IJointMeetingStore store, string id, string name)
    {
        var jm = JointMeeting.Create(new JointMeetingSettings(id, name), JointMeetingProposal.Empty, ChatAccount.System, chat.Clock.GetUtcNow());
        return store.SaveAsync(new ChangeSet(id).Add(jm));
    }

    // The engine of an instance that dies just before a joint meeting's own batch (partitions of its own, never "|…").
    private sealed class CrashingJointMeetingBatches(IEntityTable inner) : DelegatingEntityTable(inner)
    {
        public override Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
            partitionKey.StartsWith('|') ? Inner.SubmitAsync(partitionKey, writes, cancellationToken) : throw new StoreUnavailableException("the instance died");
    }
}
