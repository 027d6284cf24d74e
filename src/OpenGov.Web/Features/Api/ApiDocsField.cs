namespace OpenGov.Web.Features.Api;

/// <summary>A parameter or a property: its name, type as written in the document, where it goes, and what it means.</summary>
public sealed record ApiDocsField(string Name, string Type, string? Location, bool Required, string? Description);
