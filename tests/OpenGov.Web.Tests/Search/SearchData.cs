using Microsoft.EntityFrameworkCore;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Commitments;
using OpenGov.Core.Jurisdictions;
using OpenGov.Core.Meetings;
using OpenGov.Core.Participation;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Meetings;
using OpenGov.Web.Tests.Monitoring;

namespace OpenGov.Web.Tests.Search;

/// <summary>
/// A jurisdiction of its own (so the demo data and other tests never change what a search finds there)
/// with one thing of every searched kind, and the drafts, announcements and hidden comments that must
/// stay out of the results.
/// </summary>
public static class SearchData
{
    public sealed record World(TestPlan Plan, int JurisdictionId, int PlanId)
    {
        public string Slug => Plan.Slug;

        public string Search(string q, string extra = "") => $"/search?q={Uri.EscapeDataString(q)}&jurisdiction={Slug}{extra}";
    }

    /// <summary>Rebuilds the words misspelt searches are corrected to, as the app does every few minutes (ADR-046).</summary>
    public static Task RefreshWordsAsync(OpenGovFactory factory) =>
        factory.WithDbAsync(db => OpenGov.Web.Features.Search.SearchWords.RefreshAsync(db, CancellationToken.None));

    public static async Task<World> CreateAsync(OpenGovFactory factory, int commitments = 1, int proposals = 1)
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: commitments);
        var (jurisdictionId, planId, leadId) = await factory.WithDbAsync(async db =>
        {
            var p = await db.ActionPlans.Where(x => x.Jurisdiction!.Slug == plan.Slug)
                .Select(x => new { x.JurisdictionId, x.Id }).SingleAsync();
            var lead = await db.Institutions.Where(i => i.JurisdictionId == p.JurisdictionId).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            return (p.JurisdictionId, p.Id, lead);
        });

        await factory.WithDbAsync(async db =>
        {
            var roads = new Commitment
            {
                ActionPlanId = planId, Code = "SR-01", Number = 91, Title = "Participación ciudadana en los caminos vecinales",
                Summary = "Mesas de diálogo con las comunidades.", SummaryEn = "Open data on rural roads for transparency.",
                Description = "Mantenimiento vial.", IsIllustrative = true,
            };
            var milestone = roads.AddMilestone("Mantenimiento del camino a la comunidad", leadId, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
            var water = new Commitment
            {
                ActionPlanId = planId, Code = "SR-02", Number = 92, Title = "Gestión del agua potable <b>urgente</b>",
                Description = "Incluye huertos escolares regados con agua de lluvia.", IsIllustrative = true,
            };
            var gardens = new Commitment { ActionPlanId = planId, Code = "SR-03", Number = 93, Title = "Huertos escolares del cantón", IsIllustrative = true };
            db.AddRange(roads, water, gardens);
            db.Institutions.Add(new Institution { JurisdictionId = jurisdictionId, Name = "Secretaría de Ambiente y Biodiversidad", Acronym = "SAB" });
            for (var i = 1; i <= proposals; i++)
            {
                db.Proposals.Add(new Proposal { ActionPlanId = planId, Source = ProposalSource.OnlineForm, Text = $"Propuesta {i}: ciclovías seguras", Problem = "Accidentes." });
            }

            await db.SaveChangesAsync();
            milestone.RecordProgress(
                40, MilestoneStatus.InProgress, "Se reunió la asamblea & <script>alert('x')</script> de participación vecinal.", DateTime.UtcNow.AddDays(-2),
                authorInstitutionId: leadId);
            await db.SaveChangesAsync();
        });

        // Reports: one draft, one published.
        await MonitoringData.CreateDraftAsync(factory, planId, "Informe borrador sobre auditoría social");
        await MonitoringData.CreatePublishedAsync(factory, planId, "Informe sobre presupuesto participativo");

        // Meetings: a draft and an announced one say "reforestación"; only the published minutes say "riego".
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Sesión reservada sobre reforestación", "Acta del borrador: reforestación."), MeetingStatus.Draft);
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Sesión anunciada sobre reforestación", "Acta por aprobar: reforestación.", daysFromToday: 5), MeetingStatus.Announced);
        await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details("Sesión ordinaria", "Se aprobó la matriz de riego."), MeetingStatus.Published);

        // A hidden comment with a word nothing else uses.
        var citizen = TestUser.InRole(Roles.Citizen);
        factory.CreateClientAs(citizen).Dispose();
        await factory.WithDbAsync(async db =>
        {
            var commitmentId = await db.Commitments.Where(c => c.ActionPlanId == planId && c.Code == "SR-01").Select(c => c.Id).SingleAsync();
            var comment = Comment.Post(commitmentId, null, citizen.Id, "Persona de prueba", "Comentario sobre ornitología del humedal.", DateTime.UtcNow);
            comment.Hide("Fuera de tema.", citizen.Id, DateTime.UtcNow);
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
        });

        return new World(plan, jurisdictionId, planId);
    }
}
