using System.Globalization;
using System.Text;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Lays out a <see cref="ProgressHistory"/> on a time axis (ADR-040): the figure of each day holds until the
/// next change (steps), up to today; due dates and today are vertical marks. Drawn on a narrow view box like
/// the other charts (ADR-035), so its 12-unit text reads at about 12 px on a 390 px phone.
/// </summary>
public static class ProgressChart
{
    private const double MinYearLabelSpacing = 34;
    private const double MinMonthLabelSpacing = 60;

    public static ProgressChartModel Build(
        string id, ProgressHistory history, DateOnly today, string title, string description, string emptyText, string verifiedLabel,
        DateOnly? baselineDue = null, DateOnly? currentDue = null)
    {
        var rows = history.Points
            .Select(p => new ProgressChartRow(p.Day, p.Reported, p.Verified, p.Reports, p.Verdicts, NoTotal: p.Coverage is not null && p.Reported is null))
            .ToList();
        var model = new ProgressChartModel(id, title, description, emptyText, verifiedLabel, rows) { BaselineDue = baselineDue, CurrentDue = currentDue };
        if (rows.Count == 0)
        {
            return model;
        }

        // The axis runs from the first report to today or the last due date, in whole months.
        var days = new[] { rows[0].Day, today, baselineDue ?? today, currentDue ?? today };
        var first = days.Min();
        var last = days.Max();
        var start = new DateOnly(first.Year, first.Month, 1);
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        double span = end.DayNumber - start.DayNumber;
        const double plotWidth = ProgressChartModel.PlotRight - ProgressChartModel.PlotLeft;
        const double plotHeight = ProgressChartModel.PlotBottom - ProgressChartModel.PlotTop;

        double X(DateOnly d) => Math.Round(ProgressChartModel.PlotLeft + plotWidth * (d.DayNumber - start.DayNumber) / span, 1);
        double Y(decimal percent) => Math.Round(ProgressChartModel.PlotBottom - plotHeight * (double)Math.Clamp(percent, 0, 100) / 100, 1);

        string? Path(Func<ProgressChartRow, decimal?> value)
        {
            var path = new StringBuilder();
            var open = false;
            foreach (var row in rows)
            {
                var x = Display.Svg(X(row.Day));
                if (open)
                {
                    path.Append(CultureInfo.InvariantCulture, $" H{x}");
                }

                if (value(row) is not { } v)
                {
                    open = false;
                    continue;
                }

                path.Append(open ? $" V{Display.Svg(Y(v))}" : $" M{x} {Display.Svg(Y(v))}");
                open = true;
            }

            if (open)
            {
                path.Append(CultureInfo.InvariantCulture, $" H{Display.Svg(X(today))}");
            }

            return path.Length == 0 ? null : path.ToString().Trim();
        }

        // A dot where a figure changed (or first appears), so a change on the last day still shows.
        var dots = new List<ProgressChartDot>();
        decimal? lastReported = null, lastVerified = null;
        foreach (var row in rows)
        {
            if (row.Reported is { } r && r != lastReported)
            {
                dots.Add(new ProgressChartDot(X(row.Day), Y(r), IsVerified: false));
            }

            if (row.Verified is { } v && v != lastVerified)
            {
                dots.Add(new ProgressChartDot(X(row.Day), Y(v), IsVerified: true));
            }

            (lastReported, lastVerified) = (row.Reported, row.Verified);
        }

        var marks = new List<ProgressChartMark>();
        if (baselineDue is { } baseline)
        {
            marks.Add(new ProgressChartMark(X(baseline), baseline, IsBaseline: true));
        }

        if (currentDue is { } current && current != baselineDue)
        {
            marks.Add(new ProgressChartMark(X(current), current, IsBaseline: false));
        }

        return model with
        {
            ReportedPath = Path(r => r.Reported),
            VerifiedPath = Path(r => r.Verified),
            Dots = dots,
            Marks = marks,
            TodayX = X(today),
            XTicks = Ticks(start, end, X),
            YTicks = [.. new[] { 0m, 50m, 100m }.Select(p => new ProgressChartGridLine(Y(p), Display.Percent(p)))],
        };
    }

    /// <summary>Months on an axis of two years or less (every second or third when they would crowd), else years.</summary>
    private static List<TimelineChartTick> Ticks(DateOnly start, DateOnly end, Func<DateOnly, double> x)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        var ticks = new List<TimelineChartTick>();
        if (months <= 24)
        {
            var every = (int)Math.Ceiling(MinMonthLabelSpacing / ((ProgressChartModel.PlotRight - ProgressChartModel.PlotLeft) / months));
            for (var i = 0; i < months; i += every)
            {
                // A label that would run off the right edge is left out; its grid line stays.
                var month = start.AddMonths(i);
                ticks.Add(new TimelineChartTick(x(month), x(month) > ProgressChartModel.Width - MinMonthLabelSpacing ? "" : month.ToString("MMM yyyy", CultureInfo.CurrentCulture)));
            }

            return ticks;
        }

        var labelEvery = (int)Math.Ceiling(MinYearLabelSpacing / ((ProgressChartModel.PlotRight - ProgressChartModel.PlotLeft) * 365 / (end.DayNumber - start.DayNumber)));
        for (var year = start.Month == 1 ? start.Year : start.Year + 1; year < end.Year || (year == end.Year && end.Month > 1); year++)
        {
            var at = x(new DateOnly(year, 1, 1));
            var label = (year - start.Year) % labelEvery == 0 && at <= ProgressChartModel.Width - MinYearLabelSpacing ? year.ToString(CultureInfo.InvariantCulture) : "";
            ticks.Add(new TimelineChartTick(at, label));
        }

        return ticks;
    }
}
