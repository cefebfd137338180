using System.Net;
using System.Net.Http.Json;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>The local page's persona list and sessions: a persona's role is given once, through the domain, audited.</summary>
public sealed class PersonaSessionTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IJointMeetingStore Store => host.Services.GetRequiredService<IJointMeetingStore>();

    [Fact]
    public async Task Personas_OnFirstStart_ListEveryDemoWithConvenorUnitsAndBystander()
    {
        var body = await WebChatHost.JsonAsync(await host.Client.GetAsync("webchat/personas"));

        var jointMeetings = body["jointMeetings"]!.AsArray();
        jointMeetings.Select(j => j!["id"]!.GetValue<string>()).Should().Equal("demo-000", "demo-001", "demo-002", "demo-003", "demo-004");
        var yongnian = jointMeetings.Single(j => j!["id"]!.GetValue<string>() == "demo-002")!;
        yongnian["name"]!.GetValue<string>().Should().Contain("永年区");
        var personas = yongnian["personas"]!.AsArray().Select(p => p!.AsObject()).ToList();
        personas[0]["id"]!.GetValue<string>().Should().Be("convenor");
        personas[0]["label"]!.GetValue<string>().Should().Be("召集人");
        personas[0]["labelEn"]!.GetValue<string>().Should().Be("Convenor");
        personas[^1]["id"]!.GetValue<string>().Should().Be("bystander");
        personas[^1]["label"]!.GetValue<string>().Should().Be("旁观者（非成员）");
        var finance = personas.Single(p => p["label"]!.GetValue<string>() == "区财政局联络员");
        finance["id"]!.GetValue<string>().Should().StartWith("unit:u");
        finance["labelEn"]!.GetValue<string>().Should().Be("Contact of 区财政局");
    }

    [Fact]
    public async Task Session_AsAUnitContactTwice_AssignsTheRoleOnceAsTheOperator()
    {
        var unitId = await UnitIdAsync("demo-002", "区财政局");
        var auditBefore = (await Store.GetAuditAsync("demo-002")).Count;

        var first = await host.SessionAsync("demo-002", $"unit:{unitId}");
        var second = await host.SessionAsync("demo-002", $"unit:{unitId}", "en-US");

        first.UserId.Should().Be($"dl_local_demo-002_unit_{unitId}");
        second.UserId.Should().Be(first.UserId);
        second.ConversationId.Should().NotBe(first.ConversationId, "each session (browser tab) is a conversation of its own");
        var audit = await Store.GetAuditAsync("demo-002");
        audit.Should().HaveCount(auditBefore + 1, "the second session changes nothing");
        audit[^1].Action.Should().Be("contact.role-assigned");
        audit[^1].By.IsSystem.Should().BeTrue();
        var contact = (await Store.LoadAsync("demo-002"))!.JointMeeting.Value.FindContact(new ChatAccount("webchat", first.UserId, ""))!;
        contact.Role.Should().Be(ContactRole.UnitContact);
        contact.UnitId.Should().Be(unitId);
    }

    [Fact]
    public async Task Session_AsBystander_GivesNoRole()
    {
        var auditBefore = (await Store.GetAuditAsync("demo-002")).Count;

        var session = await host.SessionAsync("demo-002", "bystander");

        (await Store.GetAuditAsync("demo-002")).Should().HaveCount(auditBefore);
        (await Store.LoadAsync("demo-002"))!.JointMeeting.Value.FindContact(new ChatAccount("webchat", session.UserId, "")).Should().BeNull();
    }

    [Theory]
    [InlineData("""{"jointMeetingId":"demo-999","persona":"convenor"}""", "demo-999")]
    [InlineData("""{"jointMeetingId":"demo-002","persona":"unit:u999"}""", "unit:u999")]
    [InlineData("""{"jointMeetingId":"demo-002","persona":"king"}""", "king")]
    [InlineData("""{"jointMeetingId":"demo-002"}""", "persona is required")]
    [InlineData("""{"jointMeetingId":"demo-002","persona":"convenor","locale":"fr-FR"}""", "zh-CN or en-US")]
    [InlineData("""{"jointMeetingId":7,"persona":"convenor"}""", "jointMeetingId")]
    [InlineData("""not json""", "not valid JSON")]
    public async Task Session_WithBadRequest_Is400AndChangesNothing(string body, string said)
    {
        var auditBefore = (await Store.GetAuditAsync("demo-002")).Count;

        var response = await host.SendAsync(HttpMethod.Post, "webchat/session", null, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await WebChatHost.JsonAsync(response))["error"]!["message"]!.GetValue<string>().Should().Contain(said);
        (await Store.GetAuditAsync("demo-002")).Should().HaveCount(auditBefore);
    }

    [Fact]
    public async Task Session_AsConvenor_IsAboutItsJointMeetingInA1To1()
    {
        var session = await host.SessionAsync("demo-004", "convenor");

        var answers = await host.AskAsync(session, WebChatHost.Message("安排会议"));

        answers.Should().ContainSingle().Which["attachments"]!.AsArray().Single()!["content"]!["actions"]!.ToJsonString()
            .Should().Contain("\"jm\":\"demo-004\"", "the form is for the persona's joint meeting, not a choice among five");
    }

    private async Task<string> UnitIdAsync(string jointMeetingId, string unitName)
    {
        var jointMeeting = (await Store.LoadAsync(jointMeetingId))!.JointMeeting.Value;
        return jointMeeting.FindUnit(unitName)!.Id;
    }
}
