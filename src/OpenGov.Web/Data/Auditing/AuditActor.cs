namespace OpenGov.Web.Data.Auditing;

/// <summary>Who is making the current change, as the public history shows them (no e-mail).</summary>
public sealed record AuditActor(string? UserId, string? Role, IReadOnlyList<int> InstitutionIds);
