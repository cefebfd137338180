namespace MeetingBot.Core.Domain;

/// <summary>The checks of plain values every aggregate makes, with the same wording everywhere.</summary>
internal static class Require
{
    public static string Text(string? value, string what, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            throw new DomainException(DomainError.InvalidValue, $"The {what} is empty.");
        if (text.Length > maxLength)
            throw new DomainException(DomainError.InvalidValue, $"The {what} has {text.Length} characters; at most {maxLength} are allowed.");
        return text;
    }

    /// <summary>
    /// An id chosen by a person or the bot: no spaces, control characters or '|' (storage keys use it as a
    /// separator); anything else, Chinese included, is fine.
    /// </summary>
    public static string Id(string? value, string what, int maxLength = 64)
    {
        var id = Text(value, what, maxLength);
        if (id.Any(ch => char.IsControl(ch) || char.IsWhiteSpace(ch) || ch == '|'))
            throw new DomainException(DomainError.InvalidValue, $"The {what} '{id}' has a space, a control character or '|'.");
        return id;
    }

    public static string? OptionalText(string? value, string what, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, what, maxLength);
}
