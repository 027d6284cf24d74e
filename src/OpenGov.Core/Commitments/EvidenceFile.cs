using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>
/// A file attached to a progress update as evidence. Stored in PostgreSQL with the update, in the
/// same transaction, so a failed request never leaves an orphan file or an update without its file.
/// </summary>
public class EvidenceFile : Entity
{
    public int ProgressUpdateId { get; init; }

    /// <summary>Sanitised file name shown to the public and used for downloads.</summary>
    public required string FileName { get; init; }

    /// <summary>Content type established from the file's bytes, never from its name or the browser's claim.</summary>
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }

    /// <summary>Hex SHA-256 of the content; doubles as the download's ETag.</summary>
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
}
