using NJsonSchema;
using NJsonSchema.Validation;

namespace MeetingBot.Host.Tests.Manifests;

// The official Teams schemas the committed app must pass. The manifest schema is the project's reference copy in
// ../shared; the localization schema (not there) is vendored beside these tests, see Schemas/README.md.
// A missing schema fails every test that needs it: a skipped check would pass a broken manifest unnoticed.
internal static class TeamsSchemas
{
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Load(ManifestSchemaPath));
    private static readonly Lazy<JsonSchema> LocalizationSchema = new(() => Load(LocalizationSchemaPath));

    public static string ManifestSchemaPath =>
        Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "reference", "schemas", "teams-manifest-v1.30.schema.json"));

    public static string LocalizationSchemaPath =>
        Path.Combine(RepoPaths.Root, "tests", "MeetingBot.Host.Tests", "Manifests", "Schemas", "teams-localization-v1.30.schema.json");

    /// <summary>Every way <paramref name="json"/> breaks the v1.30 manifest schema, as "path: kind" lines.</summary>
    public static IReadOnlyList<string> ManifestErrors(string json) => Errors(ManifestSchema.Value, json);

    public static IReadOnlyList<string> LocalizationErrors(string json) => Errors(LocalizationSchema.Value, json);

    private static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        Flatten(schema.Validate(json)).Select(e => $"{e.Path}: {e.Kind}").ToList();

    // Errors inside oneOf/anyOf branches are nested; the nested ones say what actually went wrong.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? [e, .. Flatten(child.Errors.SelectMany(branch => branch.Value))]
            : new[] { e });

    private static JsonSchema Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The Teams schema {path} is missing; the manifest tests cannot run without it.", path);
        return JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
    }
}
