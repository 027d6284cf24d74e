using OpenGov.Core.Common;

namespace OpenGov.Core.Monitoring;

/// <summary>The report's PDF, kept in PostgreSQL like evidence files, in its own table so loading a report never reads the bytes.</summary>
public class MonitoringReportPdf : Entity
{
    public int MonitoringReportId { get; init; }
    public required string FileName { get; init; }
    public long SizeBytes { get; init; }

    /// <summary>Hex SHA-256 of the content; doubles as the download's ETag.</summary>
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
}
