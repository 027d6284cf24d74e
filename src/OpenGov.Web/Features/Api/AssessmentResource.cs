using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Features.Api;

/// <summary>The monitor's assessment of one commitment in a report (the IRM's criteria; starred per its rule).</summary>
public sealed record AssessmentResource(
    int Id,
    int CommitmentId,
    Verifiability Verifiability,
    bool IsRelevant,
    IReadOnlyList<string> ValuesServed,
    PotentialForResults Potential,
    CompletionLevel Completion,
    OpenGovernmentResult? DidItOpenGovernment,
    bool IsStarred,
    string Narrative);
