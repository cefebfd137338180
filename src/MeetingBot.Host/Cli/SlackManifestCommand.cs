using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Host.Cli;

// slack manifest --url https://bot.example.com [--out <file.json>]
internal static class SlackManifestCommand
{
    public const string TemplateUrl = "https://meetingbot.example.com/";

    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "manifests", "slack", "manifest.json");

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The bot's public https address, e.g. https://bot.example.com (its /api/slack/* endpoints).", Required = true };
        var output = new Option<string?>("--out") { Description = "The file to write (default: the manifest on standard output)." };
        var command = new Command("manifest", "Write the Slack app manifest with the bot's public URL filled in, to paste at api.slack.com/apps (From a manifest).")
        {
            url, output,
        };
        command.SetAction(result => Run(result.GetRequiredValue(url), result.GetValue(output), result.InvocationConfiguration));
        return command;
    }

    private static int Run(string urlText, string? output, InvocationConfiguration io)
    {
        if (!Uri.TryCreate(urlText.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            io.Error.WriteLine($"error: --url '{urlText}' must be the bot's public https address without query, e.g. https://bot.example.com (Slack only calls https)");
            return ExitCodes.InputError;
        }
        if (!File.Exists(TemplatePath))
        {
            io.Error.WriteLine($"error: the Slack manifest template is missing from {TemplatePath}; rebuild the host");
            return ExitCodes.Unexpected;
        }

        var json = Fill(File.ReadAllText(TemplatePath), url);
        if (output is null)
        {
            io.Output.WriteLine(json);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(Path.GetFullPath(output), json + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot write {output}: {e.Message}");
            return ExitCodes.InputError;
        }
        io.Output.WriteLine($"wrote {output}: the Slack app manifest for {url.GetLeftPart(UriPartial.Path).TrimEnd('/')}");
        return ExitCodes.Ok;
    }

    /// <summary>The template with every request URL moved to <paramref name="publicUrl"/> (its path kept as a prefix).</summary>
    public static string Fill(string template, Uri publicUrl)
    {
        var root = JsonNode.Parse(template)!.AsObject();
        var prefix = publicUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        foreach (var command in root["features"]?["slash_commands"]?.AsArray() ?? [])
            command!["url"] = Move(command["url"]!.GetValue<string>(), prefix);
        var settings = root["settings"]!;
        settings["event_subscriptions"]!["request_url"] = Move(settings["event_subscriptions"]!["request_url"]!.GetValue<string>(), prefix);
        settings["interactivity"]!["request_url"] = Move(settings["interactivity"]!["request_url"]!.GetValue<string>(), prefix);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Move(string url, string prefix) =>
        url.StartsWith(TemplateUrl, StringComparison.Ordinal) ? prefix + url[TemplateUrl.Length..] : url;
}
