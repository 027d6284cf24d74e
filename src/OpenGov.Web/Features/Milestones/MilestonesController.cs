using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Commitments;
using OpenGov.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Milestones;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class MilestonesController(AppDbContext db, CommentSections comments, IAuthorizationService authorization, SteeringBodyNames bodies, TimeProvider time) : Controller
{
    /// <summary>
    /// The milestone page in a fixed number of queries: the milestone with its commitment and plan, then its
    /// timeline and its progress history for the chart (ADR-040). With <c>?asOf=YYYY-MM-DD</c>, its figures and timeline as they stood at the end of that day (ADR-029).
    /// </summary>
    [HttpGet("/{slug}/plans/{number:int}/commitments/{code}/milestones/{order:int}")]
    public async Task<IActionResult> Details(string slug, int number, string code, int order, string? asOf, CancellationToken cancellationToken)
    {
        var now = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!AsOf.TryParse(asOf, now, out var day))
        {
            return this.AsOfError(asOf!, now, Url.Action(nameof(Details), new { slug, number, code, order })!);
        }

        var plans = db.ActionPlans.ForJurisdiction(slug).Where(p => p.Number == number);
        var m = await (
                from x in db.Milestones.AsNoTracking().WithVerification(db, day)
                join commitment in db.Commitments.WithCode(code) on x.Milestone.CommitmentId equals commitment.Id
                join plan in plans on commitment.ActionPlanId equals plan.Id
                where x.Milestone.Order == order
                select new
                {
                    x.Milestone.Id,
                    x.Milestone.CommitmentId,
                    x.Milestone.ResponsibleInstitutionId,
                    plan.Jurisdiction!.Slug,
                    JurisdictionName = plan.Jurisdiction.Name,
                    plan.Jurisdiction.SteeringBodyName,
                    plan.Jurisdiction.IsDefault,
                    commitment.Code,
                    CommitmentTitle = commitment.Title,
                    commitment.IsIllustrative,
                    x.Milestone.Title,
                    Responsible = x.Milestone.ResponsibleInstitution!.Name,
                    x.BaselineStart,
                    x.BaselineEnd,
                    x.CurrentStart,
                    x.CurrentEnd,
                    x.ActualCompletion,
                    x.DatesAssumed,
                    x.Milestone.ExpectedOutput,
                    x.Milestone.MeansOfVerification,
                    x.ReplanReason,
                    x.Progress,
                    x.Status,
                    // The committee's facts (ADR-009), in the same query; VerificationRules decides the state.
                    x.VerifiedProgress,
                    x.HasUpdates,
                    x.LatestVerdict,
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return NotFound();
        }

        var updates = await MilestoneTimelineQuery.LoadAsync(db, m.Id, cancellationToken, day is { } d ? VerificationQueries.EndOf(d) : null);
        var commentSection = await comments.LoadAsync(User, m.CommitmentId, m.Id, cancellationToken);
        var today = day ?? now;
        var history = await ProgressHistory.ForMilestoneAsync(db, m.Id, day, cancellationToken);
        var schedule = MilestoneSchedule.Evaluate(m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.Progress, m.Status, m.DatesAssumed, today);

        return View(new MilestoneDetailsViewModel(
            m.Slug, m.JurisdictionName, m.IsDefault, number, m.Code, m.CommitmentTitle, order, m.Title, m.Responsible,
            m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.ExpectedOutput, m.MeansOfVerification,
            m.Progress, m.Status, schedule, m.ReplanReason, updates,
            m.VerifiedProgress, Labels.Tag(VerificationRules.StateOf(m.HasUpdates, m.LatestVerdict)), m.IsIllustrative, m.DatesAssumed)
        {
            Comments = commentSection,
            SteeringBody = bodies.Display(m.SteeringBodyName),
            // Assumed dates are no due dates (ADR-022): no mark for them.
            ProgressChart = new ProgressChartFacts(
                ProgressChartSubject.Milestone, history, today, bodies.Display(m.SteeringBodyName),
                m.DatesAssumed ? null : m.BaselineEnd, m.DatesAssumed ? null : m.CurrentEnd ?? m.BaselineEnd),
            Id = m.Id,
            CanReport = m.Status != MilestoneStatus.Cancelled && await MayAsync(m.Title, m.ResponsibleInstitutionId, Operations.ReportProgress),
            CanReplan = await MayAsync(m.Title, m.ResponsibleInstitutionId, Operations.Replan),
            AsOf = day is { } past ? new AsOfBannerModel(past, Url.Action(nameof(Details), new { slug = m.Slug, number, code = m.Code.ToLowerInvariant(), order })!) : null,
        });
    }

    /// <summary>Asks the milestone policy (no query: it compares the responsible institution with the user's claims).</summary>
    private async Task<bool> MayAsync(string title, int responsibleInstitutionId, OperationAuthorizationRequirement operation)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var resource = new Milestone { Title = title, ResponsibleInstitutionId = responsibleInstitutionId };
        return (await authorization.AuthorizeAsync(User, resource, operation)).Succeeded;
    }
}
