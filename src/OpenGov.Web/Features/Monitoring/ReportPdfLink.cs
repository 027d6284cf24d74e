namespace OpenGov.Web.Features.Monitoring;

public sealed record ReportPdfLink(string FileName, long SizeBytes);
