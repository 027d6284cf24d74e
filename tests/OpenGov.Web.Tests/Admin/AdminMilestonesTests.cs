using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.ActionPlans;
using OpenGov.Core.Auditing;
using OpenGov.Core.Commitments;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public class AdminMilestonesTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_ValidMilestone_SetsBaselineAndCurrentDatesAndNextOrder()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/commitments/{scenario.CommitmentId}/milestones/new";
        var title = AdminData.Unique("Ordenanza aprobada");

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string>
        {
            ["Title"] = title, ["ExpectedOutput"] = "Ordenanza publicada.", ["MeansOfVerification"] = "Registro oficial.",
            ["ResponsibleInstitutionId"] = scenario.OtherInstitutionId.ToString(), ["Weight"] = "2",
            ["BaselineStart"] = "2025-01-01", ["BaselineEnd"] = "2025-06-30",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await AdminData.QueryAsync(factory, db => db.Milestones.AsNoTracking().SingleAsync(m => m.Title == title));
        Assert.Equal((2, scenario.OtherInstitutionId, 2m), (saved.Order, saved.ResponsibleInstitutionId, saved.Weight));
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 6, 30)), (saved.BaselineEnd, saved.CurrentEnd));
        Assert.Equal("Registro oficial.", saved.MeansOfVerification);
    }

    [Fact]
    public async Task Edit_ReplanWithoutReason_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory, PlanStatus.Implementation);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, Fields(scenario, version, "2024-12-31", reason: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Indique el motivo del cambio de fechas.", html);
        Assert.Contains("las fechas de línea base quedaron fijas", html);
        Assert.Equal(new DateOnly(2024, 9, 30), await AdminData.QueryAsync(factory, db => db.Milestones.Where(m => m.Id == scenario.MilestoneId).Select(m => m.CurrentEnd).SingleAsync()));
    }

    [Fact]
    public async Task Edit_ReplanWithReason_MovesCurrentDatesKeepsBaselineAndRecordsTheReason()
    {
        var scenario = await AdminData.CreateAsync(factory, PlanStatus.Implementation);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, Fields(scenario, version, "2024-12-31", reason: "Lluvias de temporada."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await AdminData.QueryAsync(factory, db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == scenario.MilestoneId));
        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2024, 9, 30)), (saved.CurrentEnd, saved.BaselineEnd));
        var events = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(Milestone) && e.EntityId == scenario.MilestoneId.ToString() && e.Action == AuditAction.Updated).ToListAsync());
        Assert.Contains(events, e => e.Changes.Contains("CurrentEnd") && e.CommitmentId == scenario.CommitmentId);
        Assert.Contains(events, e => e.Changes.Contains("Lluvias de temporada.") && e.ActorRole == Roles.Admin);
    }

    [Fact]
    public async Task Edit_BaselinePostedWhilePlanInImplementation_IsRefused()
    {
        var scenario = await AdminData.CreateAsync(factory, PlanStatus.Implementation);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);
        var fields = Fields(scenario, version, "2024-09-30", reason: "");
        fields["BaselineEnd"] = "2025-03-31";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Las fechas de línea base no cambian una vez que el plan está en implementación.", await response.TextAsync());
        Assert.Equal(new DateOnly(2024, 9, 30), await AdminData.QueryAsync(factory, db => db.Milestones.Where(m => m.Id == scenario.MilestoneId).Select(m => m.BaselineEnd).SingleAsync()));
    }

    [Fact]
    public async Task Edit_BaselineBeforeImplementation_IsSaved()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);
        var fields = Fields(scenario, version, "2024-09-30", reason: "");
        fields["BaselineEnd"] = "2025-03-31";
        fields["BaselineStart"] = "2024-03-01";

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2025, 3, 31), await AdminData.QueryAsync(factory, db => db.Milestones.Where(m => m.Id == scenario.MilestoneId).Select(m => m.BaselineEnd).SingleAsync()));
    }

    [Fact]
    public async Task Edit_ConcurrentSaves_SecondGetsConflictAndDatabaseKeepsFirst()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);
        var client = AdminData.Admin(factory);
        var first = Fields(scenario, version, "2024-09-30", reason: "");
        first["Title"] = "Título guardado primero";
        var second = Fields(scenario, version, "2024-09-30", reason: "");
        second["Title"] = "Título guardado después";

        var one = await Forms.PostAsync(client, url, url, first);
        var two = await Forms.PostAsync(client, url, url, second);

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Contains("Otra persona cambió este registro", await two.TextAsync());
        Assert.Equal("Título guardado primero", await AdminData.QueryAsync(factory, db => db.Milestones.Where(m => m.Id == scenario.MilestoneId).Select(m => m.Title).SingleAsync()));
    }

    [Fact]
    public async Task Delete_MilestoneWithProgressUpdates_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory, withProgress: true);
        var url = $"/admin/milestones/{scenario.MilestoneId}/delete";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tiene 1 reportes de avance", await response.TextAsync());
        Assert.True(await AdminData.QueryAsync(factory, db => db.Milestones.AnyAsync(m => m.Id == scenario.MilestoneId)));
    }

    [Fact]
    public async Task Delete_MilestoneWithoutUpdates_IsRemovedAndAudited()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/milestones/{scenario.MilestoneId}/delete";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await AdminData.QueryAsync(factory, db => db.Milestones.AnyAsync(m => m.Id == scenario.MilestoneId)));
        Assert.True(await AdminData.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e =>
            e.EntityType == nameof(Milestone) && e.EntityId == scenario.MilestoneId.ToString() && e.Action == AuditAction.Deleted && e.ActorRole == Roles.Admin)));
    }

    [Fact]
    public async Task Edit_ReplanPastThePlanEnd_NeedsConfirmationThenSaves()
    {
        // The scenario's plan ends on 31 December 2026.
        var scenario = await AdminData.CreateAsync(factory, PlanStatus.Implementation);
        var url = $"/admin/milestones/{scenario.MilestoneId}/edit";
        var version = await AdminData.VersionOfAsync<Milestone>(factory, scenario.MilestoneId);
        var client = AdminData.Admin(factory);

        var refused = await Forms.PostAsync(client, url, url, Fields(scenario, version, "2027-03-31", reason: "Crédito pendiente."));
        var unchanged = await AdminData.QueryAsync(factory, db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == scenario.MilestoneId));
        var confirmed = await Forms.PostAsync(client, url, url,
            new Dictionary<string, string>(Fields(scenario, version, "2027-03-31", reason: "Crédito pendiente.")) { ["ConfirmBeyondPlanEnd"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.TextAsync();
        Assert.Contains("La nueva fecha de fin es posterior al fin del plan de acción.", html);
        Assert.Contains("El plan de acción termina el 31 de diciembre de 2026.", html);
        Assert.Equal((new DateOnly(2024, 9, 30), version), (unchanged.CurrentEnd, unchanged.Version));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(new DateOnly(2027, 3, 31), await AdminData.QueryAsync(factory, db => db.Milestones.Where(m => m.Id == scenario.MilestoneId).Select(m => m.CurrentEnd).SingleAsync()));
    }

    private static Dictionary<string, string> Fields(AdminScenario scenario, uint version, string currentEnd, string reason) => new()
    {
        ["Title"] = "Hito " + scenario.Slug, ["ResponsibleInstitutionId"] = scenario.InstitutionId.ToString(), ["Weight"] = "1",
        ["CurrentStart"] = "2024-03-01", ["CurrentEnd"] = currentEnd, ["ReplanReason"] = reason, ["Version"] = version.ToString(),
    };
}
