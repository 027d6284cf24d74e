using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Core.Meetings;
using OpenGov.Core.Monitoring;
using OpenGov.Web.Data.Facts;
using OpenGov.Web.Features.Milestones;
using OpenGov.Web.Features.Shared;

namespace OpenGov.Web.Features.OpenData;

/// <summary>
/// The rows of each open-data file, streamed from the database (<c>AsAsyncEnumerable</c>) in the
/// order of the file's columns. Figures come from the read model (ADR-029): milestones from
/// <see cref="MilestoneRowQueries.SelectRows"/>, commitments from <see cref="PlanFacts"/>, plans from the
/// stored <see cref="PlanFigures"/>; what the public pages do not show (drafts, personal data) is left out.
/// </summary>
public static class OpenDataQueries
{
    public static async IAsyncEnumerable<object?[]> JurisdictionsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = scope.Db.Jurisdictions.AsNoTracking()
            .Where(j => scope.JurisdictionId == null || j.Id == scope.JurisdictionId)
            .OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.Slug, j.Name, j.Level, j.Country, j.BrandName, j.SteeringBodyName, j.OgpMemberSince, j.DataLicence })
            .AsAsyncEnumerable();
        await foreach (var j in rows.WithCancellation(cancellationToken))
        {
            yield return [j.Id, j.Slug, j.Name, j.Level.ToString(), j.Country, j.BrandName, j.SteeringBodyName, j.OgpMemberSince, j.DataLicence];
        }
    }

    public static async IAsyncEnumerable<object?[]> ActionPlansAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;

        // As of a past day, the roll-ups are the Core rules over that day's milestone rows, not the stored ones.
        var then = scope.AsOf is null ? null : await PlanFacts.LoadAsync(db, scope.PlanIds, scope.AsOf, cancellationToken);
        var rows = (
                from p in db.ActionPlans.AsNoTracking()
                where scope.PlanIds.Contains(p.Id)
                join f in db.PlanFigures on p.Id equals f.ActionPlanId into figures
                from f in figures.DefaultIfEmpty()
                orderby p.Id
                select new
                {
                    p.Id, p.JurisdictionId, p.Number, p.Title, p.Status, p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                    Reported = f == null ? null : f.ReportedPercent,
                    Verified = f == null ? null : f.VerifiedPercent,
                    WithData = f == null ? 0 : f.CommitmentsWithData,
                    Commitments = db.Commitments.Count(c => c.ActionPlanId == p.Id),
                    Illustrative = f != null && f.IsIllustrative,
                })
            .AsAsyncEnumerable();
        await foreach (var p in rows.WithCancellation(cancellationToken))
        {
            if (then is not null && then.TryGetValue(p.Id, out var f))
            {
                yield return
                [
                    p.Id, p.JurisdictionId, p.Number, p.Title, p.Status.ToString(), p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                    f.Progress.Reported.Percent, f.Progress.Verified.Percent, f.Progress.Coverage.WithData, f.Commitments.Count, f.IsIllustrative,
                ];
                continue;
            }

            yield return
            [
                p.Id, p.JurisdictionId, p.Number, p.Title, p.Status.ToString(), p.PeriodStart, p.PeriodEnd, p.SubmittedOn, p.Summary,
                p.Reported, p.Verified, p.WithData, p.Commitments, p.Illustrative,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> CommitmentsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The roll-ups of the Core rules over the milestone rows, today's or as of the day asked.
        var facts = (await PlanFacts.LoadAsync(scope.Db, scope.PlanIds, scope.AsOf, cancellationToken))
            .Values.SelectMany(p => p.Commitments).ToDictionary(c => c.Id);
        var rows = scope.Db.Commitments.AsNoTracking()
            .Where(c => scope.PlanIds.Contains(c.ActionPlanId))
            .ExistingOn(scope.Db, scope.AsOf)
            .OrderBy(c => c.ActionPlanId).ThenBy(c => c.Number).ThenBy(c => c.Code)
            .Select(c => new
            {
                c.Id, c.ActionPlanId, c.Code, c.Number, c.Title, c.ThematicAxis, c.Problem, c.StatusQuo, c.Description, c.HowItSolves,
                c.OgpValues, c.Sdgs,
                Leads = c.LeadInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                Supporting = c.SupportingInstitutions.OrderBy(i => i.Name).Select(i => i.Name).ToList(),
                c.Contact, c.Weight, c.Summary, c.SummaryEn, c.SummaryQu, c.IsIllustrative,
            })
            .AsAsyncEnumerable();
        await foreach (var c in rows.WithCancellation(cancellationToken))
        {
            var progress = facts.TryGetValue(c.Id, out var f) ? f.Progress : CommitmentProgress.NoData;
            yield return
            [
                c.Id, c.ActionPlanId, c.Code, c.Number, c.Title, c.ThematicAxis, c.Problem, c.StatusQuo, c.Description, c.HowItSolves,
                List(c.OgpValues), string.Join(';', c.Sdgs), string.Join("; ", c.Leads), string.Join("; ", c.Supporting),
                c.Contact, c.Weight, c.Summary, c.SummaryEn, c.SummaryQu,
                f?.Milestones.Count ?? 0, progress.Reported.Percent, progress.Verified.Percent, progress.Verification?.ToString(),
                scope.FiguresDay, c.IsIllustrative,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> MilestonesAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = scope.Db.Milestones.AsNoTracking().ForPlans(scope.PlanIds).SelectRows(scope.Db, scope.AsOf).AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(cancellationToken))
        {
            var schedule = m.Schedule(scope.FiguresDay);
            yield return
            [
                m.Id, m.CommitmentId, m.CommitmentCode, m.Order, m.Title, m.ResponsibleInstitution,
                m.BaselineStart, m.BaselineEnd, m.CurrentStart, m.CurrentEnd, m.ActualCompletion, m.DatesAssumed,
                m.Weight, m.Progress, m.Status.ToString(), m.VerifiedProgress, m.Verification?.ToString(),
                ScheduleStateOf(m.Status, schedule), schedule.SlippageDays, scope.FiguresDay, m.IsIllustrative,
                m.ExpectedOutput, m.MeansOfVerification,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> ProgressUpdatesAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var milestones = Milestones(scope);
        var rows = (
                from u in db.ProgressUpdates.AsNoTracking().ReportedBy(scope)
                where milestones.Contains(u.MilestoneId)
                join i in db.Institutions on u.AuthorInstitutionId equals i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                orderby u.Id
                select new
                {
                    u.Id, u.MilestoneId, u.ReportedAt, u.Progress, u.Status, u.Narrative,
                    Institution = i == null ? null : i.Name,
                    Files = u.Files.Count,
                    Links = u.Links.Count,
                })
            .AsAsyncEnumerable();
        await foreach (var u in rows.WithCancellation(cancellationToken))
        {
            yield return [u.Id, u.MilestoneId, u.ReportedAt, u.Progress, u.Status.ToString(), u.Narrative, u.Institution, u.Files, u.Links];
        }
    }

    public static async IAsyncEnumerable<object?[]> EvidenceFilesAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var updates = Updates(scope);
        var rows = (
                from f in db.EvidenceFiles.AsNoTracking()
                where updates.Contains(f.ProgressUpdateId)
                orderby f.Id
                select new { f.Id, f.ProgressUpdateId, f.FileName, f.ContentType, f.SizeBytes, f.Sha256 })
            .AsAsyncEnumerable();
        await foreach (var f in rows.WithCancellation(cancellationToken))
        {
            yield return [f.Id, f.ProgressUpdateId, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, $"{scope.BaseUrl}/evidence/{f.Id}/{Uri.EscapeDataString(f.FileName)}"];
        }
    }

    public static async IAsyncEnumerable<object?[]> EvidenceLinksAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var updates = Updates(scope);
        var rows = (
                from l in db.EvidenceLinks.AsNoTracking()
                where updates.Contains(l.ProgressUpdateId)
                orderby l.Id
                select new { l.Id, l.ProgressUpdateId, l.Url })
            .AsAsyncEnumerable();
        await foreach (var l in rows.WithCancellation(cancellationToken))
        {
            yield return [l.Id, l.ProgressUpdateId, l.Url];
        }
    }

    public static async IAsyncEnumerable<object?[]> VerificationsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var milestones = Milestones(scope);
        var rows = (
                from v in db.Verifications.AsNoTracking().RecordedBy(scope)
                join u in db.ProgressUpdates.ReportedBy(scope) on v.ProgressUpdateId equals u.Id
                where milestones.Contains(u.MilestoneId)
                orderby v.Id
                select new { v.Id, v.ProgressUpdateId, u.MilestoneId, v.Verdict, v.RecordedAt, v.Comment })
            .AsAsyncEnumerable();
        await foreach (var v in rows.WithCancellation(cancellationToken))
        {
            yield return [v.Id, v.ProgressUpdateId, v.MilestoneId, v.Verdict.ToString(), v.RecordedAt, v.Comment];
        }
    }

    public static async IAsyncEnumerable<object?[]> MonitoringReportsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var rows = (
                from r in db.MonitoringReports.AsNoTracking().PublishedBy(scope)
                where r.Status == ReportStatus.Published && scope.PlanIds.Contains(r.ActionPlanId)
                join p in db.ActionPlans on r.ActionPlanId equals p.Id
                orderby r.Id
                select new
                {
                    r.Id, r.ActionPlanId, r.Kind, r.Title, r.Summary, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd, r.PublishedAt,
                    r.SupersedesReportId, r.IsIllustrative, p.Jurisdiction!.Slug,
                    HasPdf = db.MonitoringReportPdfs.Any(f => f.MonitoringReportId == r.Id),
                })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            var url = $"{scope.BaseUrl}/{r.Slug}/reports/{r.Id}";
            yield return
            [
                r.Id, r.ActionPlanId, r.Kind.ToString(), r.Title, r.Summary, r.MonitorOrganization, r.PeriodStart, r.PeriodEnd, r.PublishedAt,
                r.SupersedesReportId, url, r.HasPdf ? url + "/pdf" : null, r.IsIllustrative,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> AssessmentsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var rows = (
                from a in db.CommitmentAssessments.AsNoTracking()
                join r in db.MonitoringReports.PublishedBy(scope) on a.MonitoringReportId equals r.Id
                where r.Status == ReportStatus.Published && scope.PlanIds.Contains(r.ActionPlanId)
                orderby a.Id
                select new
                {
                    a.Id, a.MonitoringReportId, a.CommitmentId, a.Verifiability, a.IsRelevant, a.ValuesServed, a.Potential, a.Completion,
                    a.DidItOpenGovernment, a.Narrative,
                })
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            yield return
            [
                a.Id, a.MonitoringReportId, a.CommitmentId, a.Verifiability.ToString(), a.IsRelevant, List(a.ValuesServed), a.Potential.ToString(),
                a.Completion.ToString(), a.DidItOpenGovernment?.ToString(),
                StarredRule.IsStarred(a.Verifiability, a.IsRelevant, a.Potential, a.Completion), a.Narrative,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> MeetingsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var rows = (
                from m in db.CommitteeMeetings.AsNoTracking().AnnouncedBy(scope)
                where m.Status != MeetingStatus.Draft && (scope.JurisdictionId == null || m.JurisdictionId == scope.JurisdictionId)
                join j in db.Jurisdictions on m.JurisdictionId equals j.Id
                orderby m.Id
                select new
                {
                    m.Id, m.JurisdictionId, m.ActionPlanId, m.Title, m.Date, m.StartTime, m.Place, m.OnlineLink, m.IsOpenToPublic, m.Status,
                    m.AttendingInstitutions, m.AttendeeCount, HasMinutes = m.Minutes != null, m.AnnouncedAt, m.PublishedAt, m.IsIllustrative, j.Slug,
                })
            .AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(cancellationToken))
        {
            var url = $"{scope.BaseUrl}/{m.Slug}/meetings/{m.Id}";

            // As of a day before its minutes were published, a published meeting was only announced.
            var published = m.Status == MeetingStatus.Published && OpenDataAsOf.PublishedBy(m.PublishedAt, scope);
            var minutes = published && m.HasMinutes ? url : null;
            var status = published ? MeetingStatus.Published : MeetingStatus.Announced;
            yield return
            [
                m.Id, m.JurisdictionId, m.ActionPlanId, m.Title, m.Date, m.StartTime, m.Place, m.OnlineLink, m.IsOpenToPublic, status.ToString(),
                m.AttendingInstitutions, m.AttendeeCount, m.AnnouncedAt, published ? m.PublishedAt : null, url, minutes, m.IsIllustrative,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> WorkshopsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Attendance as the aggregates the page shows; the participants' names never leave the database.
        var rows = scope.Db.Workshops.AsNoTracking()
            .Where(w => scope.PlanIds.Contains(w.ActionPlanId))
            .OrderBy(w => w.Id)
            .Select(w => new
            {
                w.Id, w.ActionPlanId, w.Title, w.ThematicAxis, w.HeldOn, w.HeldUntil, w.DayNotStated, w.Place, w.Stages,
                w.Men, w.Women, w.CivilSociety, w.Community, w.Ngo, w.Associative, w.Private, w.Academia, w.Public,
            })
            .AsAsyncEnumerable();
        await foreach (var w in rows.WithCancellation(cancellationToken))
        {
            yield return
            [
                w.Id, w.ActionPlanId, w.Title, w.ThematicAxis, w.HeldOn, w.HeldUntil, w.DayNotStated, w.Place, List(w.Stages),
                w.Men, w.Women, w.Men + w.Women, w.CivilSociety, w.Community, w.Ngo, w.Associative, w.Private, w.Academia, w.Public,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> ProposalsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = scope.Db.Proposals.AsNoTracking()
            .Where(p => scope.PlanIds.Contains(p.ActionPlanId))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.ActionPlanId, p.Source, p.WorkshopId, p.Text, p.Problem, p.Organization, p.ThematicAxis, p.Stage, p.ReachedStage,
                p.Reason, p.MergedIntoProposalId, p.CommitmentId,
            })
            .AsAsyncEnumerable();
        await foreach (var p in rows.WithCancellation(cancellationToken))
        {
            yield return
            [
                p.Id, p.ActionPlanId, p.Source.ToString(), p.WorkshopId, p.Text, p.Problem, p.Organization, p.ThematicAxis, p.Stage.ToString(),
                p.ReachedStage.ToString(), p.Reason, p.MergedIntoProposalId, p.CommitmentId,
            ];
        }
    }

    public static async IAsyncEnumerable<object?[]> DatasetsAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var rows = (
                from d in db.Datasets.AsNoTracking()
                join c in db.Commitments on d.CommitmentId equals c.Id
                join p in db.ActionPlans on c.ActionPlanId equals p.Id
                where scope.PlanIds.Contains(c.ActionPlanId)
                orderby d.Id
                select new
                {
                    d.Id, d.CommitmentId, CommitmentCode = c.Code, d.Title, d.Source, d.RowsInSource, d.Columns,
                    Rows = db.DatasetRows.Count(r => r.DatasetId == d.Id), p.Jurisdiction!.Slug, PlanNumber = p.Number,
                })
            .AsAsyncEnumerable();
        await foreach (var d in rows.WithCancellation(cancellationToken))
        {
            var csv = $"{scope.BaseUrl}/{d.Slug}/plans/{d.PlanNumber}/commitments/{d.CommitmentCode.ToLowerInvariant()}/datasets/{d.Id}.csv";
            yield return [d.Id, d.CommitmentId, d.CommitmentCode, d.Title, d.Source, d.RowsInSource, d.Rows, string.Join("; ", d.Columns.Select(c => c.Name)), csv];
        }
    }

    public static async IAsyncEnumerable<object?[]> DatasetValuesAsync(OpenDataScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = scope.Db;

        // The column names of the (few) datasets in scope; their rows are then streamed, one line per cell.
        var columns = await (
                from d in db.Datasets.AsNoTracking()
                join c in db.Commitments on d.CommitmentId equals c.Id
                where scope.PlanIds.Contains(c.ActionPlanId)
                select new { d.Id, d.Columns })
            .ToDictionaryAsync(d => d.Id, d => d.Columns.Select(c => c.Name).ToList(), cancellationToken);
        var datasetIds = columns.Keys.ToList();
        var rows = db.DatasetRows.AsNoTracking()
            .Where(r => datasetIds.Contains(r.DatasetId))
            .OrderBy(r => r.DatasetId).ThenBy(r => r.Order).ThenBy(r => r.Id)
            .Select(r => new { r.DatasetId, r.Order, r.Cells })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            var names = columns[r.DatasetId];
            for (var i = 0; i < r.Cells.Count; i++)
            {
                yield return [r.DatasetId, r.Order, i + 1, i < names.Count ? names[i] : null, r.Cells[i]];
            }
        }
    }

    // Filters as IN (subquery), not joins, so the big tables are read in id order without a sort.
    private static IQueryable<int> Milestones(OpenDataScope scope) =>
        scope.Db.Milestones.ForPlans(scope.PlanIds).Select(m => m.Id);

    private static IQueryable<int> Updates(OpenDataScope scope)
    {
        var milestones = Milestones(scope);
        return scope.Db.ProgressUpdates.ReportedBy(scope).Where(u => milestones.Contains(u.MilestoneId)).Select(u => u.Id);
    }

    /// <summary>The one-word schedule state of a milestone, from the Core's <see cref="MilestoneSchedule.Evaluate"/>.</summary>
    public static string ScheduleStateOf(MilestoneStatus status, ScheduleState schedule) =>
        MilestoneSchedule.Standing(status, schedule).ToString();

    public static readonly IReadOnlyList<string> ScheduleStates = ["OnTrack", "AtRisk", "Overdue", "Undated", "Completed", "CompletedDateUnknown", "Cancelled"];

    /// <summary>A flags value as its names separated by semicolons ("" for none).</summary>
    private static string List<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0 ? "" : value.ToString().Replace(", ", ";", StringComparison.Ordinal);
}
