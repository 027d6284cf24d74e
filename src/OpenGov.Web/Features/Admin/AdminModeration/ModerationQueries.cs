using OpenGov.Core.Participation;
using OpenGov.Web.Data;
using OpenGov.Web.Features.Comments;

namespace OpenGov.Web.Features.Admin.AdminModeration;

public static class ModerationQueries
{
    public static IQueryable<ModerationItem> SelectModerationItems(this IQueryable<Comment> comments, AppDbContext db) =>
        from c in comments
        join commitment in db.Commitments on c.CommitmentId equals commitment.Id
        join plan in db.ActionPlans on commitment.ActionPlanId equals plan.Id
        select new ModerationItem(
            c.Id,
            new CommentTarget(
                commitment.Id, c.MilestoneId, plan.Jurisdiction!.Slug, plan.Number, commitment.Code, commitment.Title,
                db.Milestones.Where(m => m.Id == c.MilestoneId).Select(m => (int?)m.Order).FirstOrDefault()),
            c.AuthorName,
            c.Text,
            c.CreatedAt,
            c.IsOfficialReply,
            c.State == CommentState.Hidden,
            c.HiddenReason,
            db.CommentReports.Count(r => r.CommentId == c.Id),
            db.CommentReports.Where(r => r.CommentId == c.Id).Max(r => (DateTime?)r.ReportedAt));
}
