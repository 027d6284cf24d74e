using OpenGov.Core.Commitments;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Monitoring;

/// <summary>One commitment's assessment as shown on the report page and on the commitment page.</summary>
public sealed record AssessmentRow(
    int ReportId,
    string ReportTitle,
    ReportKind ReportKind,
    DateTime? PublishedAt,
    bool ReportIsSuperseded,
    int PlanNumber,
    string CommitmentCode,
    string CommitmentTitle,
    Verifiability Verifiability,
    bool IsRelevant,
    OgpValues ValuesServed,
    PotentialForResults Potential,
    CompletionLevel Completion,
    OpenGovernmentResult? DidItOpenGovernment,
    string Narrative)
{
    public bool IsStarred => StarredRule.IsStarred(Verifiability, IsRelevant, Potential, Completion);
}
