namespace OpenGov.Core.Monitoring;

public enum ReportStatus
{
    Draft,
    Published,
}
