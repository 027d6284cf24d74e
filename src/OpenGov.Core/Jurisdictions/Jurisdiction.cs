using OpenGov.Core.Common;

namespace OpenGov.Core.Jurisdictions;

/// <summary>A country, province or city that publishes OGP action plans on this portal.</summary>
public class Jurisdiction : Entity
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public JurisdictionLevel Level { get; set; }
    public required string Country { get; set; }

    /// <summary>The portal's name for this jurisdiction, e.g. "Conecta Pastaza".</summary>
    public required string BrandName { get; set; }
    /// <summary>
    /// The proper name of the body that steers the plan and verifies progress (Pastaza's "Comité
    /// Directivo", Quito's "Consejo Consultivo"), as the documents write it; null when the documents
    /// name none, and the pages then use a neutral description.
    /// </summary>
    public string? SteeringBodyName { get; set; }
    public string DefaultCulture { get; set; } = "es-EC";
    public int? OgpMemberSince { get; set; }

    /// <summary>The jurisdiction served at "/"; exactly one should have it.</summary>
    public bool IsDefault { get; set; }
    public string DataLicence { get; set; } = "CC BY 4.0";
}
