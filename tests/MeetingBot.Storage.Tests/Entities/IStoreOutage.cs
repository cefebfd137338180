using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Entities;

/// <summary>An engine instance whose store can be taken away and given back, the same instance throughout.</summary>
public interface IStoreOutage : IAsyncDisposable
{
    IEntityTable Table { get; }

    Task BeginAsync();

    Task EndAsync();
}
