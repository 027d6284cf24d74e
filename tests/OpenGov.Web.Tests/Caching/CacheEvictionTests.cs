using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.ActionPlans;
using OpenGov.Web.Tests.Admin;
using OpenGov.Web.Tests.Comments;
using OpenGov.Web.Tests.Infrastructure;
using OpenGov.Web.Tests.Meetings;
using OpenGov.Web.Tests.Monitoring;
using OpenGov.Web.Tests.ProgressUpdates;
using OpenGov.Web.Tests.Verifications;

namespace OpenGov.Web.Tests.Caching;

/// <summary>
/// Every kind of write made through the portal is visible to the next anonymous visitor, although
/// the page they read was in the cache: the write evicts it once committed.
/// </summary>
[Collection(WebTestCollection.Name)]
public class CacheEvictionTests(OpenGovFactory factory)
{
    [Fact]
    public async Task ProgressReport_NextAnonymousVisitSeesIt()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var url = plan.Plan.MilestoneUrl("TP-01", 2);
        Assert.DoesNotContain("Servidores instalados en la sala de datos.", await CachedPages.CacheAsync(factory, url));
        var client = plan.Official(factory);
        var form = await ReportForm.OpenAsync(client, OfficialPlan.ReportUrl(plan.OpenMilestoneId));

        var response = await form.With("Progress", "70").With("Status", "InProgress").With("Narrative", "Servidores instalados en la sala de datos.")
            .With("Links", "https://example.org/acta").PostAsync(client, OfficialPlan.ReportUrl(plan.OpenMilestoneId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await CachedPages.NextVisitAsync(factory, url);
        Assert.Contains("Servidores instalados en la sala de datos.", html);
        Assert.Contains("Reportado por el gobierno 70 %", VerificationData.Flatten(html));
    }

    [Fact]
    public async Task Verdict_NextAnonymousVisitSeesIt()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var updateId = await VerificationData.AddUpdateAsync(factory, plan, 2, 60, DateTime.UtcNow.AddHours(-1), "Avance para verificar.");
        var url = plan.MilestoneUrl("TP-01", 2);
        Assert.Contains("Pendiente de verificación", VerificationData.Flatten(await CachedPages.CacheAsync(factory, url)));
        var committee = factory.CreateClientAs(await VerificationData.CommitteeMemberAsync(factory, plan));

        var response = await Forms.PostAsync(committee, VerificationData.VerdictUrl(updateId), VerificationData.VerdictUrl(updateId),
            new Dictionary<string, string> { ["Verdict"] = "Verified", ["Comment"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = VerificationData.Flatten(await CachedPages.NextVisitAsync(factory, url));
        Assert.Contains("Verificado por el Comité de Prueba 60 %", html);
    }

    [Fact]
    public async Task Replan_NextAnonymousVisitSeesTheNewDates()
    {
        var plan = await OfficialPlan.CreateAsync(factory);
        var url = plan.Plan.MilestoneUrl("TP-01", 2);
        Assert.DoesNotContain("Temporada de lluvias en la zona.", await CachedPages.CacheAsync(factory, url));
        var client = plan.Official(factory);
        var form = await ReportForm.OpenAsync(client, OfficialPlan.ReplanUrl(plan.OpenMilestoneId));

        var response = await form.With("CurrentStart", "2026-01-01").With("CurrentEnd", "2031-06-30")
            .With("Reason", "Temporada de lluvias en la zona.").With("ConfirmBeyondPlanEnd", "true")
            .PostAsync(client, OfficialPlan.ReplanUrl(plan.OpenMilestoneId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await CachedPages.NextVisitAsync(factory, url);
        Assert.Contains("2031", html);
        Assert.Contains("Temporada de lluvias en la zona.", html);
    }

    [Fact]
    public async Task AdminEdit_NextAnonymousVisitSeesTheNewTitle()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var planUrl = $"/{scenario.Slug}/plans/1";
        var title = AdminData.Unique("Título corregido por la administración");
        await CachedPages.CacheAsync(factory, planUrl);
        var editUrl = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<Core.Commitments.Commitment>(factory, scenario.CommitmentId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), editUrl, editUrl,
            new Dictionary<string, string> { ["Code"] = "AD-01", ["Title"] = title, ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(title, await CachedPages.NextVisitAsync(factory, planUrl));
    }

    [Fact]
    public async Task Comment_NextAnonymousVisitSeesIt()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CachedPages.CacheAsync(factory, url);
        var citizen = factory.CreateClientAs(await CommentData.CitizenAsync(factory));

        var response = await CommentData.CommentAsync(citizen, url, scenario.CommitmentId, "¿Cuándo abre la plataforma?");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("¿Cuándo abre la plataforma?", await CachedPages.NextVisitAsync(factory, url));
    }

    [Fact]
    public async Task ModerationHide_NextAnonymousVisitNoLongerSeesTheText()
    {
        var (scenario, url, _) = await CommentData.ScenarioAsync(factory);
        await CommentData.CommentAsync(factory.CreateClientAs(await CommentData.CitizenAsync(factory)), url, scenario.CommitmentId, "Texto con el teléfono de un vecino");
        var commentId = await factory.WithDbAsync(db => db.Comments.Where(c => c.CommitmentId == scenario.CommitmentId).Select(c => c.Id).SingleAsync());
        Assert.Contains("Texto con el teléfono de un vecino", System.Net.WebUtility.HtmlDecode(await CachedPages.CacheAsync(factory, url)));
        var admin = factory.CreateClientAs(await CommentData.UserAsync(factory, Roles.Admin));

        var response = await Forms.PostAsync(admin, $"/admin/moderation/{commentId}/hide", $"/admin/moderation/{commentId}/hide",
            new Dictionary<string, string> { ["Reason"] = "Datos personales de un tercero" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await CachedPages.NextVisitAsync(factory, url);
        Assert.DoesNotContain("Texto con el teléfono de un vecino", html);
        Assert.Contains("Datos personales de un tercero", html);
    }

    [Fact]
    public async Task ReportPublication_NextAnonymousVisitSeesTheReport()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var monitor = TestUser.InJurisdictions(Roles.Monitor, await MeetingData.JurisdictionIdAsync(factory, plan.Slug));
        var client = factory.CreateClientAs(monitor);
        var title = AdminData.Unique("Informe trimestral publicado");
        var reportId = await factory.WithDbAsync(async db =>
        {
            var planId = await db.ActionPlans.Where(p => p.Jurisdiction!.Slug == plan.Slug).Select(p => p.Id).SingleAsync();
            var report = MonitoringReport.Create(planId, MonitoringData.Details(title), monitor.Id, DateTime.UtcNow);
            foreach (var id in await db.Commitments.Where(c => c.ActionPlanId == planId).Select(c => c.Id).ToListAsync())
            {
                report.Assess(id, MonitoringData.Values());
            }

            db.MonitoringReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        var url = $"/{plan.Slug}/reports";
        Assert.DoesNotContain(title, await CachedPages.CacheAsync(factory, url));

        var response = await Forms.PostAsync(client, $"/monitor/reports/{reportId}/preview", $"/monitor/reports/{reportId}/publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(title, await CachedPages.NextVisitAsync(factory, url));
    }

    [Fact]
    public async Task MinutesPublication_NextAnonymousVisitSeesTheMinutes()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        var jurisdictionId = await MeetingData.JurisdictionIdAsync(factory, plan.Slug);
        var title = AdminData.Unique("Sesión ordinaria");
        var id = await MeetingData.InsertAsync(factory, jurisdictionId, MeetingData.Details(title), MeetingStatus.Draft);
        var url = $"/{plan.Slug}/meetings";
        Assert.DoesNotContain(title, await CachedPages.CacheAsync(factory, url));
        var committee = factory.CreateClientAs(TestUser.InJurisdictions(Roles.SteeringCommittee, jurisdictionId));
        var publishUrl = $"/committee/meetings/{id}/publish";

        var response = await Forms.PostAsync(committee, publishUrl, publishUrl, new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(title, await CachedPages.NextVisitAsync(factory, url));
    }

    [Fact]
    public async Task WriteInAnExplicitTransaction_EvictedWhenCommittedNotBefore()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        await CachedPages.CacheAsync(factory, plan.PlanUrl);

        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Slug == plan.Slug);
            jurisdiction.BrandName = "Marca dentro de la transacción";
            await db.SaveChangesAsync();

            var (during, fromCache) = await CachedPages.GetAsync(factory.CreateAnonymousClient(), plan.PlanUrl);
            Assert.True(fromCache);
            Assert.DoesNotContain("Marca dentro de la transacción", during);

            await transaction.CommitAsync();
        });

        Assert.Contains("Marca dentro de la transacción", await CachedPages.NextVisitAsync(factory, plan.PlanUrl));
    }

    [Fact]
    public async Task RolledBackWrite_KeepsTheCachedPage()
    {
        var plan = await TestPlans.CreateAsync(factory, commitments: 1);
        await CachedPages.CacheAsync(factory, plan.PlanUrl);

        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Slug == plan.Slug);
            jurisdiction.BrandName = "Marca que no se guarda";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        var (html, fromCache) = await CachedPages.GetAsync(factory.CreateAnonymousClient(), plan.PlanUrl);
        Assert.True(fromCache);
        Assert.DoesNotContain("Marca que no se guarda", html);
    }
}
