using OpenGov.Web.Infrastructure.Paging;

namespace OpenGov.Web.Features.Admin.AdminInstitutions;

public sealed record InstitutionIndexViewModel(
    PagedList<InstitutionListItem> Institutions, string? Query, int? JurisdictionId, IReadOnlyList<AdminOption> Jurisdictions);
