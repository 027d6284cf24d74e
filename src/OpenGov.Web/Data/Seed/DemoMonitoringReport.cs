using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// One published quarterly report of Pastaza's independent monitor, so the monitor's pages are not
/// empty in the demo. Invented and labelled illustrative, but consistent with the demo data it
/// describes: it covers the last quarter closed before the loading day (within the plan's period),
/// and each assessment states what the data held at the quarter's end (progress reported, evidence,
/// committee verifications) instead of claiming verified evidence. Added only while the plan has no report.
/// </summary>
public static class DemoMonitoringReport
{
    public const string Slug = "pastaza";
    public const string Title = "Informe ilustrativo de demostración: seguimiento trimestral";

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-EC");

    public static async Task EnsureAsync(AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == Slug)
            .OrderBy(p => p.Number)
            .Select(p => new { p.Id, p.PeriodStart, p.PeriodEnd })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null || await db.MonitoringReports.AnyAsync(r => r.ActionPlanId == plan.Id, cancellationToken))
        {
            return;
        }

        var (start, end) = LastClosedQuarter(DateOnly.FromDateTime(nowUtc), plan.PeriodStart, plan.PeriodEnd);
        var endUtc = end.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc);
        var commitments = await db.Commitments.Where(c => c.ActionPlanId == plan.Id)
            .OrderBy(c => c.Code)
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.OgpValues,
                Milestones = c.Milestones.Select(m => new
                {
                    m.Weight,
                    m.CurrentStart,
                    Updates = m.ProgressUpdates.Where(u => u.ReportedAt <= endUtc).OrderByDescending(u => u.ReportedAt)
                        .Select(u => new { u.Progress, u.Status, u.ReportedAt, Evidence = u.Files.Any() || u.Links.Any(), Verified = u.Verifications.Any(v => v.RecordedAt <= endUtc && v.Verdict == VerificationVerdict.Verified) })
                        .ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var period = $"{start.ToString("d 'de' MMMM 'de' yyyy", Spanish)} – {end.ToString("d 'de' MMMM 'de' yyyy", Spanish)}";
        var reports = commitments.Sum(c => c.Milestones.Sum(m => m.Updates.Count(u => u.ReportedAt >= start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))));
        var withEvidence = commitments.Sum(c => c.Milestones.Sum(m => m.Updates.Count(u => u.Evidence)));
        var verified = commitments.Sum(c => c.Milestones.Sum(m => m.Updates.Count(u => u.Verified)));
        var report = MonitoringReport.Create(
            plan.Id,
            new ReportDetails(
                ReportKind.Quarterly, start, end,
                "Fundación Ciudadanía y Desarrollo",
                Title,
                $"Informe ilustrativo de demostración del trimestre {period}: muestra cómo el monitor independiente evalúa cada compromiso con las escalas del IRM, con los datos de demostración del portal a esa fecha. Sus valoraciones no provienen de un documento oficial.",
                "## Alcance\n\nEste texto es **de demostración**. Un informe real resume la metodología (revisión de evidencias, entrevistas, visitas) y las recomendaciones al Comité Directivo.\n\n" +
                $"## Lo que muestran los datos al {end.ToString("d 'de' MMMM 'de' yyyy", Spanish)}\n\n" +
                $"- Informes de avance del gobierno en el trimestre: {reports}.\n" +
                $"- Informes con evidencia adjunta (hasta el fin del trimestre): {withEvidence}.\n" +
                $"- Informes verificados por el Comité Directivo: {verified}.\n\n" +
                "## Recomendaciones\n\n- Acompañar cada avance reportado con su evidencia, para que el Comité Directivo pueda verificarlo.\n- Publicar las actas de cada reunión del Comité Directivo."),
            authorId: null,
            nowUtc,
            isIllustrative: true);

        var potentials = new[] { PotentialForResults.Substantial, PotentialForResults.Modest };
        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            var started = c.Milestones.Count(m => m.CurrentStart is { } s && s <= end);
            var latest = c.Milestones.Select(m => m.Updates.FirstOrDefault()).ToList();
            var reported = latest.Count(u => u is not null);
            var rollup = ProgressRollup.Compute(c.Milestones.Zip(latest, (m, u) =>
                new RollupItem(u?.Progress ?? 0, m.Weight, u?.Status == MilestoneStatus.Cancelled)));
            var evidence = c.Milestones.Sum(m => m.Updates.Count(u => u.Evidence));
            var verifiedUpdates = c.Milestones.Sum(m => m.Updates.Count(u => u.Verified));

            // Without evidence nor a verdict, the monitor cannot confirm what the government reports (IRM: "no evidence available").
            var completion = started == 0 ? CompletionLevel.NotStarted
                : evidence == 0 && verifiedUpdates == 0 ? CompletionLevel.NoEvidenceAvailable
                : rollup.Percent switch { >= 100 => CompletionLevel.Complete, >= 50 => CompletionLevel.Substantial, > 0 => CompletionLevel.Limited, _ => CompletionLevel.NotStarted };
            var narrative = started == 0
                ? $"Valoración ilustrativa: al {end.ToString("d 'de' MMMM 'de' yyyy", Spanish)} ninguno de los {c.Milestones.Count} hitos de {c.Code} había empezado según su cronograma."
                : $"Valoración ilustrativa con los datos de demostración al {end.ToString("d 'de' MMMM 'de' yyyy", Spanish)}: {started} de {c.Milestones.Count} hitos de {c.Code} habían empezado; hitos con avance reportado por el gobierno: {reported}" +
                  (rollup.HasData && reported > 0 ? $" ({Math.Round(rollup.Percent ?? 0).ToString(Spanish)} % del compromiso, según lo reportado)" : "") + ". " +
                  (evidence == 0 && verifiedUpdates == 0
                      ? "Ningún informe tenía evidencia adjunta ni verificación del Comité Directivo: el monitor no puede confirmar ese avance."
                      : $"Informes con evidencia: {evidence}; verificados por el Comité Directivo: {verifiedUpdates}.");
            report.Assess(c.Id, new AssessmentValues(
                Verifiability.Verifiable, true, c.OgpValues, potentials[i % potentials.Length], completion, null, narrative));
        }

        report.Publish(nowUtc, commitments.ToDictionary(c => c.Id, c => c.Code));
        db.MonitoringReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The last calendar quarter that closed before <paramref name="today"/>, kept within the plan's period.</summary>
    public static (DateOnly Start, DateOnly End) LastClosedQuarter(DateOnly today, DateOnly planStart, DateOnly planEnd)
    {
        var currentQuarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var start = currentQuarterStart.AddMonths(-3);
        if (start.AddMonths(3).AddDays(-1) > planEnd)
        {
            // After the plan ended: its last quarter.
            start = new DateOnly(planEnd.Year, ((planEnd.Month - 1) / 3 * 3) + 1, 1);
        }

        var end = start.AddMonths(3).AddDays(-1);
        if (end < planStart)
        {
            // Loaded before the plan's first quarter closed: its first quarter.
            (start, end) = (planStart, planStart.AddMonths(3).AddDays(-1));
        }

        return (start < planStart ? planStart : start, end > planEnd ? planEnd : end);
    }
}
