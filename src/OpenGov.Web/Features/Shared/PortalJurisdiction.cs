namespace OpenGov.Web.Features.Shared;

/// <summary>A jurisdiction as every page's header and switcher show it, with its steering body's stored name (<see cref="SteeringBodyNames"/>).</summary>
public sealed record PortalJurisdiction(
    string Slug, string Name, string BrandName, string DataLicence, bool IsDefault, int? ActivePlanNumber, int Id = 0, string? SteeringBodyName = null);
