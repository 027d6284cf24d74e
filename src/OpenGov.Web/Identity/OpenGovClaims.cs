namespace OpenGov.Web.Identity;

/// <summary>Claims the portal adds to a signed-in user's principal.</summary>
public static class OpenGovClaims
{
    /// <summary>One claim per institution the user belongs to (its id); scopes an Official's reporting.</summary>
    public const string Institution = "opengov:institution";

    /// <summary>One claim per jurisdiction the user belongs to (its id); scopes a steering-body member's and a monitor's work.</summary>
    public const string Jurisdiction = "opengov:jurisdiction";

    /// <summary>The name shown in the header and next to what the user writes.</summary>
    public const string DisplayName = "opengov:display_name";

    /// <summary>Present when the account has an authenticator app enrolled (ADR-044); privileged accounts without it may only enrol.</summary>
    public const string SecondFactor = "opengov:second_factor";

    /// <summary>The id of the sign-in session (a row of user_sessions) the cookie belongs to (ADR-044).</summary>
    public const string Session = "opengov:session";
}
