using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>
/// The one JSON setting for the wire: camelCase, nulls omitted (the spec asks senders to leave empty fields out),
/// and non-ASCII written as UTF-8 rather than \uXXXX, so Chinese text costs 3 bytes rather than 6 against Teams'
/// message size limit. Source-generated, because every turn reads one activity and writes at least one.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(PagedMembersResult))]
internal sealed partial class BotJsonContext : JsonSerializerContext;

public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(BotJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BotJsonContext.Default,
    };

    private static readonly BotJsonContext Context = new(Options);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);

    public static byte[] SerializeToUtf8(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, Context.Activity);

    public static byte[] SerializeToUtf8(ConversationParameters parameters) =>
        JsonSerializer.SerializeToUtf8Bytes(parameters, Context.ConversationParameters);

    public static byte[] SerializeToUtf8(ErrorResponse error) => JsonSerializer.SerializeToUtf8Bytes(error, Context.ErrorResponse);

    /// <summary>
    /// Reads one activity; throws <see cref="JsonException"/> on malformed JSON or a body that is not an object.
    /// Null entries in its lists (<c>membersAdded: [null]</c>) are dropped here, so no handler meets one.
    /// </summary>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8)
    {
        var activity = JsonSerializer.Deserialize(utf8, Context.Activity);
        if (activity is null) return null;
        activity.MembersAdded?.RemoveAll(m => m is null);
        activity.MembersRemoved?.RemoveAll(m => m is null);
        activity.Attachments?.RemoveAll(a => a is null);
        activity.Entities?.RemoveAll(e => e is null);
        activity.ReactionsAdded?.RemoveAll(r => r is null);
        activity.ReactionsRemoved?.RemoveAll(r => r is null);
        return activity;
    }

    public static ResourceResponse? DeserializeResource(string json) => JsonSerializer.Deserialize(json, Context.ResourceResponse);

    public static ConversationResourceResponse? DeserializeConversation(string json) =>
        JsonSerializer.Deserialize(json, Context.ConversationResourceResponse);

    public static ErrorResponse? DeserializeError(string json) => JsonSerializer.Deserialize(json, Context.ErrorResponse);

    public static List<ChannelAccount>? DeserializeMembers(string json) => JsonSerializer.Deserialize(json, Context.ListChannelAccount);

    public static PagedMembersResult? DeserializePagedMembers(string json) => JsonSerializer.Deserialize(json, Context.PagedMembersResult);
}
