using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.WebChat;

/// <summary>
/// The local web chat page at / (index.html, app.js, app.css and the Web Chat client in lib/), served from the
/// WebChat folder beside the host binaries when the web chat is enabled. It talks to the Direct Line endpoint
/// and /webchat/* of the same host, and like them it is on only when <see cref="WebChatOptions.IsEnabled"/> and
/// served to loopback callers only (others get 404).
/// </summary>
internal static class WebChatPage
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "WebChat");

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.IsEnabled)
            return app;

        // The build puts the client there (WebChatBundle.targets); a copy of the binaries without it is broken, say so now.
        var client = Path.Combine(Folder, "lib", "webchat.js");
        if (!File.Exists(Path.Combine(Folder, "index.html")) || !File.Exists(client))
            throw new InvalidOperationException(
                $"The web chat is enabled but its page or the Web Chat client ({client}) is missing. " +
                "Build the host with Node.js and npm on PATH (the build installs it), or set WebChat:Enabled=false.");

        var files = new PhysicalFileProvider(Folder);
        app.UseWhen(LoopbackOnly.IsLoopback, page =>
        {
            page.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            page.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        });
        return app;
    }
}
