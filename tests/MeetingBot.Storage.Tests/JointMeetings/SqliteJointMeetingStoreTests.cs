using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The joint-meeting store conformance suite on the embedded engine, each test in a data folder of its own.</summary>
public sealed class SqliteJointMeetingStoreTests : JointMeetingStoreConformanceTests, IDisposable
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    protected override async Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        await folders.OpenAsync(Path.GetDirectoryName(((SqliteEntityTable)table).DatabasePath)!);

    protected override async Task<IStoreOutage> CreateOutageAsync() =>
        new ExclusiveLockOutage(await folders.OpenAsync(folders.NewFolder(), TimeSpan.FromMilliseconds(300)));

    public void Dispose() => folders.Dispose();
}
