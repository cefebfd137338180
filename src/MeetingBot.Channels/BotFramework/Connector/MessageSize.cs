using System.Text;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Teams refuses bot messages over about 100 KB (413 MessageSizeTooBig); we stay under 80 KB of JSON. A long
/// plain-text message is split at line breaks into parts that fit; a card that does not fit is the sender's bug.
/// </summary>
public static class MessageSize
{
    public const int LimitBytes = 80 * 1024;

    /// <summary>
    /// The least room a part may have. Below it a long text would go out as a flood of scraps (at one character a
    /// part, thousands of messages at the per-conversation pace): such a message is not sent at all.
    /// </summary>
    public const int MinimumPartBytes = 4 * 1024;

    /// <summary>
    /// Splits <paramref name="text"/> into parts of at most <paramref name="maxBytes"/> UTF-8 bytes, at line breaks
    /// where possible. No part is empty; <paramref name="maxBytes"/> must be at least <see cref="MinimumPartBytes"/>.
    /// </summary>
    public static IReadOnlyList<string> SplitText(string text, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, MinimumPartBytes);
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var line in Lines(text))
        {
            var lineBytes = Encoding.UTF8.GetByteCount(line);
            if (currentBytes + lineBytes > maxBytes && current.Length > 0)
            {
                AddPart(parts, current.ToString());
                current.Clear();
                currentBytes = 0;
            }

            if (lineBytes <= maxBytes)
            {
                current.Append(line);
                currentBytes += lineBytes;
                continue;
            }

            // One line longer than a whole part: cut it by characters, never inside a surrogate pair.
            foreach (var piece in Cut(line, maxBytes)) AddPart(parts, piece);
        }

        if (current.Length > 0) AddPart(parts, current.ToString());
        return parts;
    }

    // Line breaks between parts are where the split is; a run of blank lines alone is no message.
    private static void AddPart(List<string> parts, string text)
    {
        var part = text.TrimEnd('\n');
        if (!string.IsNullOrWhiteSpace(part)) parts.Add(part);
    }

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            yield return text[start..end];
            start = end;
        }
    }

    private static IEnumerable<string> Cut(string line, int maxBytes)
    {
        var piece = new StringBuilder();
        var bytes = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var chunk = line.Substring(i, length);
            var chunkBytes = Encoding.UTF8.GetByteCount(chunk);
            if (bytes + chunkBytes > maxBytes)
            {
                yield return piece.ToString();
                piece.Clear();
                bytes = 0;
            }

            piece.Append(chunk);
            bytes += chunkBytes;
            i += length - 1;
        }

        if (piece.Length > 0) yield return piece.ToString();
    }
}
