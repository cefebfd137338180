using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>Reads the form-encoded bodies of slash commands and interactivity from the verified bytes.</summary>
internal static class SlackForms
{
    public static Dictionary<string, StringValues>? Parse(byte[] body)
    {
        try
        {
            return QueryHelpers.ParseQuery("?" + Encoding.UTF8.GetString(body));
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    public static string? Field(Dictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out var value) && value.Count == 1 ? value[0] : null;
}
