using Microsoft.Playwright;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright: its own browser download is not available here, so the browser is the
/// one ./test.sh installs with apt. Missing, it fails loudly: these tests never skip.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // As root (CI is) Chromium needs --no-sandbox; without the background-networking flags it keeps trying
    // Google's hosts, which this closed network refuses, many connections at a time.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The web chat tests drive Debian's Chromium at {ExecutablePath}, which is missing. Run ./test.sh (it installs it) or: apt-get install -y chromium");

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
                Timeout = 60_000, // a first start on a busy machine is slow
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
