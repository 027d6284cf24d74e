using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminPlans;

public sealed record PlanIndexViewModel(PagedList<PlanListItem> Plans, string? Query, int? JurisdictionId, IReadOnlyList<AdminOption> Jurisdictions);
