namespace MeetingBot.Host.Extensions;

internal static class DefaultUrls
{
    // The Bot Framework samples and docs run a local bot on 3978; Emulator and tunnel set-ups assume it.
    public const string Value = "http://localhost:3978";

    // ASP.NET Core would otherwise pick :5000 / :8080; only step in when nobody said where to listen.
    // --urls, ASPNETCORE_URLS / DOTNET_URLS and `urls` in appsettings all land in the "urls" key;
    // the *_HTTP_PORTS / *_HTTPS_PORTS variables (set by the official container images) in the "*_ports" keys.
    private static readonly string[] ListenKeys = ["urls", "http_ports", "https_ports"];

    // The URLs to listen on when configuration names none, else null.
    public static string? When(IConfiguration configuration) =>
        ListenKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key])) ? null : Value;
}
