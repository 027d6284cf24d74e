namespace OpenGov.Web.Features.CoCreation;

/// <summary>What the co-creation pages need of their plan (breadcrumbs, links).</summary>
public sealed record PlanHeader(
    int Id, string Slug, string JurisdictionName, bool IsDefaultJurisdiction, int Number, string Title,
    int? CoCreationGroupCount = null, int? CoCreationPublicMeetingCount = null);
