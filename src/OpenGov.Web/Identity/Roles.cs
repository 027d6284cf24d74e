namespace OpenGov.Web.Identity;

/// <summary>The portal's roles (PRODUCT.md, "Who uses it"). A user may hold several.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Official = "Official";
    public const string SteeringCommittee = "SteeringCommittee";
    public const string Monitor = "Monitor";
    public const string Citizen = "Citizen";

    public static readonly IReadOnlyList<string> All = [Admin, Official, SteeringCommittee, Monitor, Citizen];
}
