using System.Text.Json;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// POST /conversations/{id}/upload: Direct Line's file upload, as DirectLineJS' postActivityWithAttachments sends
/// it (Web Chat's paper-clip button): multipart/form-data with the files and, optionally, an "activity" part
/// (application/vnd.microsoft.activity) holding the message's text. The files are echoed by name and handed to the
/// conversation as attachments held in memory for the turn; nothing is stored here. Each file and the whole
/// upload are capped.
/// </summary>
internal static class DirectLineUploadEndpoint
{
    /// <summary>The largest upload: a little over the largest document a conversation takes (a 30 MB PDF).</summary>
    public const long MaxUploadBytes = 32 * 1024 * 1024;
    private const int MaxFiles = 5;

    public static async Task<IResult> PostAsync(string id, HttpContext http, DirectLineAccess access, WebChatBot bot, TimeProvider time, ILoggerFactory logs)
    {
        var (conversation, _, refusal) = access.Conversation(http, id);
        if (conversation is null) return refusal!;
        if (!http.Request.HasFormContentType || !(http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) ?? false))
            return Bad(logs, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "an upload is multipart/form-data");
        if (http.Request.ContentLength > MaxUploadBytes)
            return Bad(logs, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"the upload is larger than {MaxUploadBytes / (1024 * 1024)} MB");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxUploadBytes;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxUploadBytes, ValueCountLimit = 20 }));

        IFormCollection form;
        try { form = await http.Request.ReadFormAsync(http.RequestAborted); }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", $"the upload cannot be read ({e.Message})");
        }

        var activity = new Activity { Type = ActivityTypes.Message };
        if (form.Files.FirstOrDefault(f => f.Name == "activity" || f.ContentType == "application/vnd.microsoft.activity") is { } part)
        {
            try
            {
                await using var stream = part.OpenReadStream();
                activity = await JsonSerializer.DeserializeAsync<Activity>(stream, BotJson.Options, http.RequestAborted) ?? activity;
            }
            catch (JsonException e) { return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", $"the activity part is not an activity ({e.Message})"); }
        }
        var files = form.Files.Where(f => f.Name != "activity" && f.ContentType != "application/vnd.microsoft.activity").ToList();
        if (files.Count == 0) return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", "the upload holds no file");
        if (files.Count > MaxFiles) return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", $"at most {MaxFiles} files at once");

        var attachments = new List<ChatAttachment>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted);
            var bytes = buffer.ToArray();
            attachments.Add(new ChatAttachment(file.FileName, file.ContentType, bytes.Length, (max, _) => bytes.Length > max
                ? throw new ChatAttachmentException($"larger than {max} bytes", tooLarge: true)
                : Task.FromResult(bytes)));
        }

        activity.Type = ActivityTypes.Message;
        activity.Attachments = [.. files.Select(f => new Attachment { ContentType = string.IsNullOrEmpty(f.ContentType) ? "application/octet-stream" : f.ContentType, Name = f.FileName })];
        var echoed = conversation.Log.Append(WebChatActivities.Echo(conversation, activity, time.GetUtcNow()));
        try
        {
            await bot.AnswerAsync(conversation, activity, echoed, attachments, CancellationToken.None);
        }
        catch (Exception e)
        {
            Log.TurnFailed(logs.CreateLogger(typeof(DirectLineUploadEndpoint).FullName!), conversation.Id, e);
        }
        return DirectLineResults.Object(new() { ["id"] = echoed });
    }

    private static IResult Bad(ILoggerFactory logs, int status, string code, string message)
    {
        Log.BadRequest(logs.CreateLogger(typeof(DirectLineUploadEndpoint).FullName!), message);
        return DirectLineResults.Error(status, code, message);
    }
}
