using OpenGov.Core.Common;

namespace OpenGov.Core.Participation;

/// <summary>
/// A message left in the suggestion box, anonymous or with a contact address. Only Admins and the
/// steering committee read it; the contact address is never shown publicly.
/// </summary>
public class Suggestion : Entity
{
    public const int MaxLength = 4_000;

    private Suggestion()
    {
    }

    public int? JurisdictionId { get; private set; }
    public SuggestionTopic Topic { get; private set; }
    public string Text { get; private set; } = "";
    public int? Rating { get; private set; }
    public string? ContactEmail { get; private set; }

    /// <summary>The language the suggestion was written in ("es-EC", "en", "qu-EC"): the answer is mailed in it. Null: Spanish.</summary>
    public string? Language { get; set; }
    public DateTime CreatedAt { get; private set; }
    public SuggestionStatus Status { get; private set; }
    public string? AnswerText { get; private set; }
    public string? AnsweredById { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public static Suggestion Submit(int? jurisdictionId, SuggestionTopic topic, string text, int? rating, string? contactEmail, DateTime nowUtc)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException(SuggestionErrors.TextRequired);
        }

        if (trimmed.Length > MaxLength)
        {
            throw new DomainException(SuggestionErrors.TextTooLong(MaxLength));
        }

        if (rating is < 1 or > 5)
        {
            throw new DomainException(SuggestionErrors.RatingOutOfRange);
        }

        return new Suggestion
        {
            JurisdictionId = jurisdictionId,
            Topic = topic,
            Text = trimmed,
            Rating = rating,
            ContactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim(),
            CreatedAt = nowUtc,
            Status = SuggestionStatus.New,
        };
    }

    /// <summary>Records the answer (a second answer replaces the first; the audit trail keeps both).</summary>
    public void Answer(string answer, string answeredById, DateTime nowUtc)
    {
        if (Status == SuggestionStatus.Closed)
        {
            throw new DomainException(SuggestionErrors.Closed);
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException(SuggestionErrors.AnswerRequired);
        }

        if (answer.Trim().Length > FieldLengths.Narrative)
        {
            throw new DomainException(SuggestionErrors.AnswerTooLong(FieldLengths.Narrative));
        }

        AnswerText = answer.Trim();
        AnsweredById = answeredById;
        AnsweredAt = nowUtc;
        Status = SuggestionStatus.Answered;
    }

    public void Close(DateTime nowUtc)
    {
        if (Status == SuggestionStatus.Closed)
        {
            return;
        }

        Status = SuggestionStatus.Closed;
        ClosedAt = nowUtc;
    }
}
