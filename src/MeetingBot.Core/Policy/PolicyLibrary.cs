using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy;

/// <summary>Loads one policy file or every *.txt file of a folder; files that fail to parse are reported, not fatal.</summary>
public sealed record PolicyLibrary(IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<string> Errors)
{
    public static PolicyLibrary Load(string fileOrFolder)
    {
        if (File.Exists(fileOrFolder)) return FromResults([PolicyParser.ParseFile(fileOrFolder)]);
        if (!Directory.Exists(fileOrFolder)) return new PolicyLibrary([], [$"not found: {fileOrFolder}"]);

        var files = Directory.GetFiles(fileOrFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return new PolicyLibrary([], [$"{fileOrFolder} holds no .txt policy documents"]);
        return FromResults(files.Select(PolicyParser.ParseFile));
    }

    private static PolicyLibrary FromResults(IEnumerable<PolicyParseResult> results)
    {
        var list = results.ToList();
        return new PolicyLibrary(
            list.Where(r => r.Succeeded).Select(r => r.Document!).ToList(),
            list.Where(r => !r.Succeeded).Select(r => r.Error!).ToList());
    }
}
