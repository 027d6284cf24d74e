using System.Globalization;

namespace OpenGov.Web.Features.Shared;

/// <summary>
/// Lays out milestones on a time axis: one row per milestone with the baseline (as approved)
/// above the current dates (as re-planned), a year grid and a line for today.
/// </summary>
public static class TimelineChart
{
    // A narrow view box (ADR-035): on a 390 px phone one unit is about one pixel, so the 12-unit
    // labels read at about 12 px; wide screens cap the chart's width in CSS. The legend is HTML.
    private const int Width = 350;
    private const double LabelWidth = 72;
    private const double PlotRight = Width - 8;
    private const double RowHeight = 30;
    private const double Top = 28;
    private const double MinYearLabelSpacing = 34;

    /// <summary>
    /// Above this many milestones a plan's timeline shows one row per commitment, each linking to
    /// the commitment's page with its milestones (ADR-027): a plan of 200 commitments would
    /// otherwise draw thousands of rows and weigh megabytes.
    /// </summary>
    public const int MaxMilestoneRows = 80;

    private sealed record Item(
        string Label, string Title, MilestoneRow Data, bool IsLate, int? SlippageDays, string? Href, bool IsUndated, bool IsCompletionDateUnknown);

    public static TimelineChartModel Build(
        IReadOnlyList<MilestoneRow> milestones, DateOnly today, string title, string description, DateOnly? periodStart = null, DateOnly? periodEnd = null)
    {
        var items = milestones.Select(m =>
        {
            var schedule = m.Schedule(today);
            return new Item($"{m.CommitmentCode} · {m.Order.ToString(CultureInfo.CurrentCulture)}", m.Title, m,
                schedule.IsOverdue || schedule.IsDelayed, schedule.SlippageDays, null, schedule.IsUndated, schedule.IsCompletionDateUnknown);
        }).ToList();
        return Layout(items, milestones, today, title, description, periodStart, periodEnd);
    }

    /// <summary>
    /// One row per commitment, from the earliest start to the latest end of its milestones; late
    /// when one of them is, with the largest slippage among them.
    /// </summary>
    public static TimelineChartModel BuildPerCommitment(
        IReadOnlyList<MilestoneRow> milestones, IReadOnlyDictionary<string, string> commitmentTitles, Func<string, string?> commitmentHref,
        DateOnly today, string title, string description, DateOnly? periodStart = null, DateOnly? periodEnd = null)
    {
        var items = milestones.GroupBy(m => m.CommitmentCode).Select(g =>
        {
            var all = g.ToList();
            var schedules = all.Select(m => m.Schedule(today)).ToList();
            var span = all[0] with
            {
                BaselineStart = all.Min(m => m.BaselineStart),
                BaselineEnd = all.Max(m => m.BaselineEnd),
                CurrentStart = all.Min(m => m.CurrentStart),
                CurrentEnd = all.Max(m => m.ActualCompletion ?? m.CurrentEnd),
                ActualCompletion = all.All(m => m.ActualCompletion is not null) ? all.Max(m => m.ActualCompletion) : null,
                DatesAssumed = all.Any(m => m.DatesAssumed),
            };
            return new Item(g.Key, commitmentTitles.GetValueOrDefault(g.Key, ""), span,
                schedules.Any(s => s.IsOverdue || s.IsDelayed), schedules.Max(s => s.SlippageDays), commitmentHref(g.Key),
                schedules.All(s => s.IsUndated), schedules.All(s => s.IsCompletionDateUnknown));
        }).ToList();
        return Layout(items, milestones, today, title, description, periodStart, periodEnd);
    }

    private static TimelineChartModel Layout(
        List<Item> items, IReadOnlyList<MilestoneRow> milestones, DateOnly today, string title, string description, DateOnly? periodStart, DateOnly? periodEnd)
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

        var rows = items.Select((item, i) =>
        {
            var currentEnd = item.Data.ActualCompletion ?? item.Data.CurrentEnd;
            return new TimelineChartRow(
                item.Label,
                item.Title,
                Top + i * RowHeight,
                Bar(item.Data.BaselineStart, item.Data.BaselineEnd),
                Bar(item.Data.CurrentStart, currentEnd),
                item.IsLate,
                item.Data,
                item.SlippageDays,
                item.IsUndated,
                item.IsCompletionDateUnknown) { Href = item.Href };
        }).ToList();

        var plotBottom = Top + Math.Max(rows.Count, 1) * RowHeight;
        var ticks = new List<TimelineChartTick>();
        // The closing year gets a grid line but no label, which would run off the right edge; on a
        // long axis only every second (third...) year is labelled so the labels do not overlap.
        var yearWidth = (PlotRight - LabelWidth) / Math.Max(1, end.Year - start.Year);
        var labelEvery = (int)Math.Ceiling(MinYearLabelSpacing / yearWidth);
        for (var year = start.Year; year <= end.Year; year++)
        {
            var label = year < end.Year && (year - start.Year) % labelEvery == 0 ? year.ToString(CultureInfo.InvariantCulture) : "";
            ticks.Add(new TimelineChartTick(Math.Round(X(new DateOnly(year, 1, 1)), 1), label));
        }

        double? todayX = today >= start && today <= end ? Math.Round(X(today), 1) : null;
        return new TimelineChartModel(title, description, Width, (int)plotBottom + 24, rows, ticks, todayX, Top, plotBottom);
    }
}
