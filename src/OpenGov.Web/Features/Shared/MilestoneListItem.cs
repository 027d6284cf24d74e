namespace OpenGov.Web.Features.Shared;

/// <summary>A milestone row of the milestone table and of the "due soon" / "overdue" lists.</summary>
public sealed record MilestoneListItem(
    string CommitmentCode,
    int Order,
    string Title,
    string Responsible,
    DateOnly? PlannedEnd,
    DateOnly? CurrentEnd,
    int? SlippageDays,
    StatusTagKind Status,
    StatusTagKind? Schedule,
    int Progress,
    int? VerifiedProgress = null,
    StatusTagKind? Verification = null)
{
    public static MilestoneListItem From(MilestoneRow row, DateOnly today)
    {
        var schedule = row.Schedule(today);
        return new MilestoneListItem(
            row.CommitmentCode, row.Order, row.Title, row.ResponsibleInstitution,
            row.BaselineEnd, row.CurrentEnd, schedule.SlippageDays,
            Labels.Tag(row.Status), Labels.Tag(schedule), row.Progress, row.VerifiedProgress, row.Verification);
    }
}
