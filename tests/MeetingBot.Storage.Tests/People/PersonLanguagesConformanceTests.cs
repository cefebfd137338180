using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.People;
using MeetingBot.Storage.Tests.Entities;

namespace MeetingBot.Storage.Tests.People;

/// <summary>
/// The languages people chat in, run against each engine by the subclasses: what one instance remembers, another
/// (or the same after a restart) reads at its start; a change replaces it; people are kept apart, whatever their ids.
/// </summary>
public abstract class PersonLanguagesConformanceTests
{
    private static readonly ChatAccount Teams = new("msteams", "0f6d8e2a-aaaa-4bbb-8ccc-111122223333", "李华");
    private static readonly ChatAccount WebChat = new("webchat", "dl_local_demo-002_contact/区财政局?#", "财政联络员");

    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task Remembered_IsReadByAnotherInstanceAtItsStart_AndAChangeReplacesIt()
    {
        var table = await CreateTableAsync();
        var languages = new EntityPersonLanguages(table);
        await languages.RememberAsync(Teams, Lang.En, CancellationToken.None);
        await languages.RememberAsync(WebChat, Lang.Zh, CancellationToken.None);
        await languages.RememberAsync(WebChat, Lang.En, CancellationToken.None);

        var other = new EntityPersonLanguages(await ReopenAsync(table));
        other.Find(Teams).Should().BeNull("nothing is read before the start");
        await other.LoadAsync(CancellationToken.None);

        other.Find(Teams).Should().Be(Lang.En);
        other.Find(WebChat).Should().Be(Lang.En, "the latest language replaces the earlier one");
        other.Find(new ChatAccount("msteams", "someone-else", "王芳")).Should().BeNull();
    }

    [Fact]
    public async Task AStoreOfTheLayoutBefore_IsCopiedAtTheFirstStart_ThenEveryStartReadsOnePartition()
    {
        var table = await CreateTableAsync();
        // As stored before: a row per person in a partition per person.
        await table.SubmitAsync("|person|" + Teams.Key, [EntityWrite.Upsert(EntityPersonLanguages.RowKey, """{"lang":"en"}""")]);
        await table.SubmitAsync("|person|" + WebChat.Key, [EntityWrite.Upsert(EntityPersonLanguages.RowKey, """{"lang":"zh"}""")]);

        var first = new EntityPersonLanguages(await ReopenAsync(table));
        await first.LoadAsync(CancellationToken.None);
        first.Find(Teams).Should().Be(Lang.En);
        await first.RememberAsync(WebChat, Lang.En, CancellationToken.None);

        var counted = new PartitionReads(await ReopenAsync(table));
        var next = new EntityPersonLanguages(counted);
        await next.LoadAsync(CancellationToken.None);
        next.Find(Teams).Should().Be(Lang.En);
        next.Find(WebChat).Should().Be(Lang.En, "the change since the copy");
        counted.CrossPartition.Should().Be(0, "a start after the copy reads one partition");
        counted.Queries.Should().ContainSingle();
    }
}
