using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.ProgressUpdates;

/// <summary>One milestone of the signed-in official's institutions, with the state of its latest report.</summary>
public sealed record MyMilestoneListItem(
    int Id,
    string JurisdictionSlug,
    int PlanNumber,
    string CommitmentCode,
    int Order,
    string Title,
    string Responsible,
    DateOnly? Due,
    int Progress,
    MilestoneStatus Status,
    ScheduleState Schedule,
    DateTime? LastReportedAt,
    VerificationVerdict? LatestVerdict)
{
    public bool AwaitsVerification => LastReportedAt is not null && LatestVerdict is null;

    /// <summary>The committee disputed the latest report or asked for evidence: the official has to act.</summary>
    public bool QuestionedByCommittee => LatestVerdict is VerificationVerdict.Disputed or VerificationVerdict.NeedsEvidence;

    /// <summary>A cancelled milestone takes no more progress reports.</summary>
    public bool AcceptsReports => Status != MilestoneStatus.Cancelled;
}
