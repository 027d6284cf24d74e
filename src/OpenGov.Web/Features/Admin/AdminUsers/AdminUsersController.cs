using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Auditing;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Identity;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminUsers;

/// <summary>
/// Roles, institutions, jurisdictions and lockout of accounts. People set their own passwords (register, reset),
/// so there is no password field here. Every change renews the person's security stamp, which ends
/// their current sessions: a removed role stops working at once.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/users")]
public sealed class AdminUsersController(
    AppDbContext db, UserManager<AppUser> users, AdminAudit audit, IStringLocalizer<SharedResource> t, ILogger<AdminUsersController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = AdminSearch.Contains(q);
            query = query.Where(u => EF.Functions.ILike(u.Email ?? "", pattern, AdminSearch.Escape.ToString())
                || EF.Functions.ILike(u.DisplayName, pattern, AdminSearch.Escape.ToString()));
        }

        // DateTimeOffset.UtcNow inside the query is the database's now(): one clock for the comparison.
        var list = await query
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id)
            .Select(u => new UserListItem(u.Id, u.DisplayName, u.Email,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToList(),
                u.Institutions.Count,
                u.LockoutEnd != null && u.LockoutEnd > DateTimeOffset.UtcNow))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new UserIndexViewModel(list, q));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var model = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UserEditViewModel
            {
                Id = u.Id,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                InstitutionIds = u.Institutions.Select(i => i.Id).ToList(),
                JurisdictionIds = u.Jurisdictions.Select(j => j.Id).ToList(),
                ConcurrencyStamp = u.ConcurrencyStamp,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return model is null ? NotFound() : await FormAsync(model, cancellationToken);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Institutions).Include(u => u.Jurisdictions).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = id;
        var roles = model.Roles.Distinct().ToList();
        if (roles.Except(Roles.All).Any())
        {
            ModelState.AddModelError(nameof(model.Roles), t["Elija roles de la lista."]);
        }

        if (id == User.FindFirstValue(ClaimTypes.NameIdentifier) && !roles.Contains(Roles.Admin))
        {
            ModelState.AddModelError(nameof(model.Roles), t["No puede quitarse a sí mismo el rol de administración: pídaselo a otra persona administradora."]);
        }

        var institutions = await db.Institutions.Where(i => model.InstitutionIds.Contains(i.Id)).ToListAsync(cancellationToken);
        if (institutions.Count != model.InstitutionIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(model.InstitutionIds), t["Elija instituciones de la lista."]);
        }

        var jurisdictions = await db.Jurisdictions.Where(j => model.JurisdictionIds.Contains(j.Id)).ToListAsync(cancellationToken);
        if (jurisdictions.Count != model.JurisdictionIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(model.JurisdictionIds), t["Elija jurisdicciones de la lista."]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        var rolesBefore = (await users.GetRolesAsync(user)).Order().ToList();
        var institutionsBefore = user.Institutions.Select(i => i.Name).Order().ToList();
        var institutionsAfter = institutions.Select(i => i.Name).Order().ToList();
        var jurisdictionsBefore = user.Jurisdictions.Select(j => j.Name).Order().ToList();
        var jurisdictionsAfter = jurisdictions.Select(j => j.Name).Order().ToList();
        roles = roles.Order().ToList();
        if (rolesBefore.SequenceEqual(roles) && institutionsBefore.SequenceEqual(institutionsAfter) && jurisdictionsBefore.SequenceEqual(jurisdictionsAfter))
        {
            TempData["StatusMessage"] = t["No había cambios que guardar."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        // The form was loaded from an older version of the account: show what it holds now instead of overwriting.
        if (!string.Equals(user.ConcurrencyStamp, model.ConcurrencyStamp, StringComparison.Ordinal))
        {
            logger.LogInformation("Concurrent edit of user {UserId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        user.Institutions.RemoveAll(i => !institutions.Contains(i));
        user.Institutions.AddRange(institutions.Where(i => !user.Institutions.Contains(i)));
        user.Jurisdictions.RemoveAll(j => !jurisdictions.Contains(j));
        user.Jurisdictions.AddRange(jurisdictions.Where(j => !user.Jurisdictions.Contains(j)));

        // Identity saves after each call; one transaction keeps the roles, institutions and audit event together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            logger.LogInformation("Concurrent edit of user {UserId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        Check(await users.RemoveFromRolesAsync(user, rolesBefore.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(rolesBefore)));
        audit.Record(nameof(AppUser), AuditId(id), AuditAction.Updated, new Dictionary<string, (object?, object?)>
        {
            ["Roles"] = (rolesBefore, roles),
            ["Institutions"] = (institutionsBefore, institutionsAfter),
            ["Jurisdictions"] = (jurisdictionsBefore, jurisdictionsAfter),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Changed roles, institutions and jurisdictions of user {UserId}", id);
        TempData["StatusMessage"] = t["Se guardaron los roles, instituciones y jurisdicciones de {0}. Deberá iniciar sesión de nuevo.", user.DisplayName].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/lock")]
    public Task<IActionResult> Lock(string id, CancellationToken cancellationToken) => SetLockAsync(id, locked: true, cancellationToken);

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) => SetLockAsync(id, locked: false, cancellationToken);

    private async Task<IActionResult> SetLockAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (locked && id == User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            TempData["StatusMessage"] = t["No puede bloquear su propia cuenta."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        var before = user.LockoutEnd;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (locked)
        {
            // Locked until an admin unlocks it; the new stamp ends the sessions already open.
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            Check(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }

        audit.Record(nameof(AppUser), AuditId(id), AuditAction.Updated, new Dictionary<string, (object?, object?)> { ["LockoutEnd"] = (before, user.LockoutEnd) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("User {UserId} locked {Locked} by an admin", id, locked);
        TempData["StatusMessage"] = (locked ? t["Se bloqueó la cuenta de {0}.", user.DisplayName] : t["Se desbloqueó la cuenta de {0}.", user.DisplayName]).Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// For someone who lost their phone and their recovery codes: the authenticator key, the recovery
    /// codes and every session go, and their next sign-in enrols again (ADR-044). Audited.
    /// </summary>
    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var before = user.TwoFactorEnabled;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        // A new key (and with it a new security stamp): codes from the old app entry stop working.
        Check(await users.ResetAuthenticatorKeyAsync(user));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await db.UserSessions.Where(s => s.UserId == id).ExecuteDeleteAsync(cancellationToken);
        audit.Record(nameof(AppUser), AuditId(id), AuditAction.Updated, new Dictionary<string, (object?, object?)> { ["TwoFactorEnabled"] = (before, false) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Second factor of user {UserId} reset by an admin", id);
        TempData["StatusMessage"] = t["Se restableció la verificación en dos pasos de {0}. La próxima vez que inicie sesión deberá configurarla de nuevo.", user.DisplayName].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// Identity ids are GUIDs written with dashes (36 characters); audit entity ids hold 32, so the
    /// compact form of the same GUID is recorded (<c>Guid.ToString("N")</c>), without a schema change.
    /// </summary>
    public static string AuditId(string userId) => Guid.TryParse(userId, out var guid) ? guid.ToString("N") : userId;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            // Roles come from the fixed list and the user was just saved: a failure here is a bug, not input.
            throw new InvalidOperationException("Identity refused an admin change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private async Task<IActionResult> FormAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == model.Id)
            .Select(u => new { u.DisplayName, u.Email, Locked = u.LockoutEnd != null && u.LockoutEnd > DateTimeOffset.UtcNow, u.TwoFactorEnabled })
            .SingleAsync(cancellationToken);
        model.DisplayName = user.DisplayName;
        model.Email = user.Email;
        model.IsLocked = user.Locked;
        model.TwoFactorEnabled = user.TwoFactorEnabled;
        model.IsSelf = model.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);
        model.Institutions = await db.AllInstitutionOptionsAsync(cancellationToken);
        model.Jurisdictions = await db.JurisdictionOptionsAsync(cancellationToken);
        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.ConcurrencyStamp,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToList(),
                Institutions = u.Institutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                Jurisdictions = u.Jurisdictions.OrderBy(j => j.Name).Select(j => j.Name).ToList(),
            })
            .SingleAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
        // The next save is a deliberate overwrite of what the user has now seen.
        ModelState.Remove(nameof(model.ConcurrencyStamp));
        model.ConcurrencyStamp = current.ConcurrencyStamp;
        model.CurrentValues =
        [
            new(t["Roles"], string.Join(", ", current.Roles.Select(r => t[RoleLabels.For(r)].Value))),
            new(t["Instituciones"], string.Join(", ", current.Institutions)),
            new(t["Jurisdicciones"], string.Join(", ", current.Jurisdictions)),
        ];
        return await FormAsync(model, cancellationToken);
    }
}
