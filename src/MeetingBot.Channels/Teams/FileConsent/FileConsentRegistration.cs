using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// Teams' file consent: files of replies in personal chats offered into OneDrive. The host registers an
/// <see cref="Core.Messaging.OfferedFiles.IOfferedFileStore"/>. <c>FileConsent:AllowLoopbackHttp</c> (tests only)
/// lets uploads go to a stand-in on loopback.
/// </summary>
public static class FileConsentRegistration
{
    public const string Section = "FileConsent";

    public static IServiceCollection AddFileConsent(this IServiceCollection services)
    {
        services.AddSingleton<FileConsentOffers>();
        services.AddSingleton(sp => new UploadHosts(sp.GetRequiredService<IConfiguration>().GetValue<bool>($"{Section}:AllowLoopbackHttp")));
        // Its own client: no handler of the Connector's (which adds the bot's token) ever sees an upload.
        services.AddSingleton(_ => new OneDriveUpload(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan }));
        services.AddSingleton<FileConsentInvoke>();
        return services;
    }
}
