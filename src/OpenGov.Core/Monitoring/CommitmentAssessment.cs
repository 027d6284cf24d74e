using OpenGov.Core.Commitments;
using OpenGov.Core.Common;

namespace OpenGov.Core.Monitoring;

/// <summary>The monitor's assessment of one commitment inside a report, on the IRM scales. Changed only through its report.</summary>
public class CommitmentAssessment : Entity
{
    public int MonitoringReportId { get; init; }
    public int CommitmentId { get; init; }
    public Verifiability Verifiability { get; private set; }
    public bool IsRelevant { get; private set; }

    /// <summary>The OGP values the commitment serves; none when it is not relevant.</summary>
    public OgpValues ValuesServed { get; private set; }
    public PotentialForResults Potential { get; private set; }
    public CompletionLevel Completion { get; private set; }

    /// <summary>Null until the monitor can tell (usually only in the final report).</summary>
    public OpenGovernmentResult? DidItOpenGovernment { get; private set; }
    public string Narrative { get; private set; } = "";

    public bool IsStarred => StarredRule.IsStarred(Verifiability, IsRelevant, Potential, Completion);

    internal void Set(AssessmentValues values)
    {
        if (string.IsNullOrWhiteSpace(values.Narrative))
        {
            throw new DomainException(MonitoringReportErrors.AssessmentNarrativeRequired);
        }

        if (values.IsRelevant && values.ValuesServed == OgpValues.None)
        {
            throw new DomainException(MonitoringReportErrors.AssessmentValuesRequired);
        }

        Verifiability = values.Verifiability;
        IsRelevant = values.IsRelevant;
        ValuesServed = values.IsRelevant ? values.ValuesServed : OgpValues.None;
        Potential = values.Potential;
        Completion = values.Completion;
        DidItOpenGovernment = values.DidItOpenGovernment;
        Narrative = values.Narrative.Trim();
    }
}
