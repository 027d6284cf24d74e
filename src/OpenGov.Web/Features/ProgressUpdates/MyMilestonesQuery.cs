using Microsoft.EntityFrameworkCore;
using OpenGov.Core.Commitments;
using OpenGov.Web.Data;
using OpenGov.Web.Data.Facts;

namespace OpenGov.Web.Features.ProgressUpdates;

public static class MyMilestonesQuery
{
    /// <summary>Milestones due within this many days count as "due soon".</summary>
    public const int DueSoonDays = 30;

    /// <summary>
    /// The milestones of the given institutions in two queries (institution names, then one row per
    /// milestone with its latest update's date and latest verdict, from the shared verification facts), grouped in memory.
    /// </summary>
    public static async Task<MyMilestonesViewModel> LoadAsync(AppDbContext db, IReadOnlyCollection<int> institutionIds, DateOnly today, CancellationToken cancellationToken)
    {
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => institutionIds.Contains(i.Id))
            .OrderBy(i => i.Name)
            .Select(i => i.Name)
            .ToListAsync(cancellationToken);
        var rows = await (
                from x in db.Milestones.AsNoTracking().WithVerification(db)
                join c in db.Commitments on x.Milestone.CommitmentId equals c.Id
                join p in db.ActionPlans on c.ActionPlanId equals p.Id
                where institutionIds.Contains(x.Milestone.ResponsibleInstitutionId)
                orderby x.Milestone.CurrentEnd ?? x.Milestone.BaselineEnd, c.Code, x.Milestone.Order
                select new
                {
                    x.Milestone.Id,
                    p.Jurisdiction!.Slug,
                    PlanNumber = p.Number,
                    c.Code,
                    x.Milestone.Order,
                    x.Milestone.Title,
                    Responsible = x.Milestone.ResponsibleInstitution!.Name,
                    x.Milestone.BaselineEnd,
                    x.Milestone.CurrentStart,
                    x.Milestone.CurrentEnd,
                    x.ActualCompletion,
                    x.Milestone.DatesAssumed,
                    x.Progress,
                    x.Status,
                    x.LatestReportedAt,
                    x.LatestVerdict,
                })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new MyMilestoneListItem(
            r.Id, r.Slug, r.PlanNumber, r.Code, r.Order, r.Title, r.Responsible, r.DatesAssumed ? null : r.CurrentEnd ?? r.BaselineEnd, r.Progress, r.Status,
            MilestoneSchedule.Evaluate(r.BaselineEnd, r.CurrentStart, r.CurrentEnd, r.ActualCompletion, r.Progress, r.Status, r.DatesAssumed, today),
            r.LatestReportedAt, r.LatestVerdict)).ToList();
        var byGroup = items.SelectMany(i => GroupsOf(i, today), (item, kind) => (item, kind)).ToLookup(x => x.kind, x => x.item);
        return new MyMilestonesViewModel(
            institutions,
            Enum.GetValues<MyMilestoneGroupKind>().Select(kind => new MyMilestoneGroup(kind, byGroup[kind].ToList())).ToList(),
            items.Count);
    }

    /// <summary>
    /// The groups a milestone is listed in. By deadline it sits in one, the first that applies: a
    /// deadline passed or near matters most, then a report the committee has not seen. What the
    /// committee questioned (a dispute or a request for evidence) is never hidden behind a deadline:
    /// such a milestone is also listed, and counted, under "needs attention".
    /// </summary>
    public static IEnumerable<MyMilestoneGroupKind> GroupsOf(MyMilestoneListItem item, DateOnly today)
    {
        var open = item.Status is not (MilestoneStatus.Completed or MilestoneStatus.Cancelled);
        if (item.Schedule.IsOverdue)
        {
            yield return MyMilestoneGroupKind.Overdue;
        }
        else if (open && item.Due is { } due && due.DayNumber - today.DayNumber <= DueSoonDays)
        {
            yield return MyMilestoneGroupKind.DueSoon;
        }
        else if (item.AwaitsVerification)
        {
            yield return MyMilestoneGroupKind.AwaitingVerification;
        }
        else if (!item.QuestionedByCommittee)
        {
            yield return MyMilestoneGroupKind.Other;
        }

        if (item.QuestionedByCommittee)
        {
            yield return MyMilestoneGroupKind.NeedsAttention;
        }
    }
}
