namespace OpenGov.Web.Authorization;

/// <summary>
/// The jurisdiction a piece of steering-body or monitoring work belongs to (a meeting's, a plan's):
/// the resource of <see cref="JurisdictionScopeAuthorizationHandler"/>.
/// </summary>
public sealed record JurisdictionScope(int JurisdictionId);
