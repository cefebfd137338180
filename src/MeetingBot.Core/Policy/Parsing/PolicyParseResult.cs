using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>Either a whole document or a clear reason why there is none: never a half-filled model.</summary>
public sealed record PolicyParseResult(PolicyDocument? Document, string? Error)
{
    public bool Succeeded => Document is not null;

    public static PolicyParseResult Ok(PolicyDocument document) => new(document, null);
    public static PolicyParseResult Fail(string error) => new(null, error);
}
