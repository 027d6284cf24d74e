using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public class AdminCommitmentsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_AllTemplateFields_SavedWithNextNumber()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/commitments/new";

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Code", "AD-02"), new("Title", "Datos abiertos de obra pública"), new("ThematicAxis", "Eje biofísico"),
            new("Problem", "Problema."), new("StatusQuo", "Situación."), new("Description", "Qué hace."), new("HowItSolves", "Cómo."),
            new("OgpValues", "AccessToInformation"), new("OgpValues", "Inclusion"), new("Sdgs", "16"), new("Sdgs", "11"),
            new("LeadInstitutionIds", scenario.InstitutionId.ToString()), new("SupportingInstitutionIds", scenario.OtherInstitutionId.ToString()),
            new("Weight", "0,5"), new("Contact", "Dirección de Obras"), new("Summary", "Resumen."), new("SummaryEn", "Summary."),
            new("SummaryQu", "Kichwa."), new("IsIllustrative", "true"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await AdminData.QueryAsync(factory, db => db.Commitments.AsNoTracking().Include(c => c.SupportingInstitutions).Include(c => c.LeadInstitutions)
            .SingleAsync(c => c.ActionPlanId == scenario.PlanId && c.Code == "AD-02"));
        Assert.Equal(2, saved.Number);
        Assert.Equal(OgpValues.AccessToInformation | OgpValues.Inclusion, saved.OgpValues);
        Assert.Equal([11, 16], saved.Sdgs);
        Assert.Equal(0.5m, saved.Weight);
        Assert.Equal([scenario.OtherInstitutionId], saved.SupportingInstitutions.Select(i => i.Id));
        Assert.Equal(("Kichwa.", true), (saved.SummaryQu, saved.IsIllustrative));
        Assert.Equal([scenario.InstitutionId], saved.LeadInstitutions.Select(i => i.Id));
    }

    [Fact]
    public async Task Create_WithSupportingInstitution_AuditsTheLinkInTheCommitmentHistory()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/commitments/new";

        await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Code", "AD-07"), new("Title", "Compromiso con apoyo"), new("SupportingInstitutionIds", scenario.OtherInstitutionId.ToString()),
        ]);

        var commitmentId = await AdminData.QueryAsync(factory, db => db.Commitments
            .Where(c => c.ActionPlanId == scenario.PlanId && c.Code == "AD-07").Select(c => c.Id).SingleAsync());
        var link = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking()
            .SingleAsync(a => a.EntityType == "CommitmentSupportingInstitutions" && a.CommitmentId == commitmentId));
        Assert.Equal($"{commitmentId}:{scenario.OtherInstitutionId}", link.EntityId);
        Assert.Equal("Admin", link.ActorRole);
    }

    [Fact]
    public async Task Create_DuplicateCodeInPlan_IsRefusedAndKeepsInput()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/plans/{scenario.PlanId}/commitments/new";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Code"] = "AD-01", ["Title"] = "Título tecleado que no se pierde",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Este plan ya tiene un compromiso con el código AD-01.", html);
        Assert.Contains("value=\"Título tecleado que no se pierde\"", html);
        Assert.Equal(1, await AdminData.QueryAsync(factory, db => db.Commitments.CountAsync(c => c.ActionPlanId == scenario.PlanId)));
    }

    [Fact]
    public async Task Edit_ConcurrentSaves_SecondGetsConflictAndDatabaseKeepsFirst()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/edit";
        var version = await AdminData.VersionOfAsync<Commitment>(factory, scenario.CommitmentId);
        var client = AdminData.Admin(factory);

        var one = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Code"] = "AD-01", ["Title"] = "Título de la primera persona", ["Version"] = version.ToString() });
        var two = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Code"] = "AD-01", ["Title"] = "Título de la segunda persona", ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        var html = await two.TextAsync();
        Assert.Contains("Otra persona cambió este registro", html);
        Assert.Contains("value=\"Título de la segunda persona\"", html);
        Assert.Equal("Título de la primera persona", await AdminData.QueryAsync(factory, db => db.Commitments.Where(c => c.Id == scenario.CommitmentId).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Delete_CommitmentWithMilestones_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/delete";
        var version = await AdminData.VersionOfAsync<Commitment>(factory, scenario.CommitmentId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No se puede eliminar", await response.TextAsync());
        Assert.Contains("tiene 1 hitos", await response.TextAsync());
        Assert.True(await AdminData.QueryAsync(factory, db => db.Commitments.AnyAsync(c => c.Id == scenario.CommitmentId)));
    }

    [Fact]
    public async Task Delete_CommitmentCreatedInTheBackOffice_IsRemovedAndItsHistoryRemains()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var client = AdminData.Admin(factory);
        await AdminData.PostFieldsAsync(client, $"/admin/plans/{scenario.PlanId}/commitments/new",
        [
            new("Code", "AD-09"), new("Title", "Compromiso creado por error"), new("SupportingInstitutionIds", scenario.OtherInstitutionId.ToString()),
        ]);
        var commitmentId = await AdminData.QueryAsync(factory, db => db.Commitments
            .Where(c => c.ActionPlanId == scenario.PlanId && c.Code == "AD-09").Select(c => c.Id).SingleAsync());
        var url = $"/admin/commitments/{commitmentId}/delete";
        var version = await AdminData.VersionOfAsync<Commitment>(factory, commitmentId);

        var page = await client.GetTextAsync(url);
        var response = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Contains("Sí, eliminar", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await AdminData.QueryAsync(factory, db => db.Commitments.AnyAsync(c => c.Id == commitmentId)));
        var history = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == "Commitment" && a.EntityId == commitmentId.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], history.Select(a => a.Action));
        Assert.All(history, a => Assert.Equal(commitmentId, a.CommitmentId));
        Assert.All(history, a => Assert.Equal("AD-09 · Compromiso creado por error", a.EntityLabel));
    }

    [Fact]
    public async Task Delete_CommitmentWithProgress_IsRefusedWithTheTrueReasonAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory, withProgress: true);
        var url = $"/admin/commitments/{scenario.CommitmentId}/delete";
        var version = await AdminData.VersionOfAsync<Commitment>(factory, scenario.CommitmentId);
        var auditBefore = await AdminData.QueryAsync(factory, db => db.AuditEvents.CountAsync(a => a.CommitmentId == scenario.CommitmentId));

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("sus hitos tienen 1 reportes de avance, que son parte del historial público", html);
        Assert.DoesNotContain("mientras", html);
        Assert.DoesNotContain("Sí, eliminar", html);
        Assert.True(await AdminData.QueryAsync(factory, db => db.Commitments.AnyAsync(c => c.Id == scenario.CommitmentId && c.Version == version)));
        Assert.Equal(auditBefore, await AdminData.QueryAsync(factory, db => db.AuditEvents.CountAsync(a => a.CommitmentId == scenario.CommitmentId)));
    }

    [Fact]
    public async Task Delete_CommitmentOfAPlanInImplementation_IsRefusedBecausePublished()
    {
        var scenario = await AdminData.CreateAsync(factory, status: PlanStatus.Implementation);
        var commitmentId = await AdminData.QueryAsync(factory, async db =>
        {
            var commitment = new Commitment { ActionPlanId = scenario.PlanId, Code = "AD-05", Number = 5, Title = AdminData.Unique("Publicado"), IsIllustrative = true };
            db.Add(commitment);
            await db.SaveChangesAsync();
            return commitment.Id;
        });

        var html = await AdminData.Admin(factory).GetTextAsync($"/admin/commitments/{commitmentId}/delete");

        Assert.Contains("su plan de acción ya salió de la cocreación (estado: En implementación) y lo publicado no se borra", html);
        Assert.DoesNotContain("Sí, eliminar", html);
    }
}
