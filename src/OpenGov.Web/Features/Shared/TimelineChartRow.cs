namespace OpenGov.Web.Features.Shared;

/// <summary>One milestone of the chart: its label, the baseline bar and the current bar (x and width in SVG units).</summary>
public sealed record TimelineChartRow(
    string Label,
    string Title,
    double Y,
    TimelineChartBar? Baseline,
    TimelineChartBar? Current,
    bool IsLate,
    MilestoneRow Data,
    int? SlippageDays,
    bool IsUndated = false,
    bool IsCompletionDateUnknown = false)
{
    /// <summary>Where the row's details are (a commitment row of a long plan links to its page).</summary>
    public string? Href { get; init; }
}
