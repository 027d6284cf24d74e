using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>
/// A citizen's comment on a commitment or one of its milestones, or an official reply to one.
/// Moderation never deletes: a hidden comment keeps its text in the database and the public sees the
/// moderator's reason in its place (PRODUCT.md: nothing public is ever deleted).
/// </summary>
public class Comment : Entity
{
    /// <summary>Long enough for an argued opinion, short enough to read on a phone.</summary>
    public const int MaxLength = 2_000;

    private Comment()
    {
    }

    public int CommitmentId { get; private set; }
    public int? MilestoneId { get; private set; }
    public int? ParentId { get; private set; }
    public string AuthorId { get; private set; } = "";

    /// <summary>The name shown at the time of writing: a later change of display name does not rewrite history.</summary>
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public bool IsOfficialReply { get; private set; }
    public string? InstitutionName { get; private set; }
    public CommentState State { get; private set; }
    public string? HiddenReason { get; private set; }
    public string? HiddenById { get; private set; }
    public DateTime? HiddenAt { get; private set; }

    public bool IsHidden => State == CommentState.Hidden;

    public static Comment Post(int commitmentId, int? milestoneId, string authorId, string authorName, string text, DateTime nowUtc) => new()
    {
        CommitmentId = commitmentId,
        MilestoneId = milestoneId,
        AuthorId = Required(authorId, CommentErrors.AuthorMissing),
        AuthorName = Required(authorName, CommentErrors.AuthorNameMissing),
        Text = ValidText(text),
        CreatedAt = nowUtc,
    };

    /// <summary>An official reply, in the same thread (commitment and milestone) as the comment it answers.</summary>
    public Comment ReplyAsOfficial(string authorId, string authorName, string institutionName, string text, DateTime nowUtc)
    {
        if (ParentId is not null)
        {
            throw new DomainException(CommentErrors.ReplyToReply);
        }

        return new Comment
        {
            CommitmentId = CommitmentId,
            MilestoneId = MilestoneId,
            ParentId = Id,
            AuthorId = Required(authorId, CommentErrors.ReplyAuthorMissing),
            AuthorName = Required(authorName, CommentErrors.ReplyAuthorNameMissing),
            Text = ValidText(text),
            CreatedAt = nowUtc,
            IsOfficialReply = true,
            InstitutionName = Required(institutionName, CommentErrors.ReplyInstitutionMissing),
        };
    }

    /// <summary>Hides the text from the public; the reason is shown in its place, so it is required.</summary>
    public void Hide(string reason, string moderatorId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(CommentErrors.HideReasonRequired);
        }

        if (reason.Trim().Length > FieldLengths.Reason)
        {
            throw new DomainException(CommentErrors.HideReasonTooLong(FieldLengths.Reason));
        }

        State = CommentState.Hidden;
        HiddenReason = reason.Trim();
        HiddenById = Required(moderatorId, CommentErrors.ModeratorMissing);
        HiddenAt = nowUtc;
    }

    /// <summary>Shows the text again (a mistaken hide); the audit trail keeps the earlier reason.</summary>
    public void Unhide()
    {
        State = CommentState.Visible;
        HiddenReason = null;
        HiddenById = null;
        HiddenAt = null;
    }

    public CommentReport Report(string reporterId, string? reason, DateTime nowUtc) => new()
    {
        CommentId = Id,
        ReporterId = Required(reporterId, CommentErrors.ReporterMissing),
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        ReportedAt = nowUtc,
    };

    private static string ValidText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException(CommentErrors.TextRequired);
        }

        if (trimmed.Length > MaxLength)
        {
            throw new DomainException(CommentErrors.TextTooLong(MaxLength));
        }

        return trimmed;
    }

    private static string Required(string? value, DomainError error) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(error) : value.Trim();
}
