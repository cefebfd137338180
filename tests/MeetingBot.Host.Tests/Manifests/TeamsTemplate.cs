using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.Manifests;

// The committed Teams app template in manifests/teams, read fresh for each test so tests can change their copy.
internal static class TeamsTemplate
{
    public static string Folder => Path.Combine(RepoPaths.Root, "manifests", "teams");

    public static string File(string name) => Path.Combine(Folder, name);

    public static string ManifestJson => System.IO.File.ReadAllText(File("manifest.json"));

    public static JsonObject Manifest => JsonNode.Parse(ManifestJson)!.AsObject();

    public static JsonObject English => JsonNode.Parse(System.IO.File.ReadAllText(File("en.json")))!.AsObject();
}
