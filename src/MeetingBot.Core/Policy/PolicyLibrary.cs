using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy;

/// <summary>Loads one policy file or every policy file of a folder (.txt, .docx, .pdf, .html); files that fail to parse are reported, not fatal.</summary>
public sealed record PolicyLibrary(IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<string> Errors)
{
    public static PolicyLibrary Load(string fileOrFolder)
    {
        if (File.Exists(fileOrFolder)) return FromResults([PolicyParser.ParseFile(fileOrFolder)]);
        if (!Directory.Exists(fileOrFolder)) return new PolicyLibrary([], [$"not found: {fileOrFolder}"]);

        var files = Directory.GetFiles(fileOrFolder).Where(IsPolicyFile).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return new PolicyLibrary([], [$"{fileOrFolder} holds no policy documents (.txt, .docx, .pdf, .html)"]);
        return FromResults(files.Select(PolicyParser.ParseFile));
    }

    /// <summary>The file names a folder of policy documents is read for.</summary>
    public static readonly string[] Extensions = [".txt", ".docx", ".pdf", ".html", ".htm"];

    public static bool IsPolicyFile(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static PolicyLibrary FromResults(IEnumerable<PolicyParseResult> results)
    {
        var list = results.ToList();
        return new PolicyLibrary(
            list.Where(r => r.Succeeded).Select(r => r.Document!).ToList(),
            list.Where(r => !r.Succeeded).Select(r => r.Error!).ToList());
    }
}
