namespace MeetingBot.Core.Conversation;

/// <summary>
/// A file that came with a message, as any channel gives it: its name, its declared type and size when the channel
/// says them, and a way to fetch its bytes with the channel's own credentials (Teams' download URL or the bot's
/// token, Slack's bot token, the web chat's upload). The bytes are fetched only when a feature wants them, and
/// never more than it allows.
/// </summary>
/// <param name="Name">The file name the sender gave it ("实施方案.docx"); a hint only: content decides what it is.</param>
/// <param name="ContentType">The media type the channel declared, or null.</param>
/// <param name="Length">Its size in bytes when the channel says it before the download, or null.</param>
/// <param name="Download">Fetches the bytes, failing with <see cref="ChatAttachmentException"/> past the given size or when the channel refuses.</param>
public sealed record ChatAttachment(string Name, string? ContentType, long? Length, ChatAttachmentDownload Download);

/// <summary>Fetches an attachment's bytes, at most <paramref name="maxBytes"/> of them.</summary>
public delegate Task<byte[]> ChatAttachmentDownload(long maxBytes, CancellationToken cancellationToken);

/// <summary>An attachment that could not be fetched: larger than allowed, or the channel would not give it.</summary>
public sealed class ChatAttachmentException(string message, bool tooLarge = false) : Exception(message)
{
    public bool TooLarge { get; } = tooLarge;

    /// <summary>Reads a channel's download stream up to <paramref name="maxBytes"/>, failing as soon as it runs past them.</summary>
    public static async Task<byte[]> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new ChatAttachmentException($"larger than {maxBytes} bytes", tooLarge: true);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
