namespace OpenGov.Web.Features.Api;

/// <summary>A file attached as evidence to a progress report: its metadata and where to download it.</summary>
public sealed record EvidenceFileResource(int Id, string FileName, string ContentType, long SizeBytes, string Sha256, string Url);
