namespace OpenGov.Web.Features.ActionPlans;

/// <summary>A percentage on two days (null: no figure that day) and how many points it moved.</summary>
public sealed record ProgressChange(decimal? From, decimal? To)
{
    /// <summary>Points gained (negative: lost); null when either day has no figure.</summary>
    public decimal? Difference => From is { } from && To is { } to ? to - from : null;

    public bool Changed => From != To;
}
