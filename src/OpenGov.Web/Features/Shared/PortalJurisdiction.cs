namespace OpenGov.Web.Features.Shared;

public sealed record PortalJurisdiction(string Slug, string Name, string BrandName, string DataLicence, bool IsDefault, int? ActivePlanNumber);
