namespace OpenGov.Web.Authorization;

/// <summary>
/// A progress update as the second key sees it: where it belongs, which institution answers for its
/// milestone and who reported it. The resource of <see cref="VerificationAuthorizationHandler"/>.
/// </summary>
public sealed record VerificationTarget(int JurisdictionId, int ResponsibleInstitutionId, string? AuthorId);
