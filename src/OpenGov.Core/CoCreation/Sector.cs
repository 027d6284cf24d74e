namespace OpenGov.Core.CoCreation;

/// <summary>The sector a workshop participant comes from, as attendance sheets count them.</summary>
public enum Sector
{
    CivilSociety,
    Community,
    Ngo,
    Associative,
    Private,
    Academia,
    Public,
}
