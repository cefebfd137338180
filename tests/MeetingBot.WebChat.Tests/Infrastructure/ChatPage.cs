using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// The web chat page as a user works it: pick the joint meeting and persona, type into Web Chat's send box, read
/// the bot's replies, fill in and press Adaptive Cards. Every wait is on a condition in the page, never a sleep.
/// Each step runs through <see cref="StepAsync"/> and is photographed when it ends; when one fails, the pictures
/// of every step so far and of the failure are kept in the test output folder (webchat-artifacts/&lt;test&gt;/),
/// and the failure names that folder. A test that passes leaves nothing there.
/// </summary>
public sealed partial class ChatPage : IAsyncDisposable
{
    /// <summary>How long a reply may take on a busy 2-core machine (polling, a cold first request).</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    public static string ArtifactsFolder => Path.Combine(AppContext.BaseDirectory, "webchat-artifacts");

    private const string Activity = ".webchat__basic-transcript__activity";
    private const string FromUser = ".webchat__stacked-layout--from-user";

    private readonly IBrowserContext context;
    private readonly WebChatHost host;
    private readonly string testName;
    private readonly List<(string File, byte[] Png)> stepShots = [];
    private int step;

    // Playwright's assertions wait 5 s by default, too little for a reply on a busy machine.
    static ChatPage() => SetDefaultExpectTimeout((float)ReplyTimeout.TotalMilliseconds);

    private ChatPage(IBrowserContext context, IPage page, WebChatHost host, string testName)
    {
        this.context = context;
        Page = page;
        this.host = host;
        this.testName = testName;
    }

    public IPage Page { get; }

    /// <summary>The chat Web Chat renders now (the element is replaced when a new chat starts).</summary>
    public ILocator Chat => Page.Locator("#webchat");

    public ILocator SendBox => Chat.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>The bot's activities in the current chat, oldest first.</summary>
    public ILocator BotActivities => Chat.Locator($"{Activity}:not(:has({FromUser}))");

    /// <summary>
    /// Opens the page in a fresh browser context (no stored choices): a Chinese user's laptop, 1280×800, in Beijing
    /// time unless <paramref name="timezoneId"/> puts the laptop elsewhere.
    /// </summary>
    public static async Task<ChatPage> OpenAsync(IBrowser browser, WebChatHost host, string testName, string timezoneId = "Asia/Shanghai")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            TimezoneId = timezoneId,
        });
        context.SetDefaultTimeout((float)ReplyTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page, host, testName);
        if (Directory.Exists(chat.StepsFolder)) Directory.Delete(chat.StepsFolder, recursive: true); // an earlier run's
        await chat.StepAsync("open the page", async () =>
        {
            await page.GotoAsync(host.BaseUrl.ToString());
            await Expect(page.Locator("#meeting option").First).ToBeAttachedAsync();
        });
        return chat;
    }

    /// <summary>Picks the joint meeting and persona as a user does, and waits until that fresh chat is ready to type in.</summary>
    public Task ChooseAsync(string jointMeetingId, string personaId) => StepAsync($"choose {jointMeetingId} as {personaId}", async () =>
    {
        var before = await Chat.GetAttributeAsync("data-conversation-id");
        var meeting = Page.Locator("#meeting");
        if (await meeting.InputValueAsync() != jointMeetingId)
            await meeting.SelectOptionAsync(jointMeetingId);
        var persona = Page.Locator("#persona");
        if (await persona.InputValueAsync() != personaId)
            await persona.SelectOptionAsync(personaId);
        await Expect(Chat).ToHaveAttributeAsync("data-persona", personaId);
        if (before is not null)
            await Expect(Chat).Not.ToHaveAttributeAsync("data-conversation-id", before);
        await Expect(SendBox).ToBeEditableAsync();
    });

    /// <summary>Types a message and sends it with Enter, as a user does; returns once it is in the transcript.</summary>
    public Task SendAsync(string text) => StepAsync($"send \"{text}\"", async () =>
    {
        var mine = Chat.Locator($"{Activity}:has({FromUser})");
        var count = await mine.CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Expect(mine).ToHaveCountAsync(count + 1);
        await Expect(SendBox).ToBeEmptyAsync();
    });

    /// <summary>Waits for a reply of the bot that shows all the given texts, and returns it.</summary>
    public async Task<ILocator> ReplyShowingAsync(params string[] texts)
    {
        ILocator? found = null;
        await StepAsync($"see a reply with {string.Join(", ", texts.Select(t => $"\"{t}\""))}", async () =>
        {
            var reply = BotActivities;
            foreach (var text in texts)
                reply = reply.Filter(new LocatorFilterOptions { HasText = text });
            found = reply.Last;
            await Expect(found).ToBeVisibleAsync();
        });
        return found!;
    }

    /// <summary>The newest Adaptive Card in the chat whose text includes <paramref name="title"/>.</summary>
    public async Task<ILocator> CardAsync(string title)
    {
        ILocator? card = null;
        await StepAsync($"see the card \"{title}\"", async () =>
        {
            card = Chat.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = title }).Last;
            await Expect(card).ToBeVisibleAsync();
        });
        return card!;
    }

    /// <summary>Where a failed test's step pictures are kept.</summary>
    public string StepsFolder => Path.Combine(ArtifactsFolder, testName);

    /// <summary>
    /// Runs one step of a scenario and photographs the page when it ends. When it fails, every step's picture and
    /// the failure's are written to <see cref="StepsFolder"/>, and the failure names it and what the host logged.
    /// </summary>
    public async Task StepAsync(string name, Func<Task> action)
    {
        var number = ++step;
        var file = $"{number:00}-{Slug(name)}";
        try
        {
            await action();
        }
        catch (Exception e) when (e is not StepFailedException)
        {
            var shot = await ScreenshotAsync(Path.Combine(StepsFolder, file + "-FAILED.png"));
            foreach (var (earlier, png) in stepShots)
                await File.WriteAllBytesAsync(Path.Combine(StepsFolder, earlier + ".png"), png);
            throw new StepFailedException(
                $"Step {number} \"{name}\" failed (screenshots of every step: {StepsFolder}; this one: {shot}).\nHost log: {host.Log.Text}\n{e.Message}", e);
        }
        // In memory until a step fails: a passing test writes nothing.
        stepShots.Add((file, await Page.ScreenshotAsync()));
    }

    /// <summary>Saves a screenshot of the page (full viewport) and returns its path; into webchat-artifacts/ when the path is a bare file name.</summary>
    public async Task<string> ScreenshotAsync(string fileOrPath)
    {
        var path = Path.IsPathRooted(fileOrPath) ? fileOrPath : Path.Combine(ArtifactsFolder, fileOrPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            return path;
        }
        catch (PlaywrightException e)
        {
            return $"(none: {e.Message})";
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static string Slug(string text) => SlugRegex().Replace(text, "-").Trim('-') is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 40)] : "step";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex SlugRegex();
}

/// <summary>A scenario step that failed; the message names the screenshot kept.</summary>
public sealed class StepFailedException(string message, Exception inner) : Exception(message, inner);
