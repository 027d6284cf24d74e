using OpenGov.Core.Common;

namespace OpenGov.Core.Jurisdictions;

/// <summary>A government body or organisation that leads, supports or is responsible for commitments.</summary>
public class Institution : Entity
{
    public int JurisdictionId { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public InstitutionKind Kind { get; set; }
}
