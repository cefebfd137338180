using Microsoft.Playwright;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>One browser and one real host for the whole collection: each start costs seconds on a busy machine.
/// Tests stay independent by each opening its own browser context and naming what they create.</summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public WebChatHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Both at once: the host seeds its store while Chromium starts.
        var host = WebChatHost.StartAsync("--WebChat:Enabled=true");
        var browser = DebianChromium.LaunchAsync();
        try
        {
            await Task.WhenAll(host, browser);
        }
        catch
        {
            // Whichever did start is stopped; the first failure is the one reported.
        }
        if (host.IsCompletedSuccessfully) Host = host.Result;
        if (browser.IsCompletedSuccessfully) (playwright, Browser) = browser.Result;
        if ((host.Exception ?? browser.Exception) is { } failed)
        {
            await DisposeAsync();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerException ?? failed);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<WebChatFixture>
{
    public const string Name = "web chat in Chromium";
}
