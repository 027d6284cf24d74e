namespace OpenGov.Web.Features.Monitoring;

/// <summary>A link between a report and its correction.</summary>
public sealed record ReportLink(int Id, string Title, DateTime? PublishedAt);
