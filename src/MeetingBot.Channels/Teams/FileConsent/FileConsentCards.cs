using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// Teams' two file cards, as Microsoft documents them ("Send and receive files using bot"): the consent card that
/// asks to put a file into the person's OneDrive (its contexts carry only our offer's id, never the bytes), and the
/// file info card that shows the uploaded file in the chat.
/// </summary>
public static class FileConsentCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string ContextKey = "offer";

    public static Attachment Consent(string name, long sizeInBytes, string description, string offerId) => new()
    {
        ContentType = ConsentContentType,
        Name = name,
        Content = new JsonObject
        {
            ["description"] = description,
            ["sizeInBytes"] = sizeInBytes,
            ["acceptContext"] = new JsonObject { [ContextKey] = offerId },
            ["declineContext"] = new JsonObject { [ContextKey] = offerId },
        },
    };

    public static Attachment Info(UploadInfo upload) => new()
    {
        ContentType = InfoContentType,
        ContentUrl = upload.ContentUrl,
        Name = upload.Name,
        Content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
    };
}

/// <summary>Where Teams has made room for an accepted file (the invoke's value.uploadInfo).</summary>
public sealed record UploadInfo(string Name, string UploadUrl, string ContentUrl, string UniqueId, string FileType)
{
    public static UploadInfo? From(JsonNode? node) =>
        node is JsonObject info && Text(info["name"]) is { } name && Text(info["uploadUrl"]) is { } uploadUrl && Text(info["contentUrl"]) is { } contentUrl
            ? new(name, uploadUrl, contentUrl, Text(info["uniqueId"]) ?? "", Text(info["fileType"]) ?? "")
            : null;

    // From a client: a field of the wrong JSON kind reads as absent.
    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;
}
