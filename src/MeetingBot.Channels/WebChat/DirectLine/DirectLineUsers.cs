using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>The user a Direct Line call names in <c>{user:{id,name}}</c>; ids must start with dl_, as the service requires.</summary>
internal static class DirectLineUsers
{
    public const int MaxIdLength = 128;
    public const int MaxNameLength = 100;

    public static string NewId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>The named user (a fresh id when none is named), or why the body's user is not acceptable.</summary>
    public static (string Id, string? Name, string? Problem) From(JsonObject body)
    {
        if (!body.TryGetPropertyValue("user", out var node) || node is null) return (NewId(), null, null);
        if (node is not JsonObject user) return ("", null, "user must be an object {id, name}");
        if (!DirectLineBodies.TryString(user, "id", out var id) || !DirectLineBodies.TryString(user, "name", out var name))
            return ("", null, "user.id and user.name must be strings");
        if (string.IsNullOrWhiteSpace(id)) return (NewId(), Blank(name), null);
        id = id.Trim();
        if (!id.StartsWith("dl_", StringComparison.Ordinal) || id.Length > MaxIdLength || id.Any(char.IsControl))
            return ("", null, $"user.id must start with dl_ and be at most {MaxIdLength} characters");
        if (name?.Length > MaxNameLength) return ("", null, $"user.name must be at most {MaxNameLength} characters");
        // A persona's account is the page's session's own: only POST /webchat/session hands out its token.
        if (id.StartsWith(Personas.Persona.UserIdPrefix, StringComparison.OrdinalIgnoreCase))
            return ("", null, $"user.id {Personas.Persona.UserIdPrefix}… is a persona of the web chat page; start it with POST /webchat/session");
        return (id, Blank(name), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
