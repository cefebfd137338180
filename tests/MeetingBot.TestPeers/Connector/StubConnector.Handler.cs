using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// One request's way through the stub: record what arrived, then a queued fault, else throttling, else the
/// operation's answer. Each request is recorded before its answer is written, so a client that has its answer
/// always finds the request in Requests.
/// </summary>
public sealed partial class StubConnector
{
    private static readonly Dictionary<string, string> RetryAfterOneSecond = new() { ["Retry-After"] = "1" };

    private async Task HandleAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var sequence = log.NextSequence();
        var request = context.Request;
        var (path, query) = SplitTarget(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString);
        if (await TryServeFileAsync(context, path)) return;
        var route = ConnectorRoute.Parse(request.Method, path);

        // The create-conversation answer depends on the body, so it is read even when bodies are not kept.
        var recordBodies = RecordBodies;
        var body = recordBodies || route.Operation == ConnectorOperation.CreateConversation
            ? await ReadBodyAsync(request, context.RequestAborted)
            : await DrainBodyAsync(request, context.RequestAborted);

        var recorded = new RecordedRequest(
            request.Method, path, route.ConversationId, route.ActivityId,
            request.Headers.Authorization.FirstOrDefault(), request.ContentType, recordBodies ? body : "", at, Status: 0)
        {
            Query = query,
            Operation = route.Operation,
            MemberId = route.MemberId,
            Sequence = sequence,
        };

        if (faults.Take(recorded) is { } fault)
        {
            if (!await PlayFaultAsync(context, recorded, fault))
                return;
        }
        else if (route.Operation != ConnectorOperation.Unknown
            && Volatile.Read(ref throttle) is { } limits && !limits.TryAdmit(route.Operation, route.ConversationId))
        {
            await AnswerAsync(context, recorded, 429,
                ConnectorErrors.Body("Throttled", "Too many requests for this conversation or app; retry after the Retry-After delay."),
                RetryAfterOneSecond);
            return;
        }

        var (status, json) = Answer(route, body, context.Request.Query);
        await AnswerAsync(context, recorded, status, json);
    }

    // False when the fault has already dealt with the request; true when the normal answer should still follow.
    private async Task<bool> PlayFaultAsync(HttpContext context, RecordedRequest recorded, StubFault fault)
    {
        switch (fault.Kind)
        {
            case StubFaultKind.Status:
                var headers = fault.RetryAfter is { } retryAfter
                    ? new Dictionary<string, string> { ["Retry-After"] = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture) }
                    : null;
                var code = fault.ErrorCode ?? ConnectorErrors.DefaultCode(fault.StatusCode);
                await AnswerAsync(context, recorded, fault.StatusCode,
                    ConnectorErrors.Body(code, $"Stub fault: {fault.StatusCode} {code}."), headers);
                return false;
            case StubFaultKind.Hang:
                log.Add(recorded);
                await WaitAsync(context, Timeout.InfiniteTimeSpan);
                Drop(context);
                return false;
            case StubFaultKind.Drop:
                log.Add(recorded);
                Drop(context);
                return false;
            case StubFaultKind.Slow:
                if (await WaitAsync(context, fault.Delay))
                    return true;
                Drop(context);
                return false;
            default:
                throw new InvalidOperationException($"Unknown fault {fault}.");
        }
    }

    // True when the delay passed; false when the client gave up or the stub is being disposed.
    private async Task<bool> WaitAsync(HttpContext context, TimeSpan delay)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            await Task.Delay(delay, cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Returning from the handler without a status would send an empty 200: abort so the client sees a failure.
    private static void Drop(HttpContext context) => context.Abort();

    private (int Status, string? Json) Answer(ConnectorRoute route, string body, IQueryCollection query)
    {
        switch (route.Operation)
        {
            case ConnectorOperation.CreateConversation:
                return CreateConversation(body);
            case ConnectorOperation.SendToConversation:
            case ConnectorOperation.ReplyToActivity:
                return (200, IdBody(NextActivityId()));
            case ConnectorOperation.UpdateActivity:
                return (200, IdBody(route.ActivityId!));
            case ConnectorOperation.DeleteActivity:
                return (200, null);
            case ConnectorOperation.GetMembers:
                return (200, MembersOf(route.ConversationId!).ToJsonString(JsonResponses.Web));
            case ConnectorOperation.GetMember:
                var member = MembersOf(route.ConversationId!).FirstOrDefault(m => m?["id"]?.GetValue<string>() == route.MemberId);
                return member is null
                    ? (404, ConnectorErrors.Body("MemberNotFoundInConversation", $"Member {route.MemberId} is not in {route.ConversationId}."))
                    : (200, member.ToJsonString(JsonResponses.Web));
            case ConnectorOperation.GetPagedMembers:
                return PagedMembers(route.ConversationId!, query);
            default:
                return (404, ConnectorErrors.Body("NotFound", "The stub connector does not serve this operation."));
        }
    }

    private (int Status, string? Json) CreateConversation(string body)
    {
        JsonNode? parameters;
        try
        {
            parameters = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            return (400, ConnectorErrors.Body("BadArgument", $"The ConversationParameters body is not JSON: {exception.Message}"));
        }
        if (parameters is not JsonObject)
            return (400, ConnectorErrors.Body("BadArgument", "The body must be a ConversationParameters object."));

        var answer = new JsonObject { ["id"] = $"a:conv-{Interlocked.Increment(ref conversationNumber)}" };
        if (parameters["activity"] is JsonObject)
            answer["activityId"] = NextActivityId();
        answer["serviceUrl"] = ServiceUrl;
        return (200, answer.ToJsonString());
    }

    // pageSize and continuationToken (an offset) page the list; the last page has a null continuationToken.
    private (int Status, string? Json) PagedMembers(string conversationId, IQueryCollection query)
    {
        var all = MembersOf(conversationId);
        var start = int.TryParse(query["continuationToken"], CultureInfo.InvariantCulture, out var offset) ? Math.Max(offset, 0) : 0;
        var size = int.TryParse(query["pageSize"], CultureInfo.InvariantCulture, out var requested) && requested > 0 ? requested : all.Count;
        var page = all.Skip(start).Take(size).Select(m => m?.DeepClone()).ToArray();
        var next = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
        return (200, new JsonObject { ["members"] = new JsonArray(page), ["continuationToken"] = next }.ToJsonString(JsonResponses.Web));
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest recorded, int status, string? json, IReadOnlyDictionary<string, string>? headers = null)
    {
        log.Add(recorded with { Status = status });
        if (json is null)
        {
            context.Response.StatusCode = status;
            context.Response.ContentLength = 0;
            return;
        }
        await JsonResponses.WriteAsync(context, status, json, headers);
    }

    private string NextActivityId() => $"act-{Interlocked.Increment(ref activityNumber)}";

    private static string IdBody(string id) => $"{{\"id\":{JsonSerializer.Serialize(id)}}}";

    private static (string Path, string Query) SplitTarget(string rawTarget)
    {
        var question = rawTarget.IndexOf('?');
        return question < 0 ? (rawTarget, "") : (rawTarget[..question], rawTarget[question..]);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static async Task<string> DrainBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        await request.Body.CopyToAsync(Stream.Null, cancellationToken);
        return "";
    }
}
