using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy;

/// <summary>Loads one policy file or every *.txt file of a folder; files that fail to parse are reported, not fatal.</summary>
public sealed record PolicyLibrary(IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<string> Errors)
{
    public static PolicyLibrary Load(string fileOrFolder) => throw new NotImplementedException();
}
