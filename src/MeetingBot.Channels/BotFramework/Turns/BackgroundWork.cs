using System.Collections.Concurrent;
using System.Threading.Channels;
using MeetingBot.Channels.BotFramework.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// Work that runs after the channel has been answered: queued slow work, and turns that ran over their time
/// budget. A few items run at once; on shutdown the queue is closed and what was accepted is finished (within the
/// host's shutdown timeout) rather than dropped.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> log) : BackgroundService
{
    public const int Capacity = 1_000;
    public const int Concurrency = 4;

    private readonly Channel<(string Conversation, Func<CancellationToken, Task> Work)> _queue =
        Channel.CreateBounded<(string, Func<CancellationToken, Task>)>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<Task, byte> _adopted = new();

    // Cancelled only when the host's shutdown timeout runs out, not when shutdown begins.
    private readonly CancellationTokenSource _abort = new();

    // Work queued, running or adopted; WhenIdle completes when it drops to none.
    private readonly Lock _gate = new();
    private int _busy;
    private TaskCompletionSource _idle = Idle();

    /// <summary>
    /// Completes once nothing is queued, running or adopted: what was accepted has finished. Tests wait on it to
    /// show that something did not happen, instead of sleeping and hoping it would have happened by then.
    /// </summary>
    public Task WhenIdle
    {
        get { lock (_gate) return _idle.Task; }
    }

    public bool TryQueue(string conversationId, Func<CancellationToken, Task> work)
    {
        Begin();
        if (_queue.Writer.TryWrite((conversationId, work))) return true;
        End();
        return false;
    }

    /// <summary>Keeps watching a turn that outlived its request: its failure is logged, and shutdown waits for it.</summary>
    public void Adopt(string? conversationId, Task turn)
    {
        Begin();
        _adopted.TryAdd(turn, 0);
        turn.ContinueWith(t =>
        {
            _adopted.TryRemove(t, out _);
            if (t.Exception is { } e) Log.BackgroundFailed(log, conversationId, e.GetBaseException());
            End();
        }, TaskScheduler.Default);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // Reading is not cancelled by shutdown: StopAsync closes the writer and the loop drains what was accepted.
        Parallel.ForEachAsync(
            _queue.Reader.ReadAllAsync(CancellationToken.None),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (item, _) =>
            {
                try
                {
                    await item.Work(_abort.Token);
                }
                catch (Exception e)
                {
                    Log.BackgroundFailed(log, item.Conversation, e);
                }
                finally
                {
                    End();
                }
            });

    private void Begin()
    {
        lock (_gate)
        {
            if (_busy++ == 0) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void End()
    {
        lock (_gate)
        {
            if (--_busy == 0) _idle.TrySetResult();
        }
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        using var _ = cancellationToken.Register(_abort.Cancel);
        var draining = Task.WhenAll(_adopted.Keys.Append(ExecuteTask ?? Task.CompletedTask));
        await Task.WhenAny(draining, Task.Delay(Timeout.Infinite, cancellationToken));
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }
}
