namespace OpenGov.Web.Identity;

/// <summary>The Spanish name people see for each role (a localizer key); the role names themselves are code.</summary>
public static class RoleLabels
{
    public static string For(string role) => role switch
    {
        Roles.Admin => "Administración del portal",
        Roles.Official => "Funcionario de gobierno",
        Roles.SteeringCommittee => "Comité coordinador",
        Roles.Monitor => "Monitor independiente",
        Roles.Citizen => "Ciudadanía",
        _ => role,
    };
}
