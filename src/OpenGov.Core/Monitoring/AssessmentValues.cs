using OpenGov.Core.Commitments;

namespace OpenGov.Core.Monitoring;

/// <summary>The scales of one assessment, as the monitor enters them.</summary>
public sealed record AssessmentValues(
    Verifiability Verifiability,
    bool IsRelevant,
    OgpValues ValuesServed,
    PotentialForResults Potential,
    CompletionLevel Completion,
    OpenGovernmentResult? DidItOpenGovernment,
    string Narrative);
