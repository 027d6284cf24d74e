namespace OpenGov.Core.Commitments;

/// <summary>The OGP values a commitment serves (OGP commitment template).</summary>
[Flags]
public enum OgpValues
{
    None = 0,
    AccessToInformation = 1,
    CivicParticipation = 2,
    PublicAccountability = 4,
    TechnologyAndInnovation = 8,
    Inclusion = 16,
}
