namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// What a pressed button sends back, as every channel reads it: the action, the joint meeting it was about, the
/// card's language, the button's own fields and the card's inputs, all as text. Everything in it is untrusted: a
/// client may send anything, so the features validate it like typed input.
/// </summary>
public sealed record CardSubmission(IReadOnlyDictionary<string, string> Fields)
{
    public string? Action => Field(CardActions.Key);

    public string? JointMeetingId => Trimmed(CardActions.JointMeetingKey);

    /// <summary>The language of the card that was pressed ("zh" or "en"), or null.</summary>
    public string? Language => Field(CardActions.LanguageKey);

    public string? Field(string key) => Fields.TryGetValue(key, out var value) ? value : null;

    /// <summary>A field as trimmed text, null when absent or blank.</summary>
    public string? Trimmed(string key) => Field(key)?.Trim() is { Length: > 0 } text ? text : null;

    public static CardSubmission Of(IEnumerable<KeyValuePair<string, string>> fields) =>
        new(new Dictionary<string, string>(fields, StringComparer.Ordinal));
}
