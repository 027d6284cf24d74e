using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Core.Jurisdictions;
using OpenGov.Web.Identity;
using OpenGov.Web.Tests.Account;
using OpenGov.Web.Tests.Infrastructure;

namespace OpenGov.Web.Tests.Authorization;

[Collection(WebTestCollection.Name)]
public class ClaimsPrincipalFactoryTests(OpenGovFactory factory)
{
    [Fact]
    public async Task CreateAsync_OfficialOfTwoInstitutions_HasOneClaimPerInstitutionAndTheDisplayName()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.Official);
        var ids = await factory.WithDbAsync(async db =>
        {
            var slug = $"t{Guid.NewGuid():N}"[..20];
            var jurisdiction = new Jurisdiction { Slug = slug, Name = "Prueba", Country = "EC", BrandName = "Prueba" };
            var first = new Institution { Name = "Dirección de Obras", Jurisdiction = jurisdiction };
            var second = new Institution { Name = "Dirección de Ambiente", Jurisdiction = jurisdiction };
            db.AddRange(first, second);
            var tracked = await db.Users.FindAsync(user.Id);
            tracked!.Institutions.AddRange([first, second]);
            await db.SaveChangesAsync();
            return new[] { first.Id, second.Id };
        });

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principalFactory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var principal = await principalFactory.CreateAsync((await users.FindByIdAsync(user.Id))!);

        Assert.Equal(
            ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(),
            principal.FindAll(OpenGovClaims.Institution).Select(c => c.Value).Order());
        Assert.Equal("Persona de prueba", principal.FindFirst(OpenGovClaims.DisplayName)?.Value);
        Assert.True(principal.IsInRole(Roles.Official));
    }

    [Fact]
    public async Task CreateAsync_MemberOfTwoJurisdictions_HasOneClaimPerJurisdiction()
    {
        var user = await Accounts.CreateAsync(factory, roles: Roles.SteeringCommittee);
        var ids = await factory.WithDbAsync(async db =>
        {
            var first = new Jurisdiction { Slug = $"t{Guid.NewGuid():N}"[..20], Name = "Prueba A", Country = "EC", BrandName = "Prueba A" };
            var second = new Jurisdiction { Slug = $"t{Guid.NewGuid():N}"[..20], Name = "Prueba B", Country = "EC", BrandName = "Prueba B" };
            db.AddRange(first, second);
            var tracked = await db.Users.FindAsync(user.Id);
            tracked!.Jurisdictions.AddRange([first, second]);
            await db.SaveChangesAsync();
            return new[] { first.Id, second.Id };
        });

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principalFactory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var principal = await principalFactory.CreateAsync((await users.FindByIdAsync(user.Id))!);

        Assert.Equal(
            ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(),
            principal.FindAll(OpenGovClaims.Jurisdiction).Select(c => c.Value).Order());
        Assert.Empty(principal.FindAll(OpenGovClaims.Institution));
    }
}
