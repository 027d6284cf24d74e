namespace OpenGov.Web.Identity;

/// <summary>The Spanish name people see for each role (a localizer key); the role names themselves are code.</summary>
public static class RoleLabels
{
    public static string For(string role) => role switch
    {
        Roles.Admin => "Administración del portal",
        Roles.Official => "Funcionario/a de gobierno",
        Roles.SteeringCommittee => "Miembro de un órgano de seguimiento (comité, consejo o foro)",
        Roles.Monitor => "Monitor independiente",
        Roles.Citizen => "Ciudadanía",
        _ => role,
    };
}
