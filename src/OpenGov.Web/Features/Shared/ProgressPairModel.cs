using OpenGov.Core.Commitments;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// The government-reported and the committee-verified progress side by side, with the state of the
/// latest verification (null when nothing was reported) and, where it helps, the rule behind the verified figure.
/// </summary>
public sealed record ProgressPairModel(ProgressBarModel Reported, ProgressBarModel Verified, StatusTagKind? State, string? Rule = null)
{
    /// <summary>How much data both figures rest on; the view says it when not all of it (ADR-021).</summary>
    public RollupCoverage? Coverage { get; init; }

    /// <summary>The figures are derived from illustrative (demo) data and are labelled so.</summary>
    public bool IsIllustrative { get; init; }

    /// <summary>The bars and their labels only: the formulas go under "¿Cómo se calcula?" on the plan page (ADR-037).</summary>
    public ProgressPairModel WithoutExplanations() => this with
    {
        Reported = Reported with { Explanation = null },
        Verified = Verified with { Explanation = null },
        Rule = null,
    };
}
