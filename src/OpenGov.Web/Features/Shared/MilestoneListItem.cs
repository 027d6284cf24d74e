namespace OpenGov.Web.Features.Shared;

/// <summary>
/// A milestone row of the milestone table and of the "due soon" / "overdue" lists. <paramref name="DatesAssumed"/>:
/// the dates are not the source's ("fecha supuesta"); <paramref name="IsUndated"/>: open without a real end
/// ("sin fecha"); <paramref name="IsCompletionDateUnknown"/>: completed on an unknown day ("sin fecha de cierre").
/// </summary>
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
    StatusTagKind? Verification = null,
    bool DatesAssumed = false,
    bool IsUndated = false,
    bool IsCompletionDateUnknown = false,
    bool IsIllustrative = false)
{
    public static MilestoneListItem From(MilestoneRow row, DateOnly today)
    {
        var schedule = row.Schedule(today);
        return new MilestoneListItem(
            row.CommitmentCode, row.Order, row.Title, row.ResponsibleInstitution,
            row.BaselineEnd, row.CurrentEnd, schedule.SlippageDays,
            Labels.Tag(row.Status), Labels.Tag(schedule), row.Progress, row.VerifiedProgress, Labels.Tag(row.Verification),
            row.DatesAssumed, schedule.IsUndated, schedule.IsCompletionDateUnknown, row.IsIllustrative);
    }
}
