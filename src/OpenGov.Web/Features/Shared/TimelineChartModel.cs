namespace OpenGov.Web.Features.Shared;

/// <summary>A server-drawn Gantt-like chart: coordinates are computed here, the partial only writes SVG.</summary>
public sealed record TimelineChartModel(
    string Title,
    string Description,
    int Width,
    int Height,
    IReadOnlyList<TimelineChartRow> Rows,
    IReadOnlyList<TimelineChartTick> Ticks,
    double? TodayX,
    double PlotTop,
    double PlotBottom)
{
    /// <summary>Heading of the rows in the data table; null: milestones.</summary>
    public string? RowHeading { get; init; }
}
