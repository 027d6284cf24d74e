namespace OpenGov.Web.Tests.Admin;

/// <summary>Ids of a generated jurisdiction with two institutions, a plan, a commitment and a milestone.</summary>
public sealed record AdminScenario(
    string Slug, int JurisdictionId, int InstitutionId, int OtherInstitutionId, int PlanId, int CommitmentId, int MilestoneId);
