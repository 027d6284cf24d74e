using OpenGov.Core.ActionPlans;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.ActionPlans;

/// <summary>
/// Inserts a plan with the given number of commitments, three milestones each (100 %, 50 % due in
/// ten days, 10 % overdue; weights 0.4/0.4/0.2, so each commitment is at 62 %) plus extra ones.
/// </summary>
public static class TestPlans
{
    public static async Task<TestPlan> CreateAsync(OpenGovFactory factory, int commitments = 2, int extraMilestones = 0, int updatesPerMilestone = 1)
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..12];
        var brand = "Conecta Prueba " + slug[2..6];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reported = DateTime.UtcNow.AddDays(-3);

        await factory.WithDbAsync(async db =>
        {
            var jurisdiction = new Jurisdiction
            {
                Slug = slug, Name = "Provincia de Prueba " + slug[2..6], BrandName = brand, Country = "Ecuador",
                Level = JurisdictionLevel.Provincial, OgpMemberSince = 2021, SteeringBodyName = "Comité de Prueba",
            };
            var lead = new Institution { Jurisdiction = jurisdiction, Name = "Dirección de Planificación", Acronym = "DP" };
            var support = new Institution { Jurisdiction = jurisdiction, Name = "Fundación Ciudadanía y Desarrollo", Kind = InstitutionKind.CivilSociety };
            var plan = new ActionPlan
            {
                Jurisdiction = jurisdiction, Title = "Plan de acción de prueba 2024–2027", Number = 1,
                PeriodStart = new DateOnly(2024, 1, 1), PeriodEnd = new DateOnly(2027, 12, 31), SubmittedOn = new DateOnly(2024, 11, 21),
                Summary = "Resumen del plan de prueba.", SourceNote = "Datos generados por la prueba.",
            };
            plan.AddLeadInstitution(lead);
            plan.AddEndorsement("Red de Organizaciones de Prueba", new DateOnly(2024, 11, 21));
            db.AddRange(jurisdiction, lead, support, plan);
            await db.SaveChangesAsync();

            var milestones = new List<Milestone>();
            for (var i = 1; i <= commitments; i++)
            {
                var commitment = new Commitment
                {
                    ActionPlanId = plan.Id, Code = $"TP-{i:00}", Number = i, Title = $"Compromiso de prueba {i}",
                    ThematicAxis = i % 2 == 0 ? "Eje económico-productivo" : "Eje biofísico",
                    Problem = "Problema de prueba.", StatusQuo = "Situación de prueba.",
                    Description = "Descripción de prueba.", HowItSolves = "Cómo lo resuelve.",
                    OgpValues = OgpValues.AccessToInformation | OgpValues.CivicParticipation, Sdgs = [16, 11],
                    Contact = "Dirección de Planificación", Summary = "Resumen en español.", SummaryEn = "Summary in English.",
                    SummaryQu = "Kichwa shimipi.", IsIllustrative = true,
                };
                commitment.AddLeadInstitution(lead);
                commitment.AddSupportingInstitution(support);
                var done = commitment.AddMilestone("Diagnóstico publicado", lead.Id, today.AddDays(-200), today.AddDays(-100), 0.4m);
                var open = commitment.AddMilestone("Plataforma en funcionamiento", lead.Id, today.AddDays(-60), today.AddDays(10), 0.4m);
                var late = commitment.AddMilestone("Mesas de diálogo realizadas", lead.Id, today.AddDays(-90), today.AddDays(-25), 0.2m);
                late.Replan(today.AddDays(-90), today.AddDays(-5), "Cambio de autoridades.");
                milestones.AddRange([done, open, late]);
                for (var k = 0; k < extraMilestones; k++)
                {
                    milestones.Add(commitment.AddMilestone($"Hito adicional {k + 1}", lead.Id, today.AddDays(100), today.AddDays(200 + k)));
                }

                db.Add(commitment);
            }

            await db.SaveChangesAsync();

            foreach (var milestone in milestones)
            {
                var (progress, status) = milestone.Order switch
                {
                    1 => (100, MilestoneStatus.Completed),
                    2 => (50, MilestoneStatus.InProgress),
                    3 => (10, MilestoneStatus.InProgress),
                    _ => (0, MilestoneStatus.NotStarted),
                };
                for (var u = updatesPerMilestone; u >= 1; u--)
                {
                    var step = u == 1 ? progress : progress * (updatesPerMilestone - u + 1) / (updatesPerMilestone + 1);
                    var stepStatus = u == 1 ? status : step == 0 ? MilestoneStatus.NotStarted : MilestoneStatus.InProgress;
                    milestone.RecordProgress(step, stepStatus, $"Avance reportado {u}.", reported.AddDays(-u),
                        authorInstitutionId: lead.Id, evidence: new Evidence([], [EvidenceLink.Create("https://example.org/evidencia")]));
                }
            }

            await db.SaveChangesAsync();
        });

        return new TestPlan(slug, brand, 1, "TP-01");
    }
}
