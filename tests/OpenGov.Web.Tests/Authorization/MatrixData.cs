using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Authorization;

/// <summary>
/// The records the matrix URLs point at, created once per test host. Each has dependents (the
/// milestone has a progress update), so an Admin's delete request is refused and the rows stay.
/// </summary>
public sealed class MatrixData
{
    private static readonly ConditionalWeakTable<OpenGovFactory, Task<MatrixData>> Cache = [];

    private readonly Dictionary<string, string> _values;

    private MatrixData(AdminScenario scenario, int otherJurisdictionId, int endorsementId, int progressUpdateId, string userId, (int Draft, int Published) meetings, int workshopId, int proposalId, int commentId, int suggestionId, int reportId)
    {
        Scenario = scenario;
        OtherJurisdictionId = otherJurisdictionId;
        _values = new Dictionary<string, string>
        {
            ["{jurisdictionId}"] = scenario.JurisdictionId.ToString(),
            ["{institutionId}"] = scenario.InstitutionId.ToString(),
            ["{otherInstitutionId}"] = scenario.OtherInstitutionId.ToString(),
            ["{planId}"] = scenario.PlanId.ToString(),
            ["{commitmentId}"] = scenario.CommitmentId.ToString(),
            ["{milestoneId}"] = scenario.MilestoneId.ToString(),
            ["{endorsementId}"] = endorsementId.ToString(),
            ["{progressUpdateId}"] = progressUpdateId.ToString(),
            ["{userId}"] = userId,
            ["{meetingId}"] = meetings.Draft.ToString(),
            ["{publishedMeetingId}"] = meetings.Published.ToString(),
            ["{workshopId}"] = workshopId.ToString(),
            ["{proposalId}"] = proposalId.ToString(),
            ["{commentId}"] = commentId.ToString(),
            ["{suggestionId}"] = suggestionId.ToString(),
            ["{reportId}"] = reportId.ToString(),
        };
    }

    public AdminScenario Scenario { get; }

    /// <summary>A jurisdiction other than the scenario's, where the "other jurisdiction" roles belong.</summary>
    public int OtherJurisdictionId { get; }

    public static Task<MatrixData> ForAsync(OpenGovFactory factory) => Cache.GetValue(factory, CreateAsync);

    public string Fill(string template)
    {
        var filled = _values.Aggregate(template, (text, value) => text.Replace(value.Key, value.Value, StringComparison.Ordinal));
        return filled.Replace("{unique}", Guid.NewGuid().ToString("N")[..8], StringComparison.Ordinal);
    }

    public TestUser? UserFor(MatrixRole role) => role switch
    {
        MatrixRole.Anonymous => null,
        MatrixRole.Citizen => TestUser.InRole(Roles.Citizen),
        MatrixRole.OfficialOfInstitution => TestUser.InRole(Roles.Official, Scenario.InstitutionId),
        MatrixRole.OfficialOfOtherInstitution => TestUser.InRole(Roles.Official, Scenario.OtherInstitutionId),
        MatrixRole.SteeringCommittee => TestUser.InJurisdictions(Roles.SteeringCommittee, Scenario.JurisdictionId),
        MatrixRole.SteeringCommitteeOfOtherJurisdiction => TestUser.InJurisdictions(Roles.SteeringCommittee, OtherJurisdictionId),
        MatrixRole.Monitor => TestUser.InJurisdictions(Roles.Monitor, Scenario.JurisdictionId),
        MatrixRole.MonitorOfOtherJurisdiction => TestUser.InJurisdictions(Roles.Monitor, OtherJurisdictionId),
        _ => TestUser.InRole(Roles.Admin),
    };

    private static async Task<MatrixData> CreateAsync(OpenGovFactory factory)
    {
        var scenario = await AdminData.CreateAsync(factory, withProgress: true);
        var otherJurisdictionId = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Id != scenario.JurisdictionId).OrderBy(j => j.Id).Select(j => j.Id).FirstAsync());
        var endorsementId = await factory.WithDbAsync(db => db.Endorsements.Where(e => e.ActionPlanId == scenario.PlanId).Select(e => e.Id).SingleAsync());
        var progressUpdateId = await factory.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MilestoneId == scenario.MilestoneId).Select(u => u.Id).FirstAsync());
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var meetings = await Meetings.MeetingData.DraftAndPublishedAsync(factory, scenario.JurisdictionId);
        var workshopId = await factory.WithDbAsync(async db =>
        {
            var workshop = new Core.CoCreation.Workshop { ActionPlanId = scenario.PlanId, Title = "Taller de la matriz", HeldOn = new DateOnly(2024, 11, 21) };
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync();
            return workshop.Id;
        });
        var proposalId = await factory.WithDbAsync(async db =>
        {
            var proposal = new Core.CoCreation.Proposal { ActionPlanId = scenario.PlanId, Source = Core.CoCreation.ProposalSource.Workshop, WorkshopId = workshopId, Text = "Propuesta de la matriz." };
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var comment = Comment.Post(scenario.CommitmentId, null, user.Id, "Persona de prueba", "Comentario de la matriz.", DateTime.UtcNow);
        var suggestion = Suggestion.Submit(scenario.JurisdictionId, SuggestionTopic.Portal, "Sugerencia de la matriz.", null, null, DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(comment, suggestion);
            await db.SaveChangesAsync();
        });
        var reportId = await Monitoring.MonitoringData.CreateDraftAsync(factory, scenario.PlanId);
        return new MatrixData(scenario, otherJurisdictionId, endorsementId, progressUpdateId, user.Id, meetings, workshopId, proposalId, comment.Id, suggestion.Id, reportId);
    }
}
