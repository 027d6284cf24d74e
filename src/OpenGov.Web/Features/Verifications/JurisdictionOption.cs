namespace OpenGov.Web.Features.Verifications;

/// <summary>A choice of the queue's jurisdiction filter.</summary>
public sealed record JurisdictionOption(string Slug, string Name);
