using MeetingBot.Core.Domain.Persistence;
namespace MeetingBot.Core.Domain.Persistence;

/// <summary>Base of what storage reports to callers; <see cref="IsRetryable"/> says whether trying again can help.</summary>
public abstract class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    public abstract bool IsRetryable { get; }
}

/// <summary>
/// A write's condition did not hold: the row exists (insert), changed or vanished (replace, delete). Someone else
/// wrote first; reload and try again. <see cref="WriteIndex"/> is the failing write of the batch, when known.
/// </summary>
public sealed class StoreConflictException(string message, int? writeIndex = null, Exception? inner = null)
    : StoreException(message, inner)
{
    public int? WriteIndex { get; } = writeIndex;
    public override bool IsRetryable => true;
}

/// <summary>The engine could not be reached, timed out, or is busy. Nothing is known to be written; retry later.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : StoreException(message, inner)
{
    public override bool IsRetryable => true;
}

/// <summary>A key, a body or a batch is beyond the engine's limits. Retrying the same write cannot help.</summary>
public sealed class StoreLimitException(string message) : StoreException(message)
{
    public override bool IsRetryable => false;
}
