using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.Channels.Tests.TestPeers;

/// <summary>The connector stub over plain HTTP: its routes, recording, faults and Teams-like throttling.</summary>
public sealed class StubConnectorTests : IAsyncLifetime
{
    // A Teams channel thread id, escaped as the bot must send it.
    private const string ThreadId = "19:abc@thread.tacv2;messageid=1";
    private const string EscapedThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1";

    private StubConnector connector = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        connector = await StubConnector.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(connector.ServiceUrl) };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await connector.DisposeAsync();
    }

    [Fact]
    public void The_service_url_is_loopback_with_a_trailing_slash() =>
        connector.ServiceUrl.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+/$");

    [Fact]
    public async Task Creating_a_conversation_answers_its_id_and_the_first_activity_id_when_one_was_sent()
    {
        var plain = await SendJsonAsync(HttpMethod.Post, "v3/conversations", """{"isGroup":false,"members":[{"id":"29:u"}]}""");
        var withActivity = await SendJsonAsync(HttpMethod.Post, "v3/conversations", """{"isGroup":true,"activity":{"type":"message","text":"hi"}}""");

        plain["id"]!.GetValue<string>().Should().StartWith("a:conv-");
        plain.AsObject().ContainsKey("activityId").Should().BeFalse();
        plain["serviceUrl"]!.GetValue<string>().Should().Be(connector.ServiceUrl);
        withActivity["id"]!.GetValue<string>().Should().NotBe(plain["id"]!.GetValue<string>());
        withActivity["activityId"]!.GetValue<string>().Should().StartWith("act-");
        connector.Requests.Select(r => r.Operation).Should().Equal(ConnectorOperation.CreateConversation, ConnectorOperation.CreateConversation);
    }

    [Fact]
    public async Task A_send_is_recorded_with_its_raw_path_decoded_ids_headers_and_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/conversations/{EscapedThreadId}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"你好"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tok");

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>().Should().MatchRegex("^act-[0-9]+$");
        var recorded = connector.Requests.Should().ContainSingle().Subject;
        recorded.Method.Should().Be("POST");
        recorded.Path.Should().Be($"/v3/conversations/{EscapedThreadId}/activities");
        recorded.ConversationId.Should().Be(ThreadId);
        recorded.ActivityId.Should().BeNull();
        recorded.Operation.Should().Be(ConnectorOperation.SendToConversation);
        recorded.Authorization.Should().Be("Bearer tok");
        recorded.ContentType.Should().StartWith("application/json");
        recorded.Json!["text"]!.GetValue<string>().Should().Be("你好");
        recorded.Status.Should().Be(200);
        connector.Count.Should().Be(1);
    }

    [Fact]
    public async Task Reply_update_and_delete_address_the_decoded_activity()
    {
        var path = $"v3/conversations/{EscapedThreadId}/activities/1%3A2%40x";

        var reply = await SendJsonAsync(HttpMethod.Post, path, """{"type":"message"}""");
        var update = await SendJsonAsync(HttpMethod.Put, path, """{"type":"message"}""");
        using var delete = await http.DeleteAsync(path);

        reply["id"]!.GetValue<string>().Should().StartWith("act-");
        update["id"]!.GetValue<string>().Should().Be("1:2@x");
        delete.StatusCode.Should().Be(HttpStatusCode.OK);
        (await delete.Content.ReadAsStringAsync()).Should().BeEmpty();
        connector.Requests.Select(r => (r.Operation, r.ConversationId, r.ActivityId)).Should().Equal(
            (ConnectorOperation.ReplyToActivity, ThreadId, "1:2@x"),
            (ConnectorOperation.UpdateActivity, ThreadId, "1:2@x"),
            (ConnectorOperation.DeleteActivity, ThreadId, "1:2@x"));
    }

    [Fact]
    public async Task Members_default_to_one_test_user_and_can_be_set_per_conversation()
    {
        connector.SetMembers("a:set", [new { id = "29:a", name = "A" }, new { id = "29:b", name = "B" }, new { id = "29:c", name = "C" }]);

        var defaults = await GetJsonAsync("v3/conversations/a%3Aother/members");
        var set = await GetJsonAsync("v3/conversations/a%3Aset/members");
        var paged = await GetJsonAsync("v3/conversations/a%3Aset/pagedmembers");
        var firstPage = await GetJsonAsync("v3/conversations/a%3Aset/pagedmembers?pageSize=2");
        var secondPage = await GetJsonAsync($"v3/conversations/a%3Aset/pagedmembers?pageSize=2&continuationToken={firstPage["continuationToken"]}");
        var one = await GetJsonAsync("v3/conversations/a%3Aset/members/29%3Ab");

        var user = defaults.AsArray().Should().ContainSingle().Subject!;
        user["id"]!.GetValue<string>().Should().Be("29:user-1");
        user["name"]!.GetValue<string>().Should().Be("Test User");
        user["aadObjectId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        Ids(set.AsArray()).Should().Equal("29:a", "29:b", "29:c");
        Ids(paged["members"]!.AsArray()).Should().Equal("29:a", "29:b", "29:c");
        paged["continuationToken"].Should().BeNull();
        Ids(firstPage["members"]!.AsArray()).Should().Equal("29:a", "29:b");
        Ids(secondPage["members"]!.AsArray()).Should().Equal("29:c");
        secondPage["continuationToken"].Should().BeNull();
        one["name"]!.GetValue<string>().Should().Be("B");
        connector.Requests[4].Query.Should().Be("?pageSize=2&continuationToken=2");
    }

    [Fact]
    public async Task Anything_else_is_a_404_with_the_Bot_Framework_error_body()
    {
        using var response = await http.GetAsync("v3/attachments/x");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["error"]!["code"]!.GetValue<string>().Should().Be("NotFound");
        body["error"]!["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        connector.Requests.Should().ContainSingle().Which.Status.Should().Be(404);
    }

    [Fact]
    public async Task A_status_fault_answers_its_code_and_Retry_After_the_given_number_of_times()
    {
        connector.EnqueueFault(StubFault.Status(503, retryAfter: TimeSpan.FromSeconds(2)), times: 2);
        connector.EnqueueFault(StubFault.Status(403, "ConversationBlockedByUser"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            answers.Add(await http.PostAsync("v3/conversations/a%3A1/activities", Json("""{"type":"message"}""")));

        answers.Select(a => (int)a.StatusCode).Should().Equal(503, 503, 403, 200);
        answers[0].Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2));
        JsonNode.Parse(await answers[0].Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().Should().Be("ServiceUnavailable");
        JsonNode.Parse(await answers[2].Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().Should().Be("ConversationBlockedByUser");
        answers[2].Headers.RetryAfter.Should().BeNull();
        connector.Requests.Select(r => r.Status).Should().Equal(503, 503, 403, 200);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task A_fault_with_a_predicate_skips_requests_it_does_not_match()
    {
        connector.EnqueueFault(StubFault.Status(429), match: r => r.ConversationId == "a:target");

        using var other = await http.PostAsync("v3/conversations/a%3Aother/activities", Json("{}"));
        using var target = await http.PostAsync("v3/conversations/a%3Atarget/activities", Json("{}"));
        using var again = await http.PostAsync("v3/conversations/a%3Atarget/activities", Json("{}"));

        ((int)other.StatusCode, (int)target.StatusCode, (int)again.StatusCode).Should().Be((200, 429, 200));
        connector.PendingFaults.Should().Be(0);
    }

    [Fact]
    public async Task A_hang_outlasts_a_one_second_client_timeout_and_is_recorded_without_a_status()
    {
        connector.EnqueueFault(StubFault.Hang());
        using var impatient = new HttpClient { BaseAddress = new Uri(connector.ServiceUrl), Timeout = TimeSpan.FromSeconds(1) };

        var send = () => impatient.PostAsync("v3/conversations/a%3A1/activities", Json("{}"));

        await send.Should().ThrowAsync<TaskCanceledException>();
        connector.Requests.Should().ContainSingle().Which.Status.Should().Be(0);
        using var next = await http.PostAsync("v3/conversations/a%3A1/activities", Json("{}"));
        next.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Disposing_does_not_wait_for_a_hung_request()
    {
        connector.EnqueueFault(StubFault.Hang());
        var pending = http.PostAsync("v3/conversations/a%3A1/activities", Json("{}"));
        await connector.WaitForRequestAsync();

        var clock = Stopwatch.StartNew();
        await connector.DisposeAsync();

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        var outcome = () => pending;
        await outcome.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_request()
    {
        connector.EnqueueFault(StubFault.Drop());

        var send = () => http.PostAsync("v3/conversations/a%3A1/activities", Json("{}"));

        await send.Should().ThrowAsync<HttpRequestException>();
        connector.Requests.Should().ContainSingle().Which.Status.Should().Be(0);
    }

    [Fact]
    public async Task A_slow_answer_arrives_after_its_delay()
    {
        connector.EnqueueFault(StubFault.Slow(TimeSpan.FromMilliseconds(300)));

        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync("v3/conversations/a%3A1/activities", Json("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Teams_throttling_refuses_the_eighth_send_within_a_second_in_one_conversation()
    {
        connector.Limits = ThrottleLimits.Teams;

        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await http.PostAsync($"v3/conversations/{EscapedThreadId}/activities", Json("{}"));
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
                JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>().Should().Be("Throttled");
            }
        }
        using var elsewhere = await http.PostAsync("v3/conversations/a%3Aelsewhere/activities", Json("{}"));

        statuses.Should().Equal(200, 200, 200, 200, 200, 200, 200, 429);
        elsewhere.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_global_limit_spans_conversations_and_throttling_is_off_by_default()
    {
        for (var i = 0; i < 10; i++)
            (await http.PostAsync($"v3/conversations/a%3A{i % 2}/activities", Json("{}"))).StatusCode.Should().Be(HttpStatusCode.OK);

        connector.Limits = new ThrottleLimits { Global = [new RateLimit(3, TimeSpan.FromSeconds(10))] };
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsync($"v3/conversations/a%3Ac{i}/activities", Json("{}"));
            statuses.Add((int)response.StatusCode);
        }

        statuses.Should().Equal(200, 200, 200, 429);
    }

    [Fact]
    public async Task Waiting_finds_later_requests_and_a_timeout_lists_what_arrived()
    {
        var waiting = connector.WaitForRequestAsync(r => r.ConversationId == "a:2");
        using (await http.PostAsync("v3/conversations/a%3A1/activities", Json("{}")))
        using (await http.PostAsync("v3/conversations/a%3A2/activities", Json("{}")))
        {
        }

        (await waiting).Sequence.Should().Be(2);
        await connector.WaitForCountAsync(2, TimeSpan.FromSeconds(1));
        var missing = () => connector.WaitForRequestAsync(r => r.ConversationId == "a:3", TimeSpan.FromMilliseconds(200));
        (await missing.Should().ThrowAsync<TimeoutException>()).Which.Message
            .Should().Contain("/v3/conversations/a%3A1/activities").And.Contain("/v3/conversations/a%3A2/activities");
        var tooMany = () => connector.WaitForCountAsync(3, TimeSpan.FromMilliseconds(200));
        await tooMany.Should().ThrowAsync<TimeoutException>();

        connector.Clear();
        connector.Requests.Should().BeEmpty();
        connector.Count.Should().Be(0);
    }

    [Fact]
    public async Task Without_bodies_the_log_still_counts_many_concurrent_requests()
    {
        connector.RecordBodies = false;
        const int total = 2000;

        await Parallel.ForAsync(0, total, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            using var response = await http.PostAsync($"v3/conversations/a%3A{i % 50}/activities", Json("""{"type":"message"}"""), token);
            response.EnsureSuccessStatusCode();
        });

        connector.Count.Should().Be(total);
        var requests = connector.Requests;
        requests.Should().HaveCount(total).And.OnlyContain(r => r.Body == "" && r.Status == 200);
        requests.Select(r => r.Sequence).Should().BeInAscendingOrder();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonNode> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = Json(json) });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await http.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string[] Ids(JsonArray members) => members.Select(m => m!["id"]!.GetValue<string>()).ToArray();
}
