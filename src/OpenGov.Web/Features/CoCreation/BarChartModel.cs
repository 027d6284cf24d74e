namespace OpenGov.Web.Features.CoCreation;

/// <summary>A horizontal bar chart drawn on the server, with the same figures in a table.</summary>
public sealed record BarChartModel(string Id, string Title, string Description, string LabelHeader, string ValueHeader, IReadOnlyList<BarChartBar> Bars, double Height)
{
    // A narrow view box (ADR-035): about one unit per pixel on a 390 px phone, so the 12-unit
    // labels read at about 12 px; wide screens cap the chart's width in CSS.
    public const double Width = 350;
    public const double LabelWidth = 204;
    public const double RowHeight = 30;
    public const double PlotWidth = Width - LabelWidth - 30;

    /// <summary>
    /// Lays out the bars, longest = full width. A funnel centres each bar on the plot's axis so
    /// the narrowing reads as a funnel; other charts start at the left.
    /// </summary>
    public static BarChartModel Build(string id, string title, string description, string labelHeader, string valueHeader, IEnumerable<(string Label, int Value)> items, bool funnel = false)
    {
        var list = items.ToList();
        var max = Math.Max(1, list.Count == 0 ? 1 : list.Max(i => i.Value));
        var bars = list.Select((item, index) =>
        {
            var width = item.Value == 0 ? 0 : Math.Max(2, PlotWidth * item.Value / max);
            var x = LabelWidth + (funnel ? (PlotWidth - width) / 2 : 0);
            return new BarChartBar(item.Label, item.Value, x, 8 + (index * RowHeight), width);
        }).ToList();
        return new BarChartModel(id, title, description, labelHeader, valueHeader, bars, 16 + (list.Count * RowHeight));
    }
}
