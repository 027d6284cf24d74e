namespace OpenGov.Web.Authorization;

/// <summary>
/// The institutions that answer for a commitment: its lead, its supporting institutions and those
/// responsible for one of its milestones. The resource of <see cref="CommitmentInstitutionsAuthorizationHandler"/>.
/// </summary>
public sealed record CommitmentInstitutions(int CommitmentId, IReadOnlyCollection<int> InstitutionIds);
