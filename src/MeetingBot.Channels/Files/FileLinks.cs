using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Files;

/// <summary>
/// Files the bot sends (a meeting's .ics invitation) as links to this host, since a Teams bot cannot attach an
/// arbitrary file to a message. A link is stateless: it carries the file itself (compressed, base64url), when it
/// expires and an HMAC-SHA256 over both and the name, so nothing is stored and any instance with the same key
/// serves it. A forged, tampered or expired link serves nothing.
/// </summary>
/// <remarks>
/// The whole link must fit Kestrel's request line (8 KB by default): files whose compressed form is larger are
/// linked by their <see cref="FileAttachment.Source"/> when they have one (the host makes them again from the
/// store, through an <see cref="IFileSource"/>), else get no link (<see cref="LinkFor"/> returns null) and the
/// message says so. An invitation is one or two KB.
/// </remarks>
public sealed class FileLinks(byte[] key, Func<Uri> baseUrl, TimeSpan lifetime, TimeProvider time)
{
    public const string Route = "/files/{name}";
    public const int MaxFileBytes = 256 * 1024;
    public const int MaxEncodedLength = 6_000;
    public const int MaxSourceLength = 400;
    private const int MaxNameLength = 100;
    private static readonly byte[] KeyInfo = "MeetingBot file links v1"u8.ToArray();

    /// <summary>The signing key derived from a configured secret (the link key or the app password).</summary>
    public static byte[] DeriveKey(string secret) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret.Trim()), 32, salt: null, info: KeyInfo);

    /// <summary>The link that serves <paramref name="file"/> until the lifetime runs out; null when it is too large for a link.</summary>
    public Uri? LinkFor(FileAttachment file)
    {
        var name = SafeName(file.Name);
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var data = file.Content.Length > MaxFileBytes ? null : Base64Url.EncodeToString(Compress(file.Content));
        if (data is not null && data.Length <= MaxEncodedLength)
            return new Uri(baseUrl(), $"files/{Uri.EscapeDataString(name)}?d={data}&exp={expires}&sig={Sign(name, expires, data)}");
        // Too large to carry: a file the host can make again from the store is linked by its source instead.
        if (file.Source is { Length: > 0 and <= MaxSourceLength } source)
            return new Uri(baseUrl(), $"files/{Uri.EscapeDataString(name)}?src={Uri.EscapeDataString(source)}&exp={expires}&sig={Sign(name, expires, SourceData(source))}");
        return null;
    }

    /// <summary>A link naming a source (<see cref="FileAttachment.Source"/>): checked like one carrying data, then made by an <see cref="IFileSource"/>.</summary>
    public FileLinkCheck CheckSource(string name, string? source, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(source) || source.Length > MaxSourceLength) return FileLinkCheck.NotFound;
        var check = Verify(name, SourceData(source), expires, signature);
        return check.Status == FileLinkStatus.Served ? new FileLinkCheck(FileLinkStatus.FromSource, name, Source: source, ContentType: ContentTypeOf(name)) : check;
    }

    private static string SourceData(string source) => "src:" + source;

    /// <summary>A signed, expiring link to a page of this host (e.g. a joint meeting's dashboard), for whoever was given it.</summary>
    public Uri PageLink(string path)
    {
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new Uri(baseUrl(), $"{path}?exp={expires}&sig={Sign(path, expires, PageData)}");
    }

    /// <summary>Whether a request for a page carries a valid, unexpired signature of its path.</summary>
    public bool CheckPage(string path, string? expires, string? signature) => Verify(path, PageData, expires, signature).Status == FileLinkStatus.Served;

    private const string PageData = "page:";

    /// <summary>What a request for a link gets: the file, or why not (malformed: 404; forged or expired: 403).</summary>
    public FileLinkCheck Check(string name, string? data, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(data) || data.Length > MaxEncodedLength) return FileLinkCheck.NotFound;
        var check = Verify(name, data, expires, signature);
        if (check.Status != FileLinkStatus.Served) return check;
        if (!Base64Url.IsValid(data) || Decompress(Base64Url.DecodeFromChars(data)) is not { } content) return FileLinkCheck.NotFound;
        return new FileLinkCheck(FileLinkStatus.Served, name, content, ContentTypeOf(name));
    }

    // The signature and the expiry of a link: Served when both hold (the caller then reads what the link carries).
    private FileLinkCheck Verify(string name, string data, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(signature)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || !Base64Url.IsValid(signature, out var signatureLength) || signatureLength != 32)
            return FileLinkCheck.NotFound;

        // Compare in constant time: a forger must not learn how much of a guess was right.
        var expected = Base64Url.DecodeFromChars(Sign(name, expires!, data));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(signature))) return FileLinkCheck.Forbidden;
        if (time.GetUtcNow().ToUnixTimeSeconds() > expiresAt) return FileLinkCheck.Forbidden;
        return new FileLinkCheck(FileLinkStatus.Served, name);
    }

    /// <summary>
    /// The content type by the name's extension, from a fixed list (never from the link), so a link cannot be made
    /// to serve a page; anything else is a plain download.
    /// </summary>
    public static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".ics" => "text/calendar; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>A name safe in a URL path and a download: letters (Chinese included), digits and - _ . ( ) and spaces.</summary>
    public static string SafeName(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
            safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '(' or ')' or ' ' ? c : '_');
        var text = safe.ToString().Trim().TrimStart('.');
        if (text.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(text);
            text = extension.Length < 10 ? text[..(MaxNameLength - extension.Length)] + extension : text[..MaxNameLength];
        }
        return text.Length == 0 ? "file" : text;
    }

    private string Sign(string name, string expires, string data)
    {
        var message = Encoding.UTF8.GetBytes($"{name}\n{expires}\n{data}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            brotli.Write(content);
        return output.ToArray();
    }

    // Signed data came from this bot, but it is read as if it had not: a cap on the output keeps even a leaked key
    // from serving a bomb, and anything but one whole Brotli stream (cut short, trailing bytes, not Brotli at all)
    // serves nothing. The decoder reports each case as a status; the stream wrapper would hide some of them.
    private static byte[]? Decompress(byte[] compressed)
    {
        var output = ArrayPool<byte>.Shared.Rent(MaxFileBytes);
        try
        {
            using var decoder = new BrotliDecoder();
            var status = decoder.Decompress(compressed, output.AsSpan(0, MaxFileBytes), out var consumed, out var written);
            return status == OperationStatus.Done && consumed == compressed.Length ? output[..written] : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }
}

public enum FileLinkStatus { Served, NotFound, Forbidden, FromSource }

/// <summary>
/// The answer to a request for a file link: the file when <see cref="Status"/> is Served; the source to make it
/// from when it is FromSource.
/// </summary>
public sealed record FileLinkCheck(FileLinkStatus Status, string? Name = null, byte[]? Content = null, string? ContentType = null, string? Source = null)
{
    public static readonly FileLinkCheck NotFound = new(FileLinkStatus.NotFound);
    public static readonly FileLinkCheck Forbidden = new(FileLinkStatus.Forbidden);
}
