namespace OpenGov.Web.Features.Api;

/// <summary>One schema of the document and its properties.</summary>
public sealed record ApiDocsSchema(string Name, IReadOnlyList<ApiDocsField> Properties);
