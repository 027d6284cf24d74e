using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Infrastructure.Email;

/// <summary>
/// The display name mail goes out under: the brand of the jurisdiction the message is about ("Conecta
/// Pastaza"), or the default jurisdiction's brand for mail about the account itself.
/// </summary>
public static class SenderBrands
{
    public static Task<string?> DefaultBrandAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Jurisdictions.AsNoTracking().Where(j => j.IsDefault).OrderBy(j => j.Id).Select(j => j.BrandName).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The jurisdiction's brand; the default jurisdiction's when there is none (a suggestion left on the portal's home).</summary>
    public static async Task<string?> BrandOfJurisdictionAsync(this AppDbContext db, int? jurisdictionId, CancellationToken cancellationToken) =>
        (jurisdictionId is null ? null
            : await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => j.BrandName).FirstOrDefaultAsync(cancellationToken))
        ?? await db.DefaultBrandAsync(cancellationToken);

    public static Task<string?> BrandOfCommitmentAsync(this AppDbContext db, int commitmentId, CancellationToken cancellationToken) =>
        db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId)
            .Join(db.ActionPlans, c => c.ActionPlanId, p => p.Id, (c, p) => p.Jurisdiction!.BrandName)
            .FirstOrDefaultAsync(cancellationToken);
}
