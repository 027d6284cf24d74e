using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Monitoring;

/// <summary>Reports inserted straight into the database for the monitoring tests and the authorization matrix.</summary>
public static class MonitoringData
{
    public static ReportDetails Details(string title = "Informe de prueba") =>
        new(ReportKind.Quarterly, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "Fundación Vigilante", title, "Resumen de prueba.", "Texto de prueba.");

    public static AssessmentValues Values(CompletionLevel completion = CompletionLevel.Substantial) =>
        new(Verifiability.Verifiable, true, OgpValues.AccessToInformation, PotentialForResults.Substantial, completion, null, "Valoración de prueba.");

    /// <summary>A draft on the plan with no assessment.</summary>
    public static Task<int> CreateDraftAsync(OpenGovFactory factory, int planId, string title = "Borrador de prueba") =>
        factory.WithDbAsync(async db =>
        {
            var report = MonitoringReport.Create(planId, Details(title), "test-monitor", DateTime.UtcNow);
            db.MonitoringReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    /// <summary>A published report assessing every commitment of the plan.</summary>
    public static Task<int> CreatePublishedAsync(OpenGovFactory factory, int planId, string title = "Informe publicado de prueba") =>
        factory.WithDbAsync(async db =>
        {
            var commitments = await db.Commitments.Where(c => c.ActionPlanId == planId).ToDictionaryAsync(c => c.Id, c => c.Code);
            var report = MonitoringReport.Create(planId, Details(title), "test-monitor", DateTime.UtcNow);
            foreach (var id in commitments.Keys)
            {
                report.Assess(id, Values());
            }

            report.Publish(DateTime.UtcNow, commitments);
            db.MonitoringReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
}
