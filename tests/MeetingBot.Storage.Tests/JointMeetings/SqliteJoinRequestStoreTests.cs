using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The join-request and row-size suite on the embedded engine.</summary>
public sealed class SqliteJoinRequestStoreTests : JoinRequestStoreConformanceTests, IDisposable
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    public void Dispose() => folders.Dispose();
}
