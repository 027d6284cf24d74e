namespace OpenGov.Web.Features.Milestones;

/// <summary>An evidence file as a download link: never its bytes.</summary>
public sealed record TimelineFile(int Id, string FileName, string ContentType, long SizeBytes);
