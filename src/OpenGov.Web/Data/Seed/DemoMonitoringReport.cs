using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Monitoring;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// One published quarterly report of the independent monitor for Pastaza, so the monitor's pages
/// are not empty in the demo. Invented and labelled illustrative: no such report has been published.
/// Idempotent: added only while the Pastaza plan has no report at all.
/// </summary>
public static class DemoMonitoringReport
{
    public const string Slug = "pastaza";
    public const string Title = "Informe ilustrativo de demostración: primer trimestre de implementación";

    public static async Task EnsureAsync(AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == Slug)
            .OrderBy(p => p.Number)
            .Select(p => new { p.Id, p.PeriodStart })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null || await db.MonitoringReports.AnyAsync(r => r.ActionPlanId == plan.Id, cancellationToken))
        {
            return;
        }

        var commitments = await db.Commitments.Where(c => c.ActionPlanId == plan.Id)
            .OrderBy(c => c.Code).Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken);
        var report = MonitoringReport.Create(
            plan.Id,
            new ReportDetails(
                ReportKind.Quarterly,
                plan.PeriodStart,
                plan.PeriodStart.AddMonths(3).AddDays(-1),
                "Fundación Ciudadanía y Desarrollo",
                Title,
                "Informe ilustrativo de demostración: muestra cómo el monitor independiente evalúa cada compromiso con las escalas del IRM. Sus valoraciones no provienen de un documento oficial.",
                "## Alcance\n\nEste texto es **de demostración**. Un informe real resume la metodología (revisión de evidencias, entrevistas, visitas) y las recomendaciones al comité coordinador.\n\n## Recomendaciones\n\n- Publicar las actas de cada mesa técnica.\n- Acompañar cada avance reportado con su evidencia."),
            authorId: null,
            nowUtc,
            isIllustrative: true);
        var scales = new[]
        {
            new AssessmentValues(Verifiability.Verifiable, true, OgpValues.AccessToInformation | OgpValues.CivicParticipation, PotentialForResults.Substantial, CompletionLevel.Substantial, null, "Valoración ilustrativa: los hitos tienen evidencia publicada y el avance coincide con lo verificado por el comité."),
            new AssessmentValues(Verifiability.Verifiable, true, OgpValues.PublicAccountability, PotentialForResults.Modest, CompletionLevel.Limited, null, "Valoración ilustrativa: el compromiso avanza, pero falta evidencia de la mitad de los hitos del trimestre."),
            new AssessmentValues(Verifiability.Verifiable, true, OgpValues.CivicParticipation | OgpValues.Inclusion, PotentialForResults.Substantial, CompletionLevel.NotStarted, null, "Valoración ilustrativa: la implementación aún no empieza según el cronograma."),
        };
        for (var i = 0; i < commitments.Count; i++)
        {
            report.Assess(commitments[i].Id, scales[i % scales.Length]);
        }

        report.Publish(nowUtc, commitments.ToDictionary(c => c.Id, c => c.Code));
        db.MonitoringReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
    }
}
