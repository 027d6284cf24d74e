namespace OpenGov.Core.Commitments;

/// <summary>The steering committee's verdict on one progress update ("two keys").</summary>
public enum VerificationVerdict
{
    Verified,
    NeedsEvidence,
    Disputed,
}
