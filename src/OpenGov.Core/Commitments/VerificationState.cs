namespace OpenGov.Core.Commitments;

/// <summary>
/// The committee's state of a milestone or commitment (ADR-009): the latest verdict on the latest
/// progress update, or <see cref="Pending"/> when that update has none yet.
/// </summary>
public enum VerificationState
{
    Pending,
    Verified,
    NeedsEvidence,
    Disputed,
}
