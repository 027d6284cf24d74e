using OpenGov.Core.Common;

namespace OpenGov.Core.Meetings;

/// <summary>A dated correction or complement to published minutes. Shown with them and never edited.</summary>
public class MeetingAddendum : Entity
{
    public int CommitteeMeetingId { get; init; }
    public required string Text { get; init; }
    public required string AuthorId { get; init; }
    public DateTime AddedAt { get; init; }
}
