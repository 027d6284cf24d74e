using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Milestones;

/// <summary>A committee verdict as the public sees it: the committee speaks as a body, no member's name.</summary>
public sealed record TimelineVerdict(VerificationVerdict Verdict, string? Comment, DateTime RecordedAt);
