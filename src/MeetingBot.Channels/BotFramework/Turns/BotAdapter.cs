using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// Runs one authenticated activity through the bot, as the SDK's CloudAdapter.ProcessAsync: records the
/// conversation, builds the turn, runs the bot with one catch at the boundary (the person is told something went
/// wrong; the log says what), and returns the invoke answer. A turn that outruns the budget is left to finish in
/// the background, so the channel is always answered within its 15 seconds.
/// </summary>
public sealed class BotAdapter(
    IBot bot,
    MessageSender sender,
    ConversationReferences conversations,
    BackgroundWork background,
    IOptions<TurnOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<BotAdapter> log)
{
    /// <summary>The invoke answer for an invoke activity; null for every other type (the channel gets 200 and an empty body).</summary>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, AuthenticatedCaller caller)
    {
        activity.CallerId = caller.CallerId;
        // The turn belongs to the application, not to the request: a channel that hangs up must not cut a reply short.
        var stopping = lifetime.ApplicationStopping;
        await conversations.ObserveAsync(activity, stopping);

        var turn = new TurnContext(activity, caller, sender, background);
        var running = RunAsync(turn, stopping);
        var budget = options.Value.Budget;
        using var timer = new CancellationTokenSource();
        var finished = await Task.WhenAny(running, Task.Delay(budget, time, timer.Token));
        if (finished != running)
        {
            Log.TurnOverBudget(log, activity.Type, activity.Conversation?.Id, budget);
            background.Adopt(activity.Conversation?.Id, running);
            return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Message(Replies.StillWorking(LanguageOf(activity.Locale))) : null;
        }

        await timer.CancelAsync();
        await running;
        return activity.Type == ActivityTypes.Invoke ? turn.InvokeResponse ?? InvokeResponse.NotImplemented : null;
    }

    private async Task RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(log, turn.Activity.Type, turn.Activity.ChannelId, turn.Activity.Conversation?.Id, e);
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                turn.InvokeResponse = InvokeResponse.Error(500, "InternalError", Replies.TurnFailed(LanguageOf(turn.Activity.Locale)));
            }
            else if (turn.Activity.Type == ActivityTypes.Message)
            {
                await turn.SendTextAsync(Replies.TurnFailed(LanguageOf(turn.Activity.Locale)), CancellationToken.None);
            }
        }
    }

    // Nothing was said that could tell the language: the client's locale does.
    private static Lang LanguageOf(string? locale) => Languages.Detect("", locale);
}
