using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Files;

public static class FileLinkRegistration
{
    /// <summary>Signed links to files (see <see cref="FileLinks"/>); map the endpoint with <see cref="FileLinkEndpoint.MapFileLinks"/>.</summary>
    public static IServiceCollection AddFileLinks(this IServiceCollection services)
    {
        services.AddOptions<FileLinkOptions>().BindConfiguration(FileLinkOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileLinkOptions>, FileLinkOptionsValidator>());
        services.TryAddSingleton(sp => new PublicBaseUrl(sp.GetRequiredService<IOptions<FileLinkOptions>>(), sp.GetRequiredService<IServer>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FileLinkOptions>>().Value;
            var baseUrl = sp.GetRequiredService<PublicBaseUrl>();
            var key = SigningKey(options, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileLinks)));
            return new FileLinks(key, () => baseUrl.Value, options.FileLinkLifetime, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    private static byte[] SigningKey(FileLinkOptions options, IConfiguration configuration, ILogger log)
    {
        if (!string.IsNullOrWhiteSpace(options.LinkSigningKey)) return FileLinks.DeriveKey(options.LinkSigningKey);
        if (configuration["MicrosoftAppPassword"] is { } password && !string.IsNullOrWhiteSpace(password))
            return FileLinks.DeriveKey(password);
        log.LogWarning("Neither {Key} nor MicrosoftAppPassword is set: file links are signed with a random key and stop working when the host restarts", $"{FileLinkOptions.Section}:LinkSigningKey");
        return RandomNumberGenerator.GetBytes(32);
    }
}
