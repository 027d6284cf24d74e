using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Admin.AdminInstitutions;

public sealed record InstitutionListItem(int Id, string Name, string? Acronym, InstitutionKind Kind, string Jurisdiction);
