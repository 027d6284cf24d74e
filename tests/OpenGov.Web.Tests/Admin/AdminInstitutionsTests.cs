using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public class AdminInstitutionsTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Create_ValidInstitution_SavesAuditsAndShowsBanner()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var client = factory.CreateClientAs(TestUser.InRole(Roles.Admin), followRedirects: true);
        var name = AdminData.Unique("Secretaría de Ambiente");

        var response = await Forms.PostAsync(client, "/admin/institutions/new", "/admin/institutions/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = scenario.JurisdictionId.ToString(), ["Name"] = name, ["Acronym"] = "SA", ["Kind"] = "Government",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Se creó la institución «{name}».", await response.TextAsync());
        var saved = await AdminData.QueryAsync(factory, db => db.Institutions.AsNoTracking().SingleAsync(i => i.Name == name));
        Assert.Equal(scenario.JurisdictionId, saved.JurisdictionId);
        Assert.Equal("SA", saved.Acronym);
        var audit = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.EntityType == nameof(Institution) && e.EntityId == saved.Id.ToString() && e.Action == AuditAction.Created));
        Assert.Equal(Roles.Admin, audit.ActorRole);
        Assert.DoesNotContain("@", audit.Changes + audit.ActorId + audit.ActorInstitution);
    }

    [Fact]
    public async Task Create_WithoutName_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var client = AdminData.Admin(factory);
        var before = await AdminData.QueryAsync(factory, db => db.Institutions.CountAsync());

        var response = await Forms.PostAsync(client, "/admin/institutions/new", "/admin/institutions/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = scenario.JurisdictionId.ToString(), ["Name"] = "", ["Acronym"] = "SIGLA-TECLEADA", ["Kind"] = "Academia",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Hay un problema", html);
        Assert.Contains("href=\"#Name\"", html);
        Assert.Contains("value=\"SIGLA-TECLEADA\"", html);
        Assert.Equal(before, await AdminData.QueryAsync(factory, db => db.Institutions.CountAsync()));
    }

    [Fact]
    public async Task Create_DuplicateNameInJurisdiction_IsRefused()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var existing = await AdminData.QueryAsync(factory, db => db.Institutions.Where(i => i.Id == scenario.InstitutionId).Select(i => i.Name).SingleAsync());

        var response = await Forms.PostAsync(AdminData.Admin(factory), "/admin/institutions/new", "/admin/institutions/new", new Dictionary<string, string>
        {
            ["JurisdictionId"] = scenario.JurisdictionId.ToString(), ["Name"] = existing, ["Kind"] = "Government",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ya existe una institución con ese nombre", await response.TextAsync());
        Assert.Equal(1, await AdminData.QueryAsync(factory, db => db.Institutions.CountAsync(i => i.Name == existing)));
    }

    [Fact]
    public async Task Edit_ConcurrentSaves_SecondGetsConflictAndDatabaseKeepsFirst()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/institutions/{scenario.InstitutionId}/edit";
        var version = await AdminData.VersionOfAsync<Institution>(factory, scenario.InstitutionId);
        var client = AdminData.Admin(factory);
        var first = AdminData.Unique("Primera edición");
        var second = AdminData.Unique("Segunda edición");

        var one = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Name"] = first, ["Kind"] = "Government", ["Version"] = version.ToString() });
        var two = await Forms.PostAsync(client, url, url, new Dictionary<string, string> { ["Name"] = second, ["Kind"] = "Government", ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        var html = await two.TextAsync();
        Assert.Contains("Otra persona cambió este registro mientras lo editaba", html);
        Assert.Contains($"value=\"{second}\"", html);
        Assert.Contains("Valores actuales guardados", html);
        Assert.Contains(first, html);
        Assert.Equal(first, await AdminData.QueryAsync(factory, db => db.Institutions.Where(i => i.Id == scenario.InstitutionId).Select(i => i.Name).SingleAsync()));
    }

    [Fact]
    public async Task Delete_InstitutionResponsibleForMilestones_IsRefusedAndNothingChanges()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/institutions/{scenario.InstitutionId}/delete";
        var version = await AdminData.VersionOfAsync<Institution>(factory, scenario.InstitutionId);

        var page = await AdminData.Admin(factory).GetTextAsync(url);
        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Contains("No se puede eliminar", page);
        Assert.Contains("es responsable de 1 hitos", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No se puede eliminar", await response.TextAsync());
        Assert.True(await AdminData.QueryAsync(factory, db => db.Institutions.AnyAsync(i => i.Id == scenario.InstitutionId)));
    }

    [Fact]
    public async Task Delete_UnusedInstitution_IsRemoved()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var url = $"/admin/institutions/{scenario.OtherInstitutionId}/delete";
        var version = await AdminData.VersionOfAsync<Institution>(factory, scenario.OtherInstitutionId);

        var response = await Forms.PostAsync(AdminData.Admin(factory), url, url, new Dictionary<string, string> { ["Version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await AdminData.QueryAsync(factory, db => db.Institutions.AnyAsync(i => i.Id == scenario.OtherInstitutionId)));
        Assert.True(await AdminData.QueryAsync(factory, db => db.AuditEvents.AnyAsync(e =>
            e.EntityType == nameof(Institution) && e.EntityId == scenario.OtherInstitutionId.ToString() && e.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task Index_SearchByName_ListsMatchesOnly()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var name = await AdminData.QueryAsync(factory, db => db.Institutions.Where(i => i.Id == scenario.InstitutionId).Select(i => i.Name).SingleAsync());

        var html = await AdminData.Admin(factory).GetTextAsync($"/admin/institutions?q={Uri.EscapeDataString(name[^8..])}");
        var none = await AdminData.Admin(factory).GetTextAsync("/admin/institutions?q=zzz-no-existe-zzz");

        Assert.Contains(name, html);
        Assert.Contains("Mostrando 1–1 de 1", html);
        Assert.Contains("Ninguna institución coincide", none);
    }
}
