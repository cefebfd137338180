using System.Net.Http.Headers;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>What Web Chat's paper clip sends (DirectLineJS postActivityWithAttachments): the activity and the file, multipart.</summary>
public static class DirectLineUpload
{
    public static Task<HttpResponseMessage> PostAsync(WebChatHost host, WebChatSession session, string name, byte[] content, string text = "")
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(new System.Text.Json.Nodes.JsonObject { ["type"] = "message", ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "x" }, ["text"] = text }.ToJsonString());
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/upload?userId={session.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return host.Client.SendAsync(request);
    }
}
