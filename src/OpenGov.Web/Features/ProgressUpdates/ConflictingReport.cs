using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>A report saved by someone else after the form was opened: what the conflict page shows.</summary>
public sealed record ConflictingReport(DateTime ReportedAt, string? Institution, int Progress, MilestoneStatus Status, string Narrative, int EvidenceCount);
