using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Participation;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Comments;

public static class CommentQueries
{
    /// <summary>How many comments a page shows: the newest ones, so the page stays light and its query count fixed.</summary>
    public const int PageLimit = 100;

    public static Task<CommentTarget?> FindCommitmentTargetAsync(this AppDbContext db, int commitmentId, CancellationToken cancellationToken) =>
        (from c in db.Commitments.AsNoTracking()
         join p in db.ActionPlans on c.ActionPlanId equals p.Id
         where c.Id == commitmentId
         select new CommentTarget(c.Id, null, p.Jurisdiction!.Slug, p.Number, c.Code, c.Title, null))
        .FirstOrDefaultAsync(cancellationToken);

    public static Task<CommentTarget?> FindMilestoneTargetAsync(this AppDbContext db, int milestoneId, CancellationToken cancellationToken) =>
        (from m in db.Milestones.AsNoTracking()
         join c in db.Commitments on m.CommitmentId equals c.Id
         join p in db.ActionPlans on c.ActionPlanId equals p.Id
         where m.Id == milestoneId
         select new CommentTarget(c.Id, m.Id, p.Jurisdiction!.Slug, p.Number, c.Code, m.Title, (int?)m.Order))
        .FirstOrDefaultAsync(cancellationToken);

    public static Task<CommentTarget?> FindTargetAsync(this AppDbContext db, Comment comment, CancellationToken cancellationToken) =>
        comment.MilestoneId is { } milestoneId ? db.FindMilestoneTargetAsync(milestoneId, cancellationToken) : db.FindCommitmentTargetAsync(comment.CommitmentId, cancellationToken);

    /// <summary>Lead, supporting and milestone-responsible institutions (id and name), in one query.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> InstitutionsOfCommitmentAsync(this AppDbContext db, int commitmentId, CancellationToken cancellationToken)
    {
        var rows = await db.Institutions.AsNoTracking()
            .Where(i => db.Commitments.Any(c => c.Id == commitmentId && (c.LeadInstitutions.Any(l => l.Id == i.Id) || c.SupportingInstitutions.Any(s => s.Id == i.Id)))
                || db.Milestones.Any(m => m.CommitmentId == commitmentId && m.ResponsibleInstitutionId == i.Id))
            .OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    public static CommitmentInstitutions ToResource(int commitmentId, IReadOnlyList<(int Id, string Name)> institutions) =>
        new(commitmentId, institutions.Select(i => i.Id).ToList());

    /// <summary>The newest comments of one thread (commitment or milestone), in one query; hidden text never leaves the database.</summary>
    public static IQueryable<CommentItem> SelectItems(this IQueryable<Comment> comments) =>
        comments.Select(c => new CommentItem(
            c.Id, c.ParentId, c.AuthorName, c.State == CommentState.Hidden ? null : c.Text, c.CreatedAt,
            c.IsOfficialReply, c.InstitutionName, c.State == CommentState.Hidden, c.HiddenReason));

    public static IQueryable<Comment> OfThread(this IQueryable<Comment> comments, int commitmentId, int? milestoneId) =>
        milestoneId is null
            ? comments.Where(c => c.CommitmentId == commitmentId && c.MilestoneId == null)
            : comments.Where(c => c.CommitmentId == commitmentId && c.MilestoneId == milestoneId);
}
