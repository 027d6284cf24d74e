using System.Globalization;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Lays out milestones on a time axis: one row per milestone with the baseline (as approved)
/// above the current dates (as re-planned), a year grid and a line for today.
/// </summary>
public static class TimelineChart
{
    private const int Width = 800;
    private const double LabelWidth = 110;
    private const double PlotRight = Width - 10;
    private const double RowHeight = 30;
    private const double Top = 48;

    public static TimelineChartModel Build(
        IReadOnlyList<MilestoneRow> milestones, DateOnly today, string title, string description, DateOnly? periodStart = null, DateOnly? periodEnd = null)
    {
        // The axis covers the plan's period and every milestone date, in whole years.
        var dates = milestones
            .SelectMany(m => new[] { m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion })
            .Append(periodStart).Append(periodEnd)
            .OfType<DateOnly>()
            .ToList();
        var start = dates.Count > 0 ? dates.Min() : today;
        var end = dates.Count > 0 ? dates.Max() : today.AddDays(1);
        start = new DateOnly(start.Year, 1, 1);
        end = new DateOnly(end.Year + 1, 1, 1);
        double span = end.DayNumber - start.DayNumber;

        double X(DateOnly d) => LabelWidth + (PlotRight - LabelWidth) * (d.DayNumber - start.DayNumber) / span;

        TimelineChartBar? Bar(DateOnly? from, DateOnly? to)
        {
            if (to is not { } t)
            {
                return null;
            }

            var x1 = X(from ?? t);
            // A milestone without a start is drawn as a short mark at its end so it stays visible.
            return new TimelineChartBar(Math.Round(x1, 1), Math.Round(Math.Max(X(t) - x1, 3), 1));
        }

        var rows = milestones.Select((m, i) =>
        {
            var schedule = m.Schedule(today);
            var currentEnd = m.ActualCompletion ?? m.CurrentEnd;
            return new TimelineChartRow(
                $"{m.CommitmentCode} · {m.Order.ToString(CultureInfo.CurrentCulture)}",
                m.Title,
                Top + i * RowHeight,
                Bar(m.BaselineStart, m.BaselineEnd),
                Bar(m.CurrentStart, currentEnd),
                schedule.IsOverdue || schedule.IsDelayed,
                m,
                schedule.SlippageDays,
                schedule.IsUndated,
                schedule.IsCompletionDateUnknown);
        }).ToList();

        var plotBottom = Top + Math.Max(rows.Count, 1) * RowHeight;
        var ticks = new List<TimelineChartTick>();
        // The closing year gets a grid line but no label, which would run off the right edge.
        for (var year = start.Year; year <= end.Year; year++)
        {
            var label = year < end.Year ? year.ToString(CultureInfo.InvariantCulture) : "";
            ticks.Add(new TimelineChartTick(Math.Round(X(new DateOnly(year, 1, 1)), 1), label));
        }

        double? todayX = today >= start && today <= end ? Math.Round(X(today), 1) : null;
        return new TimelineChartModel(title, description, Width, (int)plotBottom + 24, rows, ticks, todayX, Top, plotBottom);
    }
}
