namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// The fields every card button sends back: which action (<see cref="Key"/>), which joint meeting it was about
/// (<see cref="JointMeetingKey"/>), the card's language, and fields of its own. Inputs are merged in by the client.
/// </summary>
public static class CardActions
{
    public const string Key = "action";
    public const string JointMeetingKey = "jm";
    public const string LanguageKey = "lang";

    /// <summary>What the person said before a choice was needed, answered after it (see ConversationTurn.ContinueWith).</summary>
    public const string ThenKey = "then";

    /// <summary>
    /// The id of a button that changes something: the store remembers it with the change, so a second press (or a
    /// replay) is answered "already done" and changes nothing.
    /// </summary>
    public const string ActionIdKey = "aid";

    public static string NewActionId() => Guid.NewGuid().ToString("N");

    /// <summary>The data of a button that changes something: <see cref="Data"/> with an action id of its own.</summary>
    public static CardSubmission Once(string action, string? jointMeetingId, Lang lang, params (string Key, string? Value)[] fields) =>
        Data(action, jointMeetingId, lang, [.. fields, (ActionIdKey, NewActionId())]);

    public static CardSubmission Data(string action, string? jointMeetingId, Lang lang, params (string Key, string? Value)[] fields)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [Key] = action, [LanguageKey] = lang.Code() };
        if (jointMeetingId is not null) data[JointMeetingKey] = jointMeetingId;
        foreach (var (key, value) in fields)
            if (value is not null) data[key] = value;
        return new CardSubmission(data);
    }

    public static string? ActionOf(CardSubmission? value) => value?.Action;

    /// <summary>A field as text, or null when absent.</summary>
    public static string? String(CardSubmission? value, string key) => value?.Field(key);

    /// <summary>A field as trimmed text, null when absent or blank.</summary>
    public static string? Trimmed(CardSubmission? value, string key) => value?.Trimmed(key);
}
