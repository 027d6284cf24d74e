using Microsoft.Extensions.Localization;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// How the public history names who acted: a gender-neutral role with the institution or the
/// steering body they acted for, never a person's name or e-mail (ADR-020).
/// </summary>
public static class ActorLabels
{
    /// <summary>"Funcionario/a · Gobierno Autónomo Descentralizado Provincial de Pastaza".</summary>
    public static string Official(IStringLocalizer t, string? institution) =>
        institution is null ? t["Funcionario/a de gobierno"] : t["Funcionario/a · {0}", institution];

    /// <summary>"Miembro del Comité Directivo".</summary>
    public static string BodyMember(IStringLocalizer t, string body) => t["Miembro del {0}", body];

    /// <summary>The label of an audit event's actor; <paramref name="body"/> is the steering body of the record's jurisdiction.</summary>
    public static string? For(IStringLocalizer t, string? role, string? institution, string body) => role switch
    {
        null => null,
        Roles.Official => Official(t, institution),
        Roles.SteeringCommittee => BodyMember(t, body),
        _ => t[RoleLabels.For(role)],
    };
}
