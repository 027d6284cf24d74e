namespace OpenGov.Core.Monitoring;

/// <summary>The descriptive fields of a report, as the monitor writes them.</summary>
public sealed record ReportDetails(
    ReportKind Kind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string MonitorOrganization,
    string Title,
    string Summary,
    string? Body);
