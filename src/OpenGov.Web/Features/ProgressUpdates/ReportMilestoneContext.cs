using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>What the report and re-plan forms show about the milestone, and the version they were read at.</summary>
public sealed record ReportMilestoneContext(
    int Id,
    uint Version,
    int LastUpdateId,
    string JurisdictionSlug,
    int PlanNumber,
    string CommitmentCode,
    int Order,
    string Title,
    string Responsible,
    int Progress,
    MilestoneStatus Status,
    DateOnly? BaselineStart,
    DateOnly? BaselineEnd,
    DateOnly? CurrentStart,
    DateOnly? CurrentEnd,
    string? MeansOfVerification,
    DateOnly PlanPeriodEnd);
