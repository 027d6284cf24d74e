using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Admin;

/// <summary>The choices the back-office forms offer, read without tracking.</summary>
public static class AdminOptionQueries
{
    public static Task<List<AdminOption>> JurisdictionOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Jurisdictions.AsNoTracking().OrderBy(j => j.Name).Select(j => new AdminOption(j.Id, j.Name, null)).ToListAsync(cancellationToken);

    /// <summary>Institutions of one jurisdiction: commitments and milestones only use their own plan's.</summary>
    public static Task<List<AdminOption>> InstitutionOptionsAsync(this AppDbContext db, int jurisdictionId, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().Where(i => i.JurisdictionId == jurisdictionId).OrderBy(i => i.Name)
            .Select(i => new AdminOption(i.Id, i.Acronym == null ? i.Name : i.Name + " (" + i.Acronym + ")", null))
            .ToListAsync(cancellationToken);

    public static Task<List<AdminOption>> AllInstitutionOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().OrderBy(i => i.Jurisdiction!.Name).ThenBy(i => i.Name)
            .Select(i => new AdminOption(i.Id, i.Name, i.Jurisdiction!.Name))
            .ToListAsync(cancellationToken);

    public static Task<List<AdminOption>> PlanOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.ActionPlans.AsNoTracking().OrderBy(p => p.Jurisdiction!.Name).ThenBy(p => p.Number)
            .Select(p => new AdminOption(p.Id, p.Title, p.Jurisdiction!.Name))
            .ToListAsync(cancellationToken);
}
