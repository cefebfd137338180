using System.Diagnostics;
using MeetingBot.Core.Domain;

namespace MeetingBot.Core.Telemetry;

public static partial class MeetingBotTelemetry
{
    // The turn under way in this async flow: channels start it, the conversation says what it was, disposal records it.
    private static readonly AsyncLocal<TurnScope?> CurrentTurn = new();

    /// <summary>Starts a turn's span and clock; dispose it when the turn has been answered.</summary>
    public static TurnScope StartTurn(string channel)
    {
        var scope = new TurnScope(channel, Source.StartActivity("turn", ActivityKind.Internal));
        CurrentTurn.Value = scope;
        return scope;
    }

    /// <summary>What the conversation made of the turn under way: the feature that answered, the joint meeting, the outcome.</summary>
    public static void TurnHandled(string? feature, string? jointMeetingId, string outcome)
    {
        if (CurrentTurn.Value is not { } turn) return;
        turn.Feature = feature ?? turn.Feature;
        turn.JointMeetingId = jointMeetingId ?? turn.JointMeetingId;
        turn.Outcome = outcome;
    }

    /// <summary>The domain refused what the person asked (not allowed, a date in the past...): the turn's outcome and a refusal.</summary>
    public static void TurnRefused(string? jointMeetingId, DomainError error)
    {
        TurnHandled(null, jointMeetingId, "refused");
        var channel = CurrentTurn.Value?.Channel ?? "unknown";
        Refusals.Add(1, new(Tags.Channel, channel), new(Tags.Reason, "domain"), new("meetingbot.domain_error", error.ToString()));
    }

    /// <summary>One turn: a span tagged at the end (so late facts such as the joint meeting get in) and the turn metrics.</summary>
    public sealed class TurnScope : IDisposable
    {
        // A monotonic clock for a duration, not wall time: TimeProvider's clock may be a test's frozen one.
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly Activity? _activity;
        private bool _disposed;

        internal TurnScope(string channel, Activity? activity)
        {
            Channel = channel;
            _activity = activity;
        }

        public string Channel { get; }
        public string? Feature { get; internal set; }
        public string? JointMeetingId { get; internal set; }

        /// <summary>answered, not_understood, refused, conflict, too_large, store_unavailable, or error (an exception escaped).</summary>
        public string Outcome { get; internal set; } = "error";

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            if (CurrentTurn.Value == this) CurrentTurn.Value = null;
            Turns.Add(1, new(Tags.Channel, Channel), new(Tags.Outcome, Outcome), new(Tags.Feature, Feature ?? "none"));
            TurnDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>(Tags.Channel, Channel));
            if (_activity is null) return;
            _activity.SetTag(Tags.Channel, Channel);
            _activity.SetTag(Tags.Feature, Feature);
            _activity.SetTag(Tags.JointMeeting, JointMeetingId);
            _activity.SetTag(Tags.Outcome, Outcome);
            if (Outcome == "error") _activity.SetStatus(ActivityStatusCode.Error);
            _activity.Dispose();
        }
    }
}
