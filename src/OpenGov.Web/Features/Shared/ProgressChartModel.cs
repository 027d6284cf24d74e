namespace OpenGov.Web.Features.Shared;

/// <summary>
/// A server-drawn chart of progress over time (ADR-040): step lines for the reported and the verified figure,
/// vertical marks for the due dates and today, and the same figures as table rows. Coordinates are computed in
/// <see cref="ProgressChart"/>; the partial only writes SVG. <see cref="Rows"/> empty: nothing reported yet.
/// </summary>
public sealed record ProgressChartModel(
    string Id,
    string Title,
    string Description,
    string EmptyText,
    string VerifiedLabel,
    IReadOnlyList<ProgressChartRow> Rows)
{
    public const int Width = 350;
    public const double PlotLeft = 40;
    public const double PlotRight = Width - 10;
    public const double PlotTop = 24;
    public const double PlotBottom = PlotTop + 130;
    public const int Height = (int)PlotBottom + 24;

    public string? ReportedPath { get; init; }
    public string? VerifiedPath { get; init; }
    public IReadOnlyList<ProgressChartDot> Dots { get; init; } = [];
    public IReadOnlyList<TimelineChartTick> XTicks { get; init; } = [];
    public IReadOnlyList<ProgressChartGridLine> YTicks { get; init; } = [];
    public IReadOnlyList<ProgressChartMark> Marks { get; init; } = [];
    public double? TodayX { get; init; }

    /// <summary>The due dates the marks stand for, said in words under the chart.</summary>
    public DateOnly? BaselineDue { get; init; }
    public DateOnly? CurrentDue { get; init; }

    public bool IsEmpty => Rows.Count == 0;
}
