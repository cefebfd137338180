using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy;

/// <summary>
/// The JSON form of a parsed document printed by `policy parse --json`: the documented keys (title, issuer,
/// date, jointMeeting, tasks, units) plus a few extras (documentNumber, text, documentTargets, warnings, parts, and the
/// joint meeting's viceConvenors, office, officeHead, liaisonOfficers and liaisonRule).
/// </summary>
public static class PolicyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese stays readable
    };

    public static string Serialize(PolicyDocument document) => ToJson(document).ToJsonString(Options);

    public static JsonObject ToJson(PolicyDocument d) => new()
    {
        ["title"] = d.Title,
        ["issuer"] = d.Issuer,
        ["date"] = Date(d.Date),
        ["documentNumber"] = d.DocumentNumber,
        ["source"] = d.SourceName,
        ["encoding"] = d.Encoding,
        ["jointMeeting"] = d.JointMeeting is { } j ? new JsonObject
        {
            ["kind"] = j.Kind == JointMeetingKind.JointMeeting ? "joint-meeting" : "coordination-mechanism",
            ["name"] = j.Name,
            ["convenor"] = j.Convenor,
            ["members"] = Strings(j.Members),
            ["minMeetingsPerYear"] = j.MinMeetingsPerYear,
            ["membersReport"] = j.MembersReport,
            ["line"] = j.Line,
            ["taskPath"] = j.TaskPath is null ? null : Strings(j.TaskPath),
            ["viceConvenors"] = Strings(j.ViceConvenors),
            ["office"] = j.Office,
            ["officeHead"] = j.OfficeHead,
            ["liaisonOfficers"] = Strings(j.LiaisonOfficers),
            ["liaisonRule"] = j.LiaisonRule,
        } : null,
        ["parts"] = new JsonArray(d.Parts.Select(p => (JsonNode)new JsonObject { ["label"] = p.Label, ["title"] = p.Title, ["line"] = p.Line }).ToArray()),
        ["tasks"] = new JsonArray(d.Tasks.Select(t => (JsonNode)new JsonObject
        {
            ["path"] = Strings(t.Path),
            ["title"] = t.Title,
            ["line"] = t.Line,
            ["lead"] = Strings(t.Lead),
            ["responsible"] = Strings(t.Responsible),
            ["assignment"] = Assignment(t.Assignment),
            ["targets"] = Targets(t.Targets),
            ["text"] = t.Text,
        }).ToArray()),
        ["units"] = new JsonArray(d.Units.Select(u => (JsonNode)new JsonObject
        {
            ["name"] = u.Name,
            ["aliases"] = Strings(u.Aliases),
            ["tasks"] = new JsonArray(u.Tasks.Select(p => (JsonNode)Strings(p)).ToArray()),
            ["leads"] = new JsonArray(u.Leads.Select(p => (JsonNode)Strings(p)).ToArray()),
        }).ToArray()),
        ["documentTargets"] = Targets(d.DocumentTargets),
        ["warnings"] = new JsonArray(d.Warnings.Select(w => (JsonNode)new JsonObject { ["line"] = w.Line, ["message"] = w.Message }).ToArray()),
    };

    public static string Assignment(UnitAssignment a) => a switch
    {
        UnitAssignment.Explicit => "explicit",
        UnitAssignment.FirstListed => "first-listed",
        UnitAssignment.Inferred => "inferred",
        _ => "none",
    };

    private static JsonArray Targets(IEnumerable<PolicyTarget> targets) => new(targets.Select(x => (JsonNode)new JsonObject
    {
        ["text"] = x.Text,
        ["deadline"] = Date(x.Deadline),
        ["value"] = x.Value,
        ["deadlineText"] = x.DeadlineText,
        ["line"] = x.Line,
    }).ToArray());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd");
}
