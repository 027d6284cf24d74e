namespace OpenGov.Web.Features.Api;

/// <summary>One endpoint: its address, what it does, its parameters and the schema of its answer.</summary>
public sealed record ApiDocsOperation(string Method, string Path, string Summary, IReadOnlyList<ApiDocsField> Parameters, string Returns);
