namespace OpenGov.Core.Jurisdictions;

public enum JurisdictionLevel
{
    National,
    Provincial,
    Municipal,
}
