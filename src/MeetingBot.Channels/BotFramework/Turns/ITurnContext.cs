using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// One incoming activity and the means to answer it, as the Bot Builder SDK's turn context: what arrived, who sent
/// it, and send / update / delete in its conversation. It holds nothing of the HTTP request, so work that outlives
/// the request (see <see cref="RunInBackground"/>) can keep using it.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    AuthenticatedCaller Caller { get; }

    /// <summary>The activity's text with the bot's own @-mention removed and trimmed ("" when there is none).</summary>
    string Text { get; }

    /// <summary>Where this conversation is, for answering now or later.</summary>
    ConversationReference Conversation { get; }

    /// <summary>The answer to an invoke activity, written as the HTTP response; ignored for other types.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends a reply to the incoming activity (threaded under it where the channel threads).</summary>
    Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<DeliveryResult> SendTextAsync(string text, CancellationToken cancellationToken = default);

    Task<DeliveryResult> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task<DeliveryResult> DeleteAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs slow work (a compiled brief, a fan-out) after the channel has been answered, within its 15 seconds.
    /// False when the background queue is full; tell the person to try again.
    /// </summary>
    bool RunInBackground(Func<ITurnContext, CancellationToken, Task> work);
}
