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
    double PlotBottom);
