using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.ActionPlans;
using OpenGov.Web.Features.Comments;
using OpenGov.Web.Features.Datasets;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Monitoring;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.Commitments;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class CommitmentsController(
    AppDbContext db, CommentSections comments, SteeringBodyNames bodies, PublicFactsCache facts, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    /// <summary>
    /// The commitment page. Its public part (six queries: the commitment with its plan, institutions,
    /// steering body and datasets; its milestones; its change history; the monitor's assessments; its
    /// progress history, ADR-040; its comments) is kept between requests per language and day (ADR-030), so a signed-in visitor, whom
    /// the output cache never serves, pays only for what is theirs: may they comment or reply. With
    /// <c>?asOf=YYYY-MM-DD</c>, the milestones' figures as they stood at the end of that day (ADR-029).
    /// </summary>
    [HttpGet("/{slug}/plans/{number:int}/commitments/{code}")]
    public async Task<IActionResult> Details(string slug, int number, string code, string? asOf, CancellationToken cancellationToken)
    {
        var now = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!AsOf.TryParse(asOf, now, out var day))
        {
            return this.AsOfError(asOf!, now, Url.Action(nameof(Details), new { slug, number, code })!);
        }

        var key = (nameof(CommitmentsController), slug.ToLowerInvariant(), number, code.ToUpperInvariant(), CultureInfo.CurrentUICulture.Name, now, day);
        var page = await facts.GetOrLoadAsync(key, generation => LoadPageAsync(slug, number, code, now, day, $"{key}|{generation}", cancellationToken));
        if (page is null)
        {
            return NotFound();
        }

        return View(page with { Comments = await comments.ForUserAsync(User, page.Comments!, cancellationToken) });
    }

    private async Task<CommitmentDetailsViewModel?> LoadPageAsync(string slug, int number, string code, DateOnly now, DateOnly? day, string fragmentKey, CancellationToken cancellationToken)
    {
        // As of a past day, the figures and the schedule ("late") are that day's.
        var today = day ?? now;
        var plans = db.ActionPlans.ForJurisdiction(slug).Where(p => p.Number == number);
        var c = await (
                from commitment in db.Commitments.AsNoTracking().WithCode(code).ExistingOn(db, day)
                join plan in plans on commitment.ActionPlanId equals plan.Id
                select new
                {
                    commitment.Id,
                    plan.Jurisdiction!.Slug,
                    JurisdictionName = plan.Jurisdiction.Name,
                    plan.Jurisdiction.IsDefault,
                    plan.Jurisdiction.SteeringBodyName,
                    PlanTitle = plan.Title,
                    commitment.Code,
                    commitment.Title,
                    commitment.ThematicAxis,
                    commitment.Problem,
                    commitment.StatusQuo,
                    commitment.Description,
                    commitment.HowItSolves,
                    commitment.OgpValues,
                    commitment.Sdgs,
                    Leads = commitment.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                    Supporting = commitment.SupportingInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                    commitment.Contact,
                    commitment.Summary,
                    commitment.SummaryEn,
                    commitment.SummaryQu,
                    commitment.IsIllustrative,
                    // A commitment has no dataset or a few, each holding only the rows its document shows (ADR-024).
                    Datasets = db.Datasets.Where(d => d.CommitmentId == commitment.Id).OrderBy(d => d.Id).Select(DatasetQueries.Projection).ToList(),
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var milestones = await db.Milestones.AsNoTracking().ForCommitment(c.Id).SelectRows(db, day).ToListAsync(cancellationToken);
        var progress = CommitmentProgress.Of(milestones.Select(m => m.Facts).ToList());
        var body = bodies.Display(c.SteeringBodyName);
        var history = await ChangeHistoryQuery.LoadAsync(db, c.Id, milestones, body, t, day is { } d ? VerificationQueries.EndOf(d) : null, cancellationToken);
        var commentSection = await comments.LoadPublicAsync(c.Id, null, cancellationToken);
        var assessments = await ReportQueries.ForCommitmentAsync(db, c.Id, cancellationToken);
        var progressHistory = await ProgressHistory.ForCommitmentAsync(db, c.Id, day, cancellationToken);

        // The commitment is due when its last milestone is (assumed dates are no due dates, ADR-022).
        var baselineDue = milestones.Where(m => !m.DatesAssumed).Max(m => m.BaselineEnd);
        var currentDue = milestones.Max(m => m.Due);

        return new CommitmentDetailsViewModel(
            c.Slug, c.JurisdictionName, c.IsDefault, number, c.PlanTitle, c.Code, c.Title, c.ThematicAxis,
            c.Problem, c.StatusQuo, c.Description, c.HowItSolves, c.OgpValues, c.Sdgs, c.Leads, c.Supporting, c.Contact,
            c.Summary, c.SummaryEn, c.SummaryQu, c.IsIllustrative,
            c.Id,
            ProgressPairs.Of(progress.Reported, progress.Verified, Labels.Tag(progress.Verification), t, "{0} hito", "{0} hitos", body),
            new MilestoneTableModel(
                t["Hitos del compromiso {0}", c.Code], c.Slug, number,
                milestones.Select(m => MilestoneListItem.From(m, today)).ToList()) { SteeringBody = body })
        {
            History = history,
            Comments = commentSection,
            MonitorAssessments = assessments,
            Datasets = c.Datasets.Select(DatasetQueries.ToModel).ToList(),
            AsOf = day is { } past ? new AsOfBannerModel(past, Url.Action(nameof(Details), new { slug = c.Slug, number, code = c.Code.ToLowerInvariant() })!) : null,
            ProgressChart = new ProgressChartFacts(ProgressChartSubject.Commitment, progressHistory, today, body, baselineDue, currentDue),
            FragmentKey = fragmentKey,
        };
    }
}
