using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Host.Cli;

// The Teams app package: the committed template (manifests/teams, copied next to the host) with one bot's ids,
// a version and its domains filled in, zipped the way Teams wants it: the files at the archive root, no folder.
internal static class TeamsAppPackage
{
    public const string ManifestFileName = "manifest.json";

    public static string TemplateFolder => Path.Combine(AppContext.BaseDirectory, "manifests", "teams");

    // Relaxed escaping keeps the Chinese names readable in the packaged manifest; it is a file, never HTML.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ReadTemplate(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, ManifestFileName))) as JsonObject
        ?? throw new InvalidDataException($"{ManifestFileName} in {folder} is not a JSON object.");

    public static string VersionOf(JsonObject manifest) =>
        manifest["version"]?.GetValue<string>() ?? throw new InvalidDataException("The Teams manifest template has no version.");

    /// <summary>The zip in memory (the filled-in manifest plus every file it names: icons, language files) and its entries.</summary>
    public static (byte[] Zip, IReadOnlyList<string> Entries) Build(string templateFolder, Guid appId, string version, IReadOnlyList<string> domains)
    {
        var manifest = ReadTemplate(templateFolder);
        Fill(manifest, appId, version, domains);
        List<string> entries = [ManifestFileName, .. FilesNamedBy(manifest)];

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ManifestFileName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifest.ToJsonString(Indented)));
            foreach (var file in entries.Skip(1))
            {
                Add(zip, file, File.ReadAllBytes(Path.Combine(templateFolder, file)));
            }
        }

        return (buffer.ToArray(), entries);
    }

    /// <summary>Writes the zip, or returns why it cannot; either the whole file is there or nothing is.</summary>
    public static string? Write(string path, byte[] zip)
    {
        if (Directory.Exists(path))
            return $"--out {path} is a folder: give a file name, e.g. {Path.Combine(path, "meetingbot-teams.zip")}";
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
            return $"cannot write {path}: the folder {folder} does not exist";

        // A temporary file moved into place, so a failure half-way never leaves a truncated zip behind.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, zip);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary);
            return $"cannot write {path}: {ex.Message}";
        }
    }

    private static void Fill(JsonObject manifest, Guid appId, string version, IReadOnlyList<string> domains)
    {
        var bot = manifest["bots"]?[0] as JsonObject
            ?? throw new InvalidDataException("The Teams manifest template has no bot.");
        // One GUID for both: the bot's Microsoft App ID is also a fine Teams app id, and one id is one less to mix up.
        var id = appId.ToString("D");
        manifest["id"] = id;
        bot["botId"] = id;
        manifest["version"] = version;
        if (domains.Count > 0)
        {
            manifest["validDomains"] = new JsonArray(domains.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
        }
    }

    // Icons and language files are referenced by relative path; Teams looks for them next to manifest.json.
    private static IEnumerable<string> FilesNamedBy(JsonObject manifest)
    {
        var icons = manifest["icons"] as JsonObject ?? throw new InvalidDataException("The Teams manifest template has no icons.");
        var files = icons.Select(icon => icon.Value!.GetValue<string>()).ToList();
        if (manifest["localizationInfo"] is JsonObject localization)
        {
            if (localization["defaultLanguageFile"] is { } defaultFile)
                files.Add(defaultFile.GetValue<string>());
            foreach (var language in localization["additionalLanguages"]?.AsArray() ?? [])
                files.Add(language!["file"]!.GetValue<string>());
        }

        return files.Distinct(StringComparer.Ordinal);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write already failed and says so; a leftover temporary file is not worth a second error.
        }
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
