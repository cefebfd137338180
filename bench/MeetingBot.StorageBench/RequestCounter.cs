using Azure.Core;
using Azure.Core.Pipeline;

namespace MeetingBot.StorageBench;

/// <summary>Counts the HTTP requests the Azure client sends (retries included), to check "a full load in at most 3 requests".</summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        return ProcessNextAsync(message, pipeline);
    }
}
