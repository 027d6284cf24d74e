using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data;

namespace OpenGov.Web.Features.Api;

/// <summary>The independent monitor's published reports; drafts never leave the back office.</summary>
[Route("api/v1/reports")]
public sealed class ReportsApiController(AppDbContext db, TimeProvider time) : ApiControllerBase(time)
{
    [HttpGet]
    [EndpointSummary("List published monitoring reports")]
    [ProducesResponseType<ApiPage<ReportResource>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] ApiListQuery query,
        [Description("Only the reports on this plan (its id).")] int? plan,
        [Description("Only the reports on this jurisdiction's plans (its slug).")] string? jurisdiction,
        [Description("Only reports of this kind.")] ReportKind? kind,
        CancellationToken cancellationToken)
    {
        var paging = Paging(query);
        var reports = Published();
        if (plan is { } planId)
        {
            reports = reports.Where(r => r.ActionPlanId == planId);
        }

        if (jurisdiction is not null)
        {
            reports = reports.Where(r => db.ActionPlans.Any(p => p.Id == r.ActionPlanId && p.Jurisdiction!.Slug == jurisdiction));
        }

        if (kind is { } k)
        {
            reports = reports.Where(r => r.Kind == k);
        }

        if (paging.UpdatedSince is { } since)
        {
            reports = reports.Where(r => r.PublishedAt >= since);
        }

        return Page(await ResourcesAsync(reports.PageOf(paging), cancellationToken), paging, r => r.Id);
    }

    [HttpGet("{id:int}")]
    [EndpointSummary("One published monitoring report")]
    [ProducesResponseType<ReportResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken) =>
        One((await ResourcesAsync(Published().Where(r => r.Id == id), cancellationToken)).SingleOrDefault());

    private IQueryable<MonitoringReport> Published() =>
        db.MonitoringReports.AsNoTracking().Where(r => r.Status == ReportStatus.Published);

    private async Task<IReadOnlyList<ReportResource>> ResourcesAsync(IQueryable<MonitoringReport> reports, CancellationToken cancellationToken)
    {
        var rows = await reports
            .Select(r => new
            {
                r.Id, r.ActionPlanId, r.Kind, r.Title, r.Summary, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd, r.PublishedAt,
                r.SupersedesReportId, r.IsIllustrative,
                Slug = db.ActionPlans.Where(p => p.Id == r.ActionPlanId).Select(p => p.Jurisdiction!.Slug).First(),
                HasPdf = db.MonitoringReportPdfs.Any(f => f.MonitoringReportId == r.Id),
                Assessments = r.Assessments.OrderBy(a => a.Id)
                    .Select(a => new { a.Id, a.CommitmentId, a.Verifiability, a.IsRelevant, a.ValuesServed, a.Potential, a.Completion, a.DidItOpenGovernment, a.Narrative })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var root = BaseUrl;
        return rows.OrderBy(r => r.Id).Select(r =>
        {
            var links = new ApiLinks
            {
                ["self"] = $"{root}/api/v1/reports/{r.Id}",
                ["html"] = $"{root}/{r.Slug}/reports/{r.Id}",
                ["plan"] = $"{root}/api/v1/plans/{r.ActionPlanId}",
            };
            if (r.HasPdf)
            {
                links["pdf"] = $"{root}/{r.Slug}/reports/{r.Id}/pdf";
            }

            return new ReportResource(
                r.Id, r.ActionPlanId, r.Kind, r.Title, r.Summary, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd, r.PublishedAt,
                r.SupersedesReportId, r.IsIllustrative,
                r.Assessments.Select(a => new AssessmentResource(
                    a.Id, a.CommitmentId, a.Verifiability, a.IsRelevant, ApiValues.Names(a.ValuesServed), a.Potential, a.Completion,
                    a.DidItOpenGovernment, StarredRule.IsStarred(a.Verifiability, a.IsRelevant, a.Potential, a.Completion), a.Narrative)).ToList(),
                links);
        }).ToList();
    }
}
