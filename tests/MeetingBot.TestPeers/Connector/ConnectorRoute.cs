namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Which operation a request is, read from the raw path as sent: Teams ids hold ':', ';', '@' (and could hold an
/// escaped '/'), so the path is split before unescaping each id, never after.
/// </summary>
internal readonly record struct ConnectorRoute(ConnectorOperation Operation, string? ConversationId, string? ActivityId, string? MemberId)
{
    public static ConnectorRoute Parse(string method, string rawPath)
    {
        // Tolerate "serviceUrl/" + "/v3/...": the real service does not care either.
        var segments = rawPath.TrimStart('/').Split('/');
        if (segments.Length < 2 || segments[0] != "v3" || segments[1] != "conversations")
            return default;

        var conversationId = segments.Length > 2 ? Unescape(segments[2]) : null;
        var get = method == "GET";
        var post = method == "POST";
        return segments switch
        {
            [_, _] when post => new(ConnectorOperation.CreateConversation, null, null, null),
            [_, _, _, "activities"] when post => new(ConnectorOperation.SendToConversation, conversationId, null, null),
            [_, _, _, "activities", var activity] => method switch
            {
                "POST" => new(ConnectorOperation.ReplyToActivity, conversationId, Unescape(activity), null),
                "PUT" => new(ConnectorOperation.UpdateActivity, conversationId, Unescape(activity), null),
                "DELETE" => new(ConnectorOperation.DeleteActivity, conversationId, Unescape(activity), null),
                _ => new(ConnectorOperation.Unknown, conversationId, Unescape(activity), null),
            },
            [_, _, _, "members"] when get => new(ConnectorOperation.GetMembers, conversationId, null, null),
            [_, _, _, "members", var member] when get => new(ConnectorOperation.GetMember, conversationId, null, Unescape(member)),
            [_, _, _, "pagedmembers"] when get => new(ConnectorOperation.GetPagedMembers, conversationId, null, null),
            _ => new(ConnectorOperation.Unknown, conversationId, null, null),
        };
    }

    private static string? Unescape(string segment) => segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
}
