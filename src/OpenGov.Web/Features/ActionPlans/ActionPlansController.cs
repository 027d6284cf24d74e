using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.CoCreation;
using OpenGov.Web.Features.Shared;
using OpenGov.Web.Resources;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Web.Infrastructure.Caching;

namespace OpenGov.Web.Features.ActionPlans;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public class ActionPlansController(AppDbContext db, SteeringBodyNames bodies, TimeProvider time, IStringLocalizer<SharedResource> t) : Controller
{
    /// <summary>
    /// The plan page in at most six queries: the plan with its workshop attendance; its
    /// institutions, roles and endorsements; its commitments and milestones; its progress history
    /// (ADR-040); the co-creation funnel (none when the plan has neither a proposal ledger nor the
    /// document's stage counts). With
    /// <c>?asOf=YYYY-MM-DD</c>, the figures as they stood at the end of that day (ADR-029).
    /// </summary>
    [HttpGet("/{slug}/plans/{number:int}")]
    public async Task<IActionResult> Details(string slug, int number, string? asOf, CancellationToken cancellationToken)
    {
        var now = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!AsOf.TryParse(asOf, now, out var day))
        {
            return this.AsOfError(asOf!, now, Url.Action(nameof(Details), new { slug, number })!);
        }

        var plan = await db.ActionPlans.AsNoTracking().ForJurisdiction(slug)
            .Where(p => p.Number == number)
            .Select(p => new
            {
                p.Id,
                p.Jurisdiction!.Slug,
                JurisdictionName = p.Jurisdiction.Name,
                p.Jurisdiction.SteeringBodyName,
                p.Jurisdiction.IsDefault,
                p.Number,
                p.Title,
                p.Status,
                p.PeriodStart,
                p.PeriodEnd,
                p.SubmittedOn,
                p.Vision,
                p.Summary,
                p.SummaryQu,
                p.SourceNote,
                p.CoCreationGroupCount,
                p.CoCreationPublicMeetingCount,
                HasLedger = db.Proposals.Any(pr => pr.ActionPlanId == p.Id),
                HasStageCounts = db.ProposalStageCounts.Any(c => c.ActionPlanId == p.Id),
                WorkshopCount = db.Workshops.Count(w => w.ActionPlanId == p.Id),
                Attendance = new Attendance(
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Men),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Women),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.CivilSociety),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Community),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Ngo),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Associative),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Private),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Academia),
                    db.Workshops.Where(w => w.ActionPlanId == p.Id).Sum(w => w.Public)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        // The three short lists in one narrow query apart from the plan's long texts, which a joined
        // row would repeat once per combination (institutions × roles × endorsements).
        var lists = await db.ActionPlans.AsNoTracking().Where(p => p.Id == plan.Id)
            .Select(p => new
            {
                Leads = p.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                Roles = p.Roles.OrderBy(r => r.Id).Select(r => new PlanRoleItem(r.Institution!.Name, r.Kind, r.Detail)).ToList(),
                Endorsements = p.Endorsements.OrderBy(e => e.EndorsedOn).ThenBy(e => e.Organization)
                    .Select(e => new EndorsementListItem(e.Organization, e.EndorsedOn)).ToList(),
            })
            .SingleAsync(cancellationToken);

        // As of a past day, the figures and the schedule ("late", the timeline's "today") are that day's.
        var today = day ?? now;
        var data = await PlanProgressQuery.LoadAsync(db, plan.Id, today, cancellationToken, day);
        var history = await ProgressHistory.ForPlanAsync(db, plan.Id, day, cancellationToken);
        var axes = data.Commitments
            .GroupBy(c => c.ThematicAxis)
            .Select(g => new CommitmentAxisGroup(g.Key, g.ToList()))
            .ToList();
        var timeline = data.Milestones.Count == 0 ? null
            : data.Milestones.Count <= TimelineChart.MaxMilestoneRows ? TimelineChart.Build(
                data.Milestones, today,
                t["Cronograma de los hitos de {0}", plan.Title],
                t["Para cada hito, la barra fina muestra las fechas planificadas (línea base) y la gruesa las fechas actuales; las barras rojas son hitos retrasados o vencidos. La línea vertical marca la fecha de hoy."],
                plan.PeriodStart, plan.PeriodEnd)
            : TimelineChart.BuildPerCommitment(
                data.Milestones, data.Commitments.ToDictionary(c => c.Code, c => c.Title),
                code => Url.Action("Details", "Commitments", new { slug = plan.Slug, number = plan.Number, code }), today,
                t["Cronograma de los compromisos de {0}", plan.Title],
                t["Para cada compromiso, la barra fina va del primer inicio al último fin planificados de sus hitos y la gruesa de sus fechas actuales; las barras rojas son compromisos con algún hito retrasado o vencido. Los hitos de cada compromiso están en su página. La línea vertical marca la fecha de hoy."],
                plan.PeriodStart, plan.PeriodEnd) with { RowHeading = t["Compromiso"] };

        var funnel = plan.HasLedger || plan.HasStageCounts
            ? await CoCreationQueries.FunnelAsync(db, plan.Id, plan.HasLedger, cancellationToken)
            : Funnel.None;
        var coCreation = new CoCreationSummary(plan.WorkshopCount, plan.Attendance, funnel)
        {
            GroupCount = plan.CoCreationGroupCount,
            PublicMeetingCount = plan.CoCreationPublicMeetingCount,
        };

        var body = bodies.Display(plan.SteeringBodyName);
        var summary = ContentLanguage.Pick(plan.Summary, plan.SummaryQu);
        return View(new ActionPlanDetailsViewModel(
            plan.Slug, plan.JurisdictionName, plan.IsDefault, plan.Number, plan.Title, plan.Status,
            plan.PeriodStart, plan.PeriodEnd, plan.SubmittedOn, plan.Vision, summary.Text, plan.SourceNote, lists.Leads,
            ProgressPairs.Of(data.Progress, data.IsIllustrative, t, body),
            data.Commitments.Count, axes, timeline, lists.Endorsements,
            new PlanCoCreationModel(
                plan.Slug, plan.Number, coCreation,
                CoCreationCharts.Attendance(coCreation.Attendance, t, "attendance-chart"),
                coCreation.Funnel.IsEmpty ? null : CoCreationCharts.Funnel(coCreation.Funnel, t, "funnel-chart")))
        {
            Roles = lists.Roles,
            SummaryLang = summary.Lang,
            SteeringBody = body,
            Schedule = data.Schedule,
            ProgressChart = new ProgressChartFacts(ProgressChartSubject.Plan, history, today, body),
            AsOf = day is { } d ? new AsOfBannerModel(d, Url.Action(nameof(Details), new { slug = plan.Slug, number = plan.Number })!) : null,
            Compare = new PlanCompareForm(plan.Slug, plan.Number, Display.Iso(now.AddDays(-DefaultCompareDays)), Display.Iso(now), Display.Iso(now)),
        });
    }

    /// <summary>
    /// What moved in the plan between two days (ADR-034), <c>?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c> (default: the
    /// last 30 days), in five queries: the plan, then its facts as of each day (commitments, milestones).
    /// A malformed or future day, or a first day after the second, gets the form back with the reason (400).
    /// </summary>
    [HttpGet("/{slug}/plans/{number:int}/compare")]
    public async Task<IActionResult> Compare(string slug, int number, string? from, string? to, CancellationToken cancellationToken)
    {
        var now = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var plan = await db.ActionPlans.AsNoTracking().ForJurisdiction(slug)
            .Where(p => p.Number == number)
            .Select(p => new { p.Id, p.Jurisdiction!.Slug, JurisdictionName = p.Jurisdiction.Name, p.Jurisdiction.IsDefault, p.Jurisdiction.SteeringBodyName, p.Number, p.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var fromDay = ParseDay(nameof(from), from, now.AddDays(-DefaultCompareDays), now);
        var toDay = ParseDay(nameof(to), to, now, now);
        if (fromDay > toDay)
        {
            ModelState.AddModelError(nameof(from), t["El primer día ({0}) es posterior al segundo ({1}): elija primero el día más antiguo.", Display.Iso(fromDay.Value), Display.Iso(toDay.Value)]);
        }

        var form = new PlanCompareForm(plan.Slug, plan.Number, from?.Trim() ?? Display.Iso(now.AddDays(-DefaultCompareDays)), to?.Trim() ?? Display.Iso(now), Display.Iso(now));
        PlanComparison? comparison = null;
        if (ModelState.IsValid)
        {
            // Today's facts are the stored ones (AsOf.TryParse's rule): no history to replay.
            var before = await PlanFacts.LoadAsync(db, plan.Id, fromDay == now ? null : fromDay, cancellationToken);
            var after = await PlanFacts.LoadAsync(db, plan.Id, toDay == now ? null : toDay, cancellationToken);
            comparison = PlanComparison.Of(before, after, fromDay!.Value, toDay!.Value);
        }

        var model = new PlanCompareViewModel(
            plan.Slug, plan.JurisdictionName, plan.IsDefault, plan.Number, plan.Title, bodies.Display(plan.SteeringBodyName), form, comparison);
        if (comparison is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(model);
    }

    private const int DefaultCompareDays = 30;

    /// <summary>The day typed in a field (the fallback when empty), or null with the reason in ModelState.</summary>
    private DateOnly? ParseDay(string field, string? value, DateOnly fallback, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            ModelState.AddModelError(field, t["«{0}» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo {1}.", value, Display.Iso(today)]);
            return null;
        }

        if (day > today)
        {
            ModelState.AddModelError(field, t["El {0} es posterior a hoy: solo pueden compararse días hasta hoy.", Display.Iso(day)]);
            return null;
        }

        return day;
    }
}
