using OpenGov.Core.Jurisdictions;

namespace OpenGov.Web.Features.Api;

/// <summary>A jurisdiction (country, province, municipality), with the same fields as the open-data file.</summary>
public sealed record JurisdictionResource(
    int Id,
    string Slug,
    string Name,
    JurisdictionLevel Level,
    string Country,
    string BrandName,
    string? SteeringBodyName,
    int? OgpMemberSince,
    string DataLicence,
    ApiLinks Links);
