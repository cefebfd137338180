using System.Text.Json;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>
/// The one rule every request body passes before anything reads it: well-formed JSON, no object naming a key twice
/// (which copy wins differs between readers, and System.Text.Json's nodes throw on it later, mid-turn), and no text
/// that is not valid Unicode (a lone UTF-16 surrogate such as "\ud800" can be read but never written back, so it
/// would fail the turn when echoed, stored or logged). A body that breaks the rule is refused whole, so nothing
/// of it is ever stored.
/// </summary>
public static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Why <paramref name="utf8"/> is not acceptable JSON; null when it is.</summary>
    public static string? Problem(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, Options);
            return TextProblem(document.RootElement);
        }
        catch (JsonException e)
        {
            return $"the body is not valid JSON: {e.Message}";
        }
        catch (InvalidOperationException)
        {
            // Comparing keys for duplicates reads each name, and refuses one that is not valid text.
            return "a key in the body is not valid Unicode text (a lone surrogate?)";
        }
    }

    private static string? TextProblem(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidText(() => property.Name)) return "a key in the body is not valid Unicode text (a lone surrogate?)";
                    if (TextProblem(property.Value) is { } problem) return problem;
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (TextProblem(item) is { } problem) return problem;
                return null;
            case JsonValueKind.String:
                return IsValidText(() => element.GetString()) ? null : "a value in the body is not valid Unicode text (a lone surrogate?)";
            default:
                return null;
        }
    }

    // System.Text.Json refuses to read invalid UTF-8 and most unpaired escaped surrogates as a string, but not in
    // every place (a key's name is unescaped more leniently): its refusal and our own pairing check are the test.
    private static bool IsValidText(Func<string?> read)
    {
        try
        {
            return read() is not { } text || IsWellPaired(text);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsWellPaired(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }

        return true;
    }
}
