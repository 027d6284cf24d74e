using Microsoft.EntityFrameworkCore;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Follows;

public static class FollowQueries
{
    public static Task<FollowTarget?> FindTargetAsync(this AppDbContext db, int commitmentId, CancellationToken cancellationToken) =>
        (from c in db.Commitments.AsNoTracking()
         join p in db.ActionPlans on c.ActionPlanId equals p.Id
         where c.Id == commitmentId
         select new FollowTarget(c.Id, p.Jurisdiction!.Slug, p.Number, c.Code, c.Title))
        .FirstOrDefaultAsync(cancellationToken);
}
