using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The working copy's conformance suite on the embedded engine, each test in a data folder of its own.</summary>
public sealed class SqliteWorkingCopyTests : WorkingCopyConformanceTests, IDisposable
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    protected override async Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        await folders.OpenAsync(Path.GetDirectoryName(((SqliteEntityTable)table).DatabasePath)!);

    public void Dispose() => folders.Dispose();
}
