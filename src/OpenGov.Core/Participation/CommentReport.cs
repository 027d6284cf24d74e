using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>Someone signed in flagged a comment for the moderators; one report per person and comment.</summary>
public class CommentReport : Entity
{
    public int CommentId { get; init; }
    public required string ReporterId { get; init; }
    public string? Reason { get; init; }
    public DateTime ReportedAt { get; init; }
}
