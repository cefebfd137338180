using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.Manifests;

// Ways to break a valid manifest, each one a rule of the v1.30 schema: proof that the validation can fail.
// Not here: manifestVersion, which the schema pins with `const`, a draft-06 keyword that NJsonSchema's draft-04
// validation ignores; TeamsManifestTests checks the template's manifestVersion and $schema itself.
internal static class TeamsManifestBreakages
{
    private static readonly Dictionary<string, Action<JsonObject>> All = new()
    {
        ["scope groupchat (lower case)"] = m => Bot(m)["scopes"]![2] = "groupchat",
        ["short name of 31 characters"] = m => m["name"]!["short"] = new string('会', 31),
        ["bot without botId"] = m => Bot(m).Remove("botId"),
        ["app id not a GUID"] = m => m["id"] = "meetingbot",
        ["accent colour not #RRGGBB"] = m => m["accentColor"] = "blue",
        ["developer website without https://"] = m => m["developer"]!["websiteUrl"] = "meetingbot.example.com",
        ["no full description"] = m => m["description"]!.AsObject().Remove("full"),
        ["property the schema does not know"] = m => m["commands"] = new JsonArray(),
        ["13 commands in a list"] = m => FillTo(CommandsOf(m), 13),
        ["two bots"] = m => m["bots"]!.AsArray().Add(Bot(m).DeepClone()),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static void Apply(string name, JsonObject manifest) => All[name](manifest);

    private static JsonObject Bot(JsonObject manifest) => manifest["bots"]![0]!.AsObject();

    private static void FillTo(JsonArray commands, int count)
    {
        while (commands.Count < count)
            commands.Add(commands[0]!.DeepClone());
    }

    private static JsonArray CommandsOf(JsonObject manifest) => Bot(manifest)["commandLists"]![0]!["commands"]!.AsArray();
}
