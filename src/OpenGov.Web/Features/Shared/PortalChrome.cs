namespace OpenGov.Web.Features.Shared;

/// <summary>What the layout needs on every page: the current jurisdiction and the others for the switcher.</summary>
public sealed record PortalChrome(PortalJurisdiction Current, IReadOnlyList<PortalJurisdiction> All);
