using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Api;

/// <summary>A steering-committee verdict on a progress report; append-only (a later verdict overrides an earlier one).</summary>
public sealed record VerificationResource(
    int Id,
    int ProgressUpdateId,
    int MilestoneId,
    VerificationVerdict Verdict,
    DateTime RecordedAt,
    string? Comment,
    ApiLinks Links);
