using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Verifications;

/// <summary>One recorded verdict, oldest first; verdicts are never edited, a new one is added instead.</summary>
public sealed record VerdictHistoryItem(DateTime RecordedAt, string Reviewer, string ReviewerId, VerificationVerdict Verdict, string? Comment);
