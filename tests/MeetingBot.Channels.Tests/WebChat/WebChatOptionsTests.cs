using System.Net;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Channels.WebChat.Personas;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Tests.WebChat;

public sealed class WebChatOptionsTests
{
    private static WebChatOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddWebChat();
        return services.BuildServiceProvider().GetRequiredService<IOptions<WebChatOptions>>().Value;
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", null, true)]
    [InlineData("0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", null, false)]
    [InlineData("0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "true", true)]
    [InlineData(null, "false", false)]
    public void Enabled_ByDefault_OnlyWithoutTeamsCredentials(string? appId, string? enabled, bool expected)
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = appId, ["WebChat:Enabled"] = enabled });

        options.IsEnabled.Should().Be(expected);
    }

    [Theory]
    [InlineData("WebChat:TokenLifetime", "00:00:10", "TokenLifetime")]
    [InlineData("WebChat:SigningKey", "short", "SigningKey")]
    [InlineData("WebChat:MaxConversations", "0", "MaxConversations")]
    public void Validate_BadSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var act = () => Resolve(new() { [key] = value });

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{named}*");
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("192.168.1.20", false)]
    [InlineData(null, false)]
    public void LoopbackOnly_ServesThisMachineOnly(string? address, bool served)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);

        LoopbackOnly.IsLoopback(http).Should().Be(served);
    }

    [Theory]
    [InlineData("demo-002", "convenor", "dl_local_demo-002_convenor")]
    [InlineData("demo-002", "unit:u3", "dl_local_demo-002_unit_u3")]
    [InlineData("区县.1", "bystander", "dl_local____1_bystander")]
    public void PersonaUserId_IsADirectLineIdOfSafeCharacters(string jointMeetingId, string persona, string expected)
    {
        Persona.UserId(jointMeetingId, persona).Should().Be(expected);
    }
}
