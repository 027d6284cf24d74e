using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Identity;

namespace OpenGov.Web.Data.Seed;

/// <summary>
/// The portal's roles and one demo account per role, created in Development (and by the tests)
/// only. Idempotent: what exists is left alone, what is missing is added.
/// </summary>
public static class DemoAccounts
{
    /// <summary>A documented development default (README); these accounts never exist in production.</summary>
    public const string Password = "demo-password-2024";

    public const string AdminEmail = "admin@demo.test";
    public const string OfficialEmail = "official@demo.test";
    public const string CommitteeEmail = "committee@demo.test";
    public const string MonitorEmail = "monitor@demo.test";
    public const string CitizenEmail = "citizen@demo.test";

    /// <summary>The institution the demo official reports for (from pastaza.json).</summary>
    public const string OfficialInstitutionName = "Gobierno Autónomo Descentralizado Provincial de Pastaza";
    public const string OfficialJurisdictionSlug = "pastaza";

    private static readonly (string Email, string Role, string DisplayName)[] Accounts =
    [
        (AdminEmail, Roles.Admin, "Administradora demo"),
        (OfficialEmail, Roles.Official, "Funcionaria demo – GAD Pastaza"),
        (CommitteeEmail, Roles.SteeringCommittee, "Integrante demo del Comité Directivo"),
        (MonitorEmail, Roles.Monitor, "Monitora demo – Fundación Ciudadanía y Desarrollo"),
        (CitizenEmail, Roles.Citizen, "Ciudadano demo"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        await EnsureRolesAsync(services, db, cancellationToken);

        foreach (var (email, role, displayName) in Accounts)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
                Check(await users.CreateAsync(user, Password), email);
            }

            await EnsureInRoleAsync(db, users, user, role, cancellationToken);
        }

        await EnsureOfficialInstitutionAsync(db, users, cancellationToken);
        await EnsureJurisdictionAsync(db, users, CommitteeEmail, cancellationToken);
        await EnsureJurisdictionAsync(db, users, MonitorEmail, cancellationToken);
    }

    /// <summary>
    /// Through the RoleManager when Identity registers one; straight into the roles table otherwise,
    /// so the roles exist whatever the Identity set-up.
    /// </summary>
    private static async Task EnsureRolesAsync(IServiceProvider services, AppDbContext db, CancellationToken cancellationToken)
    {
        var roleManager = services.GetService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (roleManager is not null)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    Check(await roleManager.CreateAsync(new IdentityRole(role)), role);
                }

                continue;
            }

            var normalized = role.ToUpperInvariant();
            if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken))
            {
                db.Roles.Add(new IdentityRole(role) { NormalizedName = normalized });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static async Task EnsureInRoleAsync(AppDbContext db, UserManager<AppUser> users, AppUser user, string role, CancellationToken cancellationToken)
    {
        if (users.SupportsUserRole)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role), user.Email!);
            }

            return;
        }

        var normalized = role.ToUpperInvariant();
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleAsync(cancellationToken);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && ur.RoleId == roleId, cancellationToken))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The demo official reports for the Pastaza provincial government (when its demo data is loaded).</summary>
    private static async Task EnsureOfficialInstitutionAsync(AppDbContext db, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(
            i => i.Name == OfficialInstitutionName && i.Jurisdiction!.Slug == OfficialJurisdictionSlug, cancellationToken);
        if (institution is null)
        {
            return;
        }

        var normalizedEmail = users.NormalizeEmail(OfficialEmail);
        var official = await db.Users.Include(u => u.Institutions).SingleAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        if (official.Institutions.All(i => i.Id != institution.Id))
        {
            official.Institutions.Add(institution);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The demo committee member and monitor belong to Pastaza's Comité Directivo and its monitor (ADR-019).</summary>
    private static async Task EnsureJurisdictionAsync(AppDbContext db, UserManager<AppUser> users, string email, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Jurisdictions.FirstOrDefaultAsync(j => j.Slug == OfficialJurisdictionSlug, cancellationToken);
        if (jurisdiction is null)
        {
            return;
        }

        var normalizedEmail = users.NormalizeEmail(email);
        var user = await db.Users.Include(u => u.Jurisdictions).SingleAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        if (user.Jurisdictions.All(j => j.Id != jurisdiction.Id))
        {
            user.Jurisdictions.Add(jurisdiction);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the demo identity data for {subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
