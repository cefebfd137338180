using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// Counts the tries Azure.Core makes for one call. A batch whose first try timed out may have been applied before
/// Azure.Core retried it; the retry then fails with "already exists" or "condition not met" although the caller's
/// write is in place. Knowing that a retry happened lets <see cref="AzureEntityTable"/> check instead of reporting
/// a false conflict.
/// </summary>
internal sealed class AttemptCounter : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for the calls made from here in this async flow.</summary>
    public static StrongBox<int> Begin() => Current.Value = new StrongBox<int>();

    public override void OnSendingRequest(HttpMessage message)
    {
        if (Current.Value is { } attempts) Interlocked.Increment(ref attempts.Value);
    }
}
