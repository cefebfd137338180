using System.Buffers;
using System.Globalization;
using System.Text;

namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// Escapes what Azure forbids in PartitionKey and RowKey ('/', '\', '#', '?', U+0000–U+001F, U+007F–U+009F) and
/// the escape character '%' itself, as %XX, one character at a time so that an escaped prefix is a prefix of
/// every escaped key it prefixes.
/// </summary>
/// <remarks>
/// XX is the character's code (every escaped character is below U+00A0; for ASCII that is its UTF-8 byte).
/// The C1 controls would take two UTF-8 bytes (six characters); one code keeps every escape at three characters,
/// so a key of <see cref="Entities.EntityLimits.MaxKeyLength"/> characters stays within Azure's 1 KiB.
/// </remarks>
internal static class AzureKeys
{
    public static string Escape(string key)
    {
        if (!key.AsSpan().ContainsAny(Forbidden))
            return key;
        var escaped = new StringBuilder(key.Length + 16);
        foreach (var c in key)
        {
            if (IsForbidden(c))
                escaped.Append('%').Append(((int)c).ToString("X2"));
            else
                escaped.Append(c);
        }
        return escaped.ToString();
    }

    public static string Unescape(string key)
    {
        if (!key.Contains('%'))
            return key;
        var plain = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != '%')
            {
                plain.Append(key[i]);
                continue;
            }
            if (i + 2 >= key.Length || !byte.TryParse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, null, out var code))
                throw new FormatException($"The stored key '{key}' holds a '%' that is not an escape written by this engine.");
            plain.Append((char)code);
            i += 2;
        }
        return plain.ToString();
    }

    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsForbidden).ToArray());

    private static bool IsForbidden(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or <= '\u001F' or (>= '\u007F' and <= '\u009F');
}
