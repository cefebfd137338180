using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>How aggregate states are written as row bodies: camelCase JSON, enums by name (stable if enums gain members).</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese as itself, not \uXXXX: a third of the size
    };

    public static string Write<T>(T state) => JsonSerializer.Serialize(state, Options);

    public static T Read<T>(string partitionKey, string rowKey, string body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options)
                ?? throw new InvalidDataException($"Row '{rowKey}' of '{partitionKey}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Row '{rowKey}' of '{partitionKey}' is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }
}
