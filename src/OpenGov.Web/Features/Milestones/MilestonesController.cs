using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Milestones;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class MilestonesController(AppDbContext db, CommentSections comments, TimeProvider time) : Controller
{
    /// <summary>The milestone page in a fixed number of queries: the milestone with its commitment and plan, then its timeline.</summary>
    [HttpGet("/{slug}/plans/{number:int}/commitments/{code}/milestones/{order:int}")]
    public async Task<IActionResult> Details(string slug, int number, string code, int order, CancellationToken cancellationToken)
    {
        var plans = db.ActionPlans.ForJurisdiction(slug).Where(p => p.Number == number);
        var m = await (
                from milestone in db.Milestones.AsNoTracking()
                join commitment in db.Commitments.WithCode(code) on milestone.CommitmentId equals commitment.Id
                join plan in plans on commitment.ActionPlanId equals plan.Id
                where milestone.Order == order
                select new
                {
                    milestone.Id,
                    milestone.CommitmentId,
                    plan.Jurisdiction!.Slug,
                    JurisdictionName = plan.Jurisdiction.Name,
                    plan.Jurisdiction.IsDefault,
                    commitment.Code,
                    CommitmentTitle = commitment.Title,
                    commitment.IsIllustrative,
                    milestone.Title,
                    Responsible = milestone.ResponsibleInstitution!.Name,
                    milestone.BaselineStart,
                    milestone.BaselineEnd,
                    milestone.CurrentStart,
                    milestone.CurrentEnd,
                    milestone.ActualCompletion,
                    milestone.ExpectedOutput,
                    milestone.MeansOfVerification,
                    milestone.ReplanReason,
                    milestone.Progress,
                    milestone.Status,
                    // The committee's figures (ADR-009), in the same query.
                    Verified = milestone.ProgressUpdates
                        .Where(u => u.Verifications.OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                            .Select(v => (VerificationVerdict?)v.Verdict).FirstOrDefault() == VerificationVerdict.Verified)
                        .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                        .Select(u => (int?)u.Progress).FirstOrDefault(),
                    HasUpdates = milestone.ProgressUpdates.Any(),
                    LatestVerdict = milestone.ProgressUpdates
                        .OrderByDescending(u => u.ReportedAt).ThenByDescending(u => u.Id)
                        .Select(u => u.Verifications.OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.Id)
                            .Select(v => (VerificationVerdict?)v.Verdict).FirstOrDefault())
                        .FirstOrDefault(),
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return NotFound();
        }

        var updates = await MilestoneTimelineQuery.LoadAsync(db, m.Id, cancellationToken);
        var commentSection = await comments.LoadAsync(User, m.CommitmentId, m.Id, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var schedule = MilestoneSchedule.Evaluate(m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.Progress, m.Status, today);

        return View(new MilestoneDetailsViewModel(
            m.Slug, m.JurisdictionName, m.IsDefault, number, m.Code, m.CommitmentTitle, order, m.Title, m.Responsible,
            m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.ExpectedOutput, m.MeansOfVerification,
            m.Progress, m.Status, schedule, m.ReplanReason, updates,
            m.Verified, VerificationStates.Of(m.HasUpdates, m.LatestVerdict), m.IsIllustrative)
        {
            Comments = commentSection,
        });
    }
}
