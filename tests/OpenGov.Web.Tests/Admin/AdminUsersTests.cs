using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Auditing;
using OpenGov.Web.Identity;
using static OpenGov.Web.Features.Admin.AdminUsers.AdminUsersController;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Admin;

[Collection(WebTestCollection.Name)]
public class AdminUsersTests(OpenGovFactory factory)
{
    [Fact]
    public async Task Edit_RolesAndInstitutions_SavedAuditedWithoutEmailAndSessionsEnded()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var url = $"/admin/users/{user.Id}/edit";
        var stamp = await AdminData.QueryAsync(factory, db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.ConcurrencyStamp, u.SecurityStamp }).SingleAsync());

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
        [
            new("Roles", Roles.Official), new("Roles", Roles.Monitor),
            new("InstitutionIds", scenario.InstitutionId.ToString()), new("InstitutionIds", scenario.OtherInstitutionId.ToString()),
            new("ConcurrencyStamp", stamp.ConcurrencyStamp!),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await Accounts.WithUsersAsync(factory, async users => await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));
        Assert.Equal([Roles.Monitor, Roles.Official], roles.Order());
        var saved = await AdminData.QueryAsync(factory, db => db.Users.AsNoTracking().Include(u => u.Institutions).SingleAsync(u => u.Id == user.Id));
        Assert.Equal([scenario.InstitutionId, scenario.OtherInstitutionId], saved.Institutions.Select(i => i.Id).Order());
        Assert.NotEqual(stamp.SecurityStamp, saved.SecurityStamp);
        var audit = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == AuditId(user.Id)));
        Assert.Equal((Roles.Admin, AuditAction.Updated), (audit.ActorRole, audit.Action));
        Assert.Contains(Roles.Official, audit.Changes);
        Assert.DoesNotContain(user.Email!, audit.Changes);
        Assert.DoesNotContain("@", audit.Changes);
    }

    [Fact]
    public async Task Edit_Jurisdictions_AttachesAMemberAndTheFormShowsThem()
    {
        var scenario = await AdminData.CreateAsync(factory);
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var url = $"/admin/users/{user.Id}/edit";
        var stamp = await AdminData.QueryAsync(factory, db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ConcurrencyStamp).SingleAsync());
        var client = AdminData.Admin(factory);
        Assert.Contains($"name=\"JurisdictionIds\" value=\"{scenario.JurisdictionId}\"", await client.GetTextAsync(url));

        var response = await AdminData.PostFieldsAsync(client, url,
        [
            new("Roles", Roles.SteeringCommittee), new("JurisdictionIds", scenario.JurisdictionId.ToString()), new("ConcurrencyStamp", stamp!),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await AdminData.QueryAsync(factory, db => db.Users.AsNoTracking().Where(u => u.Id == user.Id).SelectMany(u => u.Jurisdictions).Select(j => j.Id).ToListAsync());
        Assert.Equal([scenario.JurisdictionId], saved);
        var page = await client.GetTextAsync(url);
        Assert.Contains($"id=\"jurisdiction-{scenario.JurisdictionId}\" checked", page.Replace("checked=\"checked\"", "checked"));
        var audit = await AdminData.QueryAsync(factory, db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == AuditId(user.Id)));
        Assert.Contains("Jurisdictions", audit.Changes);
    }

    [Fact]
    public async Task Edit_UnknownJurisdiction_IsRefusedAndNothingSaved()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var url = $"/admin/users/{user.Id}/edit";
        var stamp = await AdminData.QueryAsync(factory, db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ConcurrencyStamp).SingleAsync());

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url,
            [new("Roles", Roles.Monitor), new("JurisdictionIds", "999999"), new("ConcurrencyStamp", stamp!)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija jurisdicciones de la lista.", await response.TextAsync());
        Assert.Empty(await AdminData.QueryAsync(factory, db => db.Users.AsNoTracking().Where(u => u.Id == user.Id).SelectMany(u => u.Jurisdictions).ToListAsync()));
    }

    [Fact]
    public async Task Edit_FromStaleStamp_ShowsConflictAndChangesNothing()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var url = $"/admin/users/{user.Id}/edit";
        var stamp = await AdminData.QueryAsync(factory, db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ConcurrencyStamp).SingleAsync());
        var client = AdminData.Admin(factory);

        var one = await AdminData.PostFieldsAsync(client, url, [new("Roles", Roles.SteeringCommittee), new("ConcurrencyStamp", stamp!)]);
        var two = await AdminData.PostFieldsAsync(client, url, [new("Roles", Roles.Admin), new("ConcurrencyStamp", stamp!)]);

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Contains("Otra persona cambió este registro", await two.TextAsync());
        var roles = await Accounts.WithUsersAsync(factory, async users => await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));
        Assert.Equal([Roles.SteeringCommittee], roles);
    }

    [Fact]
    public async Task Edit_UnknownRole_IsRefused()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var url = $"/admin/users/{user.Id}/edit";
        var stamp = await AdminData.QueryAsync(factory, db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ConcurrencyStamp).SingleAsync());

        var response = await AdminData.PostFieldsAsync(AdminData.Admin(factory), url, [new("Roles", "SuperUser"), new("ConcurrencyStamp", stamp!)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija roles de la lista.", await response.TextAsync());
    }

    [Fact]
    public async Task LockAndUnlock_BlockSignInThenAllowIt()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);
        var edit = $"/admin/users/{user.Id}/edit";
        var client = AdminData.Admin(factory);

        var locked = await Forms.PostAsync(client, edit, $"/admin/users/{user.Id}/lock", new Dictionary<string, string>());
        var refused = await Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Accounts.Password);
        var page = await client.GetTextAsync(edit);
        var unlocked = await Forms.PostAsync(client, edit, $"/admin/users/{user.Id}/unlock", new Dictionary<string, string>());
        var signedIn = await Accounts.SignInAsync(factory.CreateAnonymousClient(), user.Email!, Accounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains(Accounts.GenericFailure, await refused.TextAsync());
        Assert.Contains("La cuenta está bloqueada", page);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(2, await AdminData.QueryAsync(factory, db => db.AuditEvents.CountAsync(e => e.EntityType == nameof(AppUser) && e.EntityId == AuditId(user.Id))));
    }

    [Fact]
    public async Task Index_SearchByEmail_FindsTheAccount()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Citizen);

        var html = await AdminData.Admin(factory).GetTextAsync($"/admin/users?q={Uri.EscapeDataString(user.Email![..12])}");

        Assert.Contains(user.Email, html);
        Assert.Contains("Mostrando 1–1 de 1", html);
    }
}
