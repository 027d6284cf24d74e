namespace OpenGov.Core.Jurisdictions;

public enum InstitutionKind
{
    Government,
    CivilSociety,
    Academia,
    Private,
    InternationalCooperation,
    Community,
    Ngo,
}
