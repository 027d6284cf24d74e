using OpenGov.Core.Common;

namespace OpenGov.Core.Commitments;

/// <summary>
/// A committee member's verdict on a progress update. Append-only: a member changes their mind by
/// recording a new verdict, so the history of verdicts stays public.
/// </summary>
public class Verification : Entity
{
    public int ProgressUpdateId { get; init; }
    public required string ReviewerId { get; init; }
    public VerificationVerdict Verdict { get; init; }
    public string? Comment { get; init; }
    public DateTime RecordedAt { get; init; }

    public static Verification Record(ProgressUpdate update, string reviewerId, VerificationVerdict verdict, string? comment, DateTime recordedAtUtc)
    {
        if (verdict != VerificationVerdict.Verified && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(VerificationErrors.CommentRequired);
        }

        return new Verification
        {
            ProgressUpdateId = update.Id,
            ReviewerId = reviewerId,
            Verdict = verdict,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            RecordedAt = DateTime.SpecifyKind(recordedAtUtc, DateTimeKind.Utc),
        };
    }
}
