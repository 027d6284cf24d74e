namespace OpenGov.Core.Commitments;

/// <summary>One progress update of a milestone with the latest verdict recorded on it (null: none yet).</summary>
public sealed record UpdateFact(int Id, DateTime ReportedAt, int Progress, VerificationVerdict? LatestVerdict);
