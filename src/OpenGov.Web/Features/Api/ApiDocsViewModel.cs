namespace OpenGov.Web.Features.Api;

/// <summary>The API documentation page: the document's own description, its operations and its schemas.</summary>
public sealed record ApiDocsViewModel(string DocumentUrl, string Description, IReadOnlyList<ApiDocsOperation> Operations, IReadOnlyList<ApiDocsSchema> Schemas);
